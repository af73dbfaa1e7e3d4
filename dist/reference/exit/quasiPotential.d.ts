/**
 * Quasi-potentials for state-dependent noise (claim M5; B4 builds on it): the exponent V in E N ≍ e^{V/η}.
 *
 * V solves ½∇Vᵀ Σ ∇V = ∇f·∇V (the Freidlin–Wentzell Hamilton–Jacobi equation of dX = −∇f dt + √η σ dW, σσᵀ = Σ),
 * V(x*) = 0.
 *
 * - 1-D, Σ(x) > 0: ½Σ V'² = f'V' gives V' = 2f'/Σ, so V(y) = 2∫_{x*}^{y} f'(u)/Σ(u) du exactly. Constant
 *   Σ = σ² gives 2(f(y) − f(x*))/σ², the Arrhenius exponent of claim M1; Hessian-shaped Σ ∝ f'' makes a sharp
 *   minimum shallower in V than a flat one of equal depth (B4).
 * - d-D near a quadratic minimum, f ≈ ½yᵀHy and constant Σ₀ ≻ 0: V = ½yᵀS⁻¹y with HS + SH = Σ₀ (ηS is the
 *   stationary covariance of the linearised SDE dX = −HX dt + √η σ₀ dW; for Σ₀ = σ²I, V = yᵀHy/σ² = 2f/σ²). The Lyapunov
 *   equation is solved in H's eigenbasis, where it is diagonal: S̃_ij = Σ̃_ij/(λ_i + λ_j).
 */
import { type Matrix } from "../../linalg/dense.ts";
export interface QuasiPotential1dInput {
    /** f'. */
    gradient: (x: number) => number;
    /** Σ(x) > 0, the gradient-noise variance. */
    noiseVariance: (x: number) => number;
    /** x*, the minimizer (V(x*) = 0). */
    minimum: number;
    /** The point y. */
    at: number;
    /** Gauss–Legendre panels (8 points each) on [x*, y] (default 64); the check uses half. */
    panels?: number;
}
export interface QuasiPotentialResult {
    value: number;
    /** |value − value at half the panels|. */
    errorEstimate: number;
}
/** V(y) = 2∫_{x*}^{y} f'(u)/Σ(u) du. */
export declare function quasiPotential1d(input: QuasiPotential1dInput): QuasiPotentialResult;
/** S with HS + SH = Σ₀, for H symmetric positive definite and Σ₀ symmetric. */
export declare function lyapunovSolve(H: Matrix, Sigma0: Matrix): Matrix;
/** V(y) = ½yᵀS⁻¹y, HS + SH = Σ₀ (y measured from the minimizer; Σ₀ must be positive definite). */
export declare function quadraticQuasiPotential(H: Matrix, Sigma0: Matrix, y: readonly number[]): number;
//# sourceMappingURL=quasiPotential.d.ts.map