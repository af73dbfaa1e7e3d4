/**
 * Exact first two moments of SGD on f = ½xᵀHx with constant noise covariance Σ:
 *
 *   x_{k+1} = x_k − η(Hx_k + ξ_k),  E ξ_k = 0, Cov ξ_k = Σ
 *   m_k = (I−ηH)^k x0,   C_{k+1} = (I−ηH) C_k (I−ηH) + η²Σ.
 *
 * In the eigenbasis of H (μ_i = 1 − ηλ_i) both are closed forms, evaluated directly for every k rather than by
 * iterating, so no round-off accumulates over 10⁴ steps:
 *
 *   m̃_k,i = μ_i^k m̃_0,i,   C̃_k,ij = (μ_iμ_j)^k C̃_0,ij + η²Σ̃_ij·(1 − (μ_iμ_j)^k)/(1 − μ_iμ_j).
 *
 * With Gaussian noise the law of x_k is exactly N(m_k, C_k) (gaussianExpectations.ts turns it into E φ(x_k)).
 */
import type { Matrix, Vector } from "../linalg/dense.ts";
import { type Eigenbasis, type ModePropagator, type MomentTrajectory, type QuadraticTrajectoryInput } from "./quadraticSetting.ts";
export type QuadraticSgdInput = QuadraticTrajectoryInput;
/** m_k and C_k for k = 0..K. O(K d³) (the change of basis dominates). */
export declare function sgdMomentTrajectory(input: QuadraticSgdInput): MomentTrajectory;
/**
 * SGD as a mode propagator (quadraticSetting.ts): at step k, growth_i = μ_i^k and
 * noise_ij = η²·Σ_{l<k} (μ_iμ_j)^l = η²(1 − (μ_iμ_j)^k)/(1 − μ_iμ_j), μ_i = 1 − ηλ_i (any real λ_i).
 */
export declare function sgdModePropagator(lambdas: Vector, eta: number): ModePropagator;
/** Step-k moments in H's eigenbasis (m̃_k, C̃_k) from Σ̃ = VᵀΣV, m̃_0 = Vᵀx0 and C̃_0. */
export declare function sgdEigenMoments(basis: Eigenbasis, SigmaTilde: Matrix, meanTilde0: Vector, covTilde0: Matrix | undefined, eta: number): (k: number) => {
    mean: Vector;
    covariance: Matrix;
};
//# sourceMappingURL=quadraticSgd.d.ts.map