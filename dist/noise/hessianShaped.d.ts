/**
 * Hessian-shaped noise Σ(x) = c·|∇²f(x)|/B, with |H| = V|Λ|Vᵀ the matrix absolute value. Near minima the
 * gradient-noise covariance of real losses is ≈ H/B (THEORY.md B4): the noise is largest along sharp directions,
 * which is what makes a sharp minimum escape exponentially faster than a flat one of equal depth. The absolute
 * value keeps Σ PSD where the Hessian is indefinite (at a saddle |H| is used, e.g. Σ = c/B at the double-well
 * barrier where f'' = −1).
 *
 * Factor: L = V·diag(√(c|λ|/B)), so LLᵀ = V (c|Λ|/B) Vᵀ = Σ. It is not triangular; the kernels only need
 * LLᵀ = Σ. In 1-D both reduce to scalars and skip the eigen-decomposition (the per-step cost of this model).
 */
import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseFamily } from "./family.ts";
import type { NoiseModel } from "./noise.ts";
export declare function hessianShapedNoise(landscape: Landscape, c: number, batch: number): NoiseModel;
export declare const HESSIAN: NoiseFamily;
//# sourceMappingURL=hessianShaped.d.ts.map