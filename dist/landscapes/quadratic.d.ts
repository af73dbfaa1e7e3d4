/**
 * f(x) = ½ (x − c)ᵀ H (x − c): the local model of every landscape near a critical point, and the landscape on
 * which THEORY.md's exact references (moment recursions, OU laws, the linear-saddle exit formulas) live.
 * Any symmetric nonsingular H: positive definite gives a minimum, indefinite a saddle, negative definite a
 * maximum. A singular H is rejected: its critical set is not an isolated hyperbolic point, and neither the
 * Arrhenius nor the Kifer claims are stated for it.
 */
import type { Landscape } from "./landscape.ts";
export declare function quadratic(H: number[][], center?: number[]): Landscape;
//# sourceMappingURL=quadratic.d.ts.map