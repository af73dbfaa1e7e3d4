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
import {
  type Eigenbasis,
  eigenbasisTrajectory,
  eigenMomentsFromPropagator,
  type ModePropagator,
  type MomentTrajectory,
  type QuadraticTrajectoryInput,
} from "./quadraticSetting.ts";

export type QuadraticSgdInput = QuadraticTrajectoryInput;

/** m_k and C_k for k = 0..K. O(K d³) (the change of basis dominates). */
export function sgdMomentTrajectory(input: QuadraticSgdInput): MomentTrajectory {
  return eigenbasisTrajectory(input, (basis, SigmaTilde, m0, C0) =>
    sgdEigenMoments(basis, SigmaTilde, m0, C0, input.eta),
  );
}

/**
 * SGD as a mode propagator (quadraticSetting.ts): at step k, growth_i = μ_i^k and
 * noise_ij = η²·Σ_{l<k} (μ_iμ_j)^l = η²(1 − (μ_iμ_j)^k)/(1 − μ_iμ_j), μ_i = 1 − ηλ_i (any real λ_i).
 */
export function sgdModePropagator(lambdas: Vector, eta: number): ModePropagator {
  const d = lambdas.length;
  // log μ_i = log1p(−ηλ_i) is exact to round-off when 0 < μ_i, unlike log(1 − ηλ_i) for small ηλ_i; μ_i^k is then
  // exp(k·log μ_i) with a relative error ~ k·|log μ_i|·ε (≈ λt·ε) instead of k·ε for repeated products.
  const logMu = lambdas.map((l) => (eta * l < 1 ? Math.log1p(-eta * l) : Number.NaN));
  const mu = lambdas.map((l) => 1 - eta * l);
  // 1 − μ_iμ_j = η(λ_i + λ_j) − η²λ_iλ_j, written without the cancellation of 1 − (1−ηλ_i)(1−ηλ_j); then
  // 1 − (μ_iμ_j)^k = −expm1(k(log μ_i + log μ_j)) keeps full relative precision when ηλk is small.
  const oneMinusP = new Float64Array(d * d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) {
      const li = lambdas[i]!;
      const lj = lambdas[j]!;
      oneMinusP[i * d + j] = eta * (li + lj) - eta * eta * li * lj;
    }
  const eta2 = eta * eta;
  return (k, growth, noise) => {
    for (let i = 0; i < d; i++) growth[i] = Number.isNaN(logMu[i]!) ? mu[i]! ** k : Math.exp(k * logMu[i]!);
    for (let i = 0; i < d; i++) {
      for (let j = i; j < d; j++) {
        const q = oneMinusP[i * d + j]!;
        let geometric: number;
        if (q === 0) geometric = k;
        else if (!Number.isNaN(logMu[i]!) && !Number.isNaN(logMu[j]!))
          geometric = -Math.expm1(k * (logMu[i]! + logMu[j]!)) / q;
        else geometric = (1 - growth[i]! * growth[j]!) / q;
        noise[i * d + j] = eta2 * geometric;
        noise[j * d + i] = eta2 * geometric;
      }
    }
  };
}

/** Step-k moments in H's eigenbasis (m̃_k, C̃_k) from Σ̃ = VᵀΣV, m̃_0 = Vᵀx0 and C̃_0. */
export function sgdEigenMoments(
  basis: Eigenbasis,
  SigmaTilde: Matrix,
  meanTilde0: Vector,
  covTilde0: Matrix | undefined,
  eta: number,
): (k: number) => { mean: Vector; covariance: Matrix } {
  return eigenMomentsFromPropagator(sgdModePropagator(basis.values, eta), SigmaTilde, meanTilde0, covTilde0);
}
