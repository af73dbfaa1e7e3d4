import type { PolynomialSpec } from "../../landscapes/polynomial.ts";
import { type GridScheme, type Landscape1d } from "../../reference/grid/index.ts";
import type { TestFunction } from "../../reference/testFunction.ts";
/**
 * A 2-D nonconvex polynomial whose weak errors are exact: f(x) = g₀(y₀) + g₁(y₁) with y = Rx, R the rotation by
 * θ, g_k 1-D polynomials (one of them nonconvex), isotropic Gaussian noise σ²I. In the x coordinates f has mixed
 * monomials (x₀³x₁, x₀x₁, …) and none of its critical points lies on an axis; but an orthogonal change of
 * variables maps SGD, SME-1, SME-2 and gradient flow on f to two *independent* 1-D chains/diffusions:
 *
 *   y' = Rx' = y − η·g'(y) + √η σ·Rξ,  Rξ ~ N(0, I)          (SGD)
 *   ∇(f + (η/4)|∇f|²) = Rᵀ(g_k' + (η/2)g_k''g_k')_k          (SME-2: |∇f|² = Σ_k g_k'(y_k)², R orthogonal)
 *
 * so every expectation of a test function in x factorizes over the components: E x_i = Σ_k R_ki E y_k,
 * E x_i x_j = Σ_kl R_ki R_lj E y_k y_l with E y₀y₁ = E y₀·E y₁, and cos(ωᵀx) = Re e^{i aᵀy}, a = Rω, so
 * E cos(ωᵀx) = C₀C₁ − S₀S₁ with C_k = E cos(a_k y_k), S_k = E sin(a_k y_k). Each 1-D expectation comes from the
 * grid references (master equation for SGD, backward semigroup for the SDEs), at the base and at the refined
 * resolution; the 2-D weak error and its grid error are formed from the combined expectations at every step.
 * This is how W2 reaches a 2-D nonconvex polynomial with exact errors of size η² (Monte Carlo, whose coupled
 * differences have SD ∝ η^1.5, cannot resolve them at a test-suite budget). Only Gaussian noise is rotation
 * invariant, so this case has no discrete-noise variant.
 */
export interface RotatedGridCase {
    name: string;
    /** Coefficients of g₀ and g₁: g_k(y) = Σ_j components[k][j]·y^j. */
    components: [number[], number[]];
    /** Rotation angle θ (radians): y₀ = cos θ·x₀ + sin θ·x₁, y₁ = −sin θ·x₀ + cos θ·x₁. */
    angle: number;
    sigma: number;
    x0: [number, number];
    T: number;
    tests: TestFunction[];
    etas?: number[];
}
export declare function readRotatedGridCases(raw: unknown, path: string): RotatedGridCase[];
/** R with y = Rx: rows are the component directions. */
export declare function rotation(angle: number): [[number, number], [number, number]];
/** g'(y) and g''(y) of a coefficient list, by Horner. */
export declare function componentLandscape(coefficients: readonly number[]): Landscape1d;
/**
 * The case's landscape as a 2-D polynomial spec in x (for reports and for the kernels): g_k((Rx)_k) expanded by
 * the binomial theorem, monomials with equal exponents merged, exact zeros dropped.
 */
export declare function rotatedPolynomial(c: Pick<RotatedGridCase, "components" | "angle">): PolynomialSpec;
/** A polynomial in (y₀, y₁): "p,q" → coefficient. */
type Bivariate = Map<string, number>;
/** How a 2-D test function reads in y: a polynomial, or cos(aᵀy). */
type Factorized = {
    kind: "polynomial";
    poly: Bivariate;
} | {
    kind: "cos";
    a: [number, number];
};
export declare function factorize(phi: TestFunction, angle: number): Factorized;
export interface RotatedSweep {
    etas: number[];
    tests: string[];
    /** sup_k |e_k| per model, [test][η]. */
    supErrors: Partial<Record<GridScheme, number[][]>>;
    /** max_k |e_k − e_k(refined)| per model, [test][η]. */
    gridErrors: Partial<Record<GridScheme, number[][]>>;
    /** Time kη of the sup, per model, [test][η]. */
    argmaxTimes: Partial<Record<GridScheme, number[][]>>;
    /** Combined E φ(x_K) of SGD at each η, [test][η] (the spec checks it against the 2-D kernels). */
    sgdFinal: number[][];
    degree: number;
}
/** The exact 2-D weak errors of a rotated case over an η grid, each with its refinement (grid-error) solve. */
export declare function rotatedCaseSweep(c: RotatedGridCase, etas: readonly number[], models: readonly GridScheme[]): RotatedSweep;
export {};
//# sourceMappingURL=rotatedGridCase.d.ts.map