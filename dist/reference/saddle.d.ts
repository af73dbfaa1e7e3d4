/**
 * Escape from a hyperbolic saddle (THEORY.md §S, §B3): Kifer's law and its exact constants for a linear saddle.
 *
 * Near a saddle z, f ≈ ½(x − z)ᵀH(x − z) with λ_min(H) = −γ < 0 and unstable unit eigenvector v₁. Along v₁ SGD is
 *   u_{k+1} = (1 + ηγ)u_k − η ξ_k,   Var ξ_k = σ_u² = v₁ᵀΣv₁,
 * so u_k = (1 + ηγ)^k·Z_k with Z_k → Z ~ N(0, ησ_u²/(γ(2 + ηγ))) (the geometric sum of the noise), and the run
 * leaves |u| < a after k ≈ (ln a − ln|Z|)/ln(1 + ηγ) steps. With E ln|N(0,1)| = −½(γ_E + ln 2) this is the discrete
 * formula below; its continuous-time analogue (the OU process dX = γX dt + √η σ_u dW, ε² = η) is the S2
 * expansion. Only ln|Z| enters, which is why the count is "almost linear" in 1/η: E N ∝ η⁻¹ ln η⁻¹.
 *
 * Scope: the constants are those of the exit along v₁ alone (1-D, or the slab |v₁ᵀ(x − z)| ≥ a). In d-D the
 * stable directions y of a *ball* exit add |y|² ≈ ηΣ̃_jj/(2λ_j) per direction to the radius test, which moves
 * E τ by about −η Σ_j Σ̃_jj/(4γλ_j a²): the same order as the expansion's O(η) term, so the O(η²) remainder of
 * S2 holds for the slab, not for a ball with stable directions. (THEORY's Monte Carlo values are the 1-D ones;
 * specs/reference/saddle.spec.ts shows that by simulation.)
 */
import { type Matrix, type Vector } from "../linalg/dense.ts";
/** Euler–Mascheroni constant γ_E: −E ln|N(0,1)|·2 − ln 2, the O(1) term of every saddle formula here. */
export declare const EULER_GAMMA = 0.5772156649015329;
export interface KiferLeadingInput {
    /** γ = |λ_min(∇²f(z))| > 0, the growth rate along the unstable direction. */
    gamma: number;
    eta: number;
}
export interface LinearSaddleInput extends KiferLeadingInput {
    /** Exit radius a > 0 along v₁ (|v₁ᵀ(x − z)| ≥ a; in 1-D the ball of radius a). */
    radius: number;
    /** σ_u² = v₁ᵀΣv₁ > 0, the gradient-noise variance along the unstable eigenvector. */
    unstableNoiseVariance: number;
}
export interface BatchSaddleInput extends LinearSaddleInput {
    /** Minibatch size B ≥ 1 (sampling with replacement: the noise variance along v₁ is σ_u²/B). */
    batch: number;
}
/** S1 leading term: E τ ≈ (1/(2γ))·ln(1/η) (Kifer, ε = √η). Badly off at practical η: no O(1) constant. */
export declare function kiferLeadingExitTime({ gamma, eta }: KiferLeadingInput): number;
/** S1 leading term in iterations: E N ≈ (1/(2γη))·ln(1/η) (t = kη). */
export declare function kiferLeadingExitIterations(input: KiferLeadingInput): number;
/**
 * S2 continuous-time expansion for the linear saddle:
 *   E τ = (1/(2γ))[ln(4γa²/(ησ_u²)) + γ_E] − ησ_u²/(4γ²a²) + O(η²).
 * From E τ = (2/γ)∫₀^A F(u) du (see `linearSaddleSdeExitTime`) and F(u) ~ 1/(2u) + 1/(4u³) + …: the next term
 * is −3η²σ_u⁴/(16γ³a⁴).
 */
export declare function linearSaddleExitTime(input: LinearSaddleInput): number;
/**
 * S2 discrete SGD formula (linear saddle, Gaussian noise):
 *   E N ≈ [ln a − ½ ln(ησ_u²/(γ(2 + ηγ))) + ½(γ_E + ln 2)] / ln(1 + ηγ).
 * It treats the exit step as a real number: the first *integer* k past the level, and the not yet converged
 * geometric sum Z_k, make simulated E N larger by a fraction of an iteration (≈ +0.6 at γ = a = σ_u = 1).
 */
export declare function linearSaddleExitIterations(input: LinearSaddleInput): number;
/**
 * B3: E N ≈ (1/(2γη))[ln(4γa²B/(ησ_u²)) + γ_E], the leading part of the S2 expansion with σ_u² → σ_u²/B, in
 * iterations. The batch enters only through ln B: doubling B adds ln 2/(2γη) iterations. (Without replacement
 * from n samples replace B by B(n − 1)/(n − B), the factor of src/noise/minibatch.ts.)
 */
export declare function batchSaddleExitIterations(input: BatchSaddleInput): number;
/**
 * Local slope d ln E N / d ln(1/η) of the discrete formula E N = L(η)/ℓ(η), L the numerator, ℓ = ln(1 + ηγ):
 *   −η(L′/L − ℓ′/ℓ) = ½(1 − ηγ/(2 + ηγ))/L + ηγ/((1 + ηγ)ℓ).
 * As η → 0 it tends to 1 + 1/Λ with Λ = ln(4γa²/(ησ_u²)) + γ_E (2L → Λ, ηγ/ℓ → 1): "almost linear" in 1/η,
 * the excess over 1 decaying only like 1/ln(1/η).
 */
export declare function exitIterationsLogSlope(input: LinearSaddleInput): number;
/** The η → 0 limit form of `exitIterationsLogSlope`: 1 + 1/(ln(4γa²/(ησ_u²)) + γ_E). */
export declare function exitIterationsAsymptoticLogSlope(input: LinearSaddleInput): number;
/**
 * Exact mean exit time of dX = γX dt + √η σ_u dW from 0 out of |X| < a (the SDE along v₁; reference for S2):
 *   E τ = (2/γ)∫₀^A F(u) du,  A = a√(γ/(ησ_u²)),  F(u) = e^{−u²}∫₀^u e^{t²} dt (Dawson's integral),
 * which is THEORY's 1-D first-passage double integral (reflecting at 0 by symmetry) after u = y√(γ/(ησ_u²)).
 * ∫₀^U F is integrated with F as an ODE (F′ = 1 − 2uF) by RK4 up to U = min(A, 6); beyond, F(u) =
 * Σ_k (2k−1)!!/(2^{k+1}u^{2k+1}) is summed term by term until the terms stop shrinking (at u ≥ 6 the smallest
 * term is ~e^{−36}), so the integral is exact to round-off for every A.
 */
export declare function linearSaddleSdeExitTime(input: LinearSaddleInput): number;
export interface SaddleGeometry {
    /** Eigenvalues of H, ascending. */
    eigenvalues: Vector;
    /** γ = |λ_min(H)|. */
    gamma: number;
    /** Unit eigenvector of λ_min, sign fixed so its largest-magnitude entry is positive. */
    v1: Vector;
    /** σ_u² = v₁ᵀΣv₁ (0 when under round-off of Σ's scale). */
    unstableNoiseVariance: number;
    /** False when σ_u² = 0: no escape along v₁ from a start exactly at the saddle (S4 control). */
    escapesAlongV1: boolean;
    /** Number of negative eigenvalues (the Morse index). */
    unstableDimension: number;
    /** Multiplicity of λ_min: v₁ and σ_u² are one choice within the eigenspace when > 1. */
    minMultiplicity: number;
    /** γ₂ = |λ₂| for the second negative eigenvalue, when there is one (S3). */
    gamma2?: number;
}
/**
 * γ, v₁ and σ_u² of a saddle from its Hessian and the noise covariance there. A Hessian with no negative
 * eigenvalue is rejected: there is no unstable direction, and started at a minimum the escape is exponential in
 * 1/η (§M), not logarithmic.
 */
export declare function saddleGeometry(H: Matrix, Sigma: Matrix): SaddleGeometry;
/**
 * S3: with a second unstable eigenvalue γ₂ ≤ γ, the exit point's component transverse to v₁ decays only like
 * η^{(1 − γ₂/γ)/2}: the v₂ component grows like e^{γ₂t}·√η while the v₁ component reaches a at t ≈ ln(a/√η)/γ, so
 * at the exit it is √η·η^{−γ₂/(2γ)}. Equal rates (γ₂ = γ) give 0: no concentration on ±v₁.
 */
export declare function transverseDecayExponent(gamma: number, gamma2: number): number;
//# sourceMappingURL=saddle.d.ts.map