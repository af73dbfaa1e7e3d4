/**
 * Exact law of stochastic Heun — the integrator the coupled Monte Carlo runs for the SDE reference
 * (simulate/coupledPaths.ts) — on a linear SDE dX = −ÃX dt + √η σ dW with constant Σ = σσᵀ. One substep of
 * size h is affine in the state and the Gaussian increment n = √(ηh) σ z:
 *   predictor  Y' = Y − hÃY + n,   corrector  Y ← Y − (h/2)(ÃY + ÃY') + n
 *             = (I − hÃ + h²Ã²/2) Y + (I − hÃ/2) n,
 * so the mean and covariance follow m ← A m, C ← A C Aᵀ + ηh B Σ Bᵀ exactly (A = I − hÃ + h²Ã²/2,
 * B = I − hÃ/2). Against the exact SDE moments this isolates the integrator's own weak bias from Monte Carlo:
 * it is the known bias of a claim that compares simulated errors with exact ones (DESIGN.md §6).
 */
import { add, identity, type Matrix, matMul, matVec, scale, transpose } from "../linalg/dense.ts";
import { assertCovariance, assertFinitePositive, assertSymmetricMatrix, assertVector } from "./arguments.ts";
import { gaussianExpectation } from "./gaussianExpectations.ts";
import { assertTestFunction, type TestFunction } from "./testFunction.ts";

export interface HeunLinearInput {
  /** Drift matrix Ã of dX = −ÃX dt + √η σ dW (H for SME-1, H + (η/2)H² for SME-2). */
  A: Matrix;
  Sigma: Matrix;
  x0: number[];
  /** The SGD step η: the noise scale √η and the outer step the substeps divide. */
  eta: number;
  /** Outer steps of size η. */
  steps: number;
  /** Heun substeps per outer step (h = η/substeps). */
  substeps: number;
}

/** Mean and covariance of the Heun chain after `steps` outer steps from the point x0. */
export function heunLinearMoments(input: HeunLinearInput): { mean: number[]; covariance: Matrix } {
  const { A: At, Sigma, x0, eta, steps, substeps } = input;
  const d = x0.length;
  assertSymmetricMatrix("A", At, d);
  assertCovariance("Sigma", Sigma, d);
  assertVector("x0", x0, d);
  assertFinitePositive("eta", eta);
  if (!(Number.isInteger(steps) && steps >= 0))
    throw new Error(`steps must be an integer ≥ 0 (got ${steps})`);
  if (!(Number.isInteger(substeps) && substeps >= 1))
    throw new Error(`substeps must be an integer ≥ 1 (got ${substeps})`);
  const h = eta / substeps;
  const I = identity(d);
  const A = add(add(I, scale(At, -h)), scale(matMul(At, At), (h * h) / 2));
  const B = add(I, scale(At, -h / 2));
  const Q = scale(matMul(matMul(B, Sigma), transpose(B)), eta * h);
  const AT = transpose(A);
  let mean = x0.slice();
  let C: Matrix = x0.map(() => x0.map(() => 0));
  for (let j = steps * substeps; j > 0; j--) {
    mean = matVec(A, mean);
    C = add(matMul(matMul(A, C), AT), Q);
  }
  return { mean, covariance: C };
}

/** E φ(Y) for the Heun chain after `steps` outer steps (φ with an exact Gaussian moment). */
export function heunLinearExpectation(input: HeunLinearInput, phi: TestFunction): number {
  assertTestFunction(phi, input.x0.length);
  const { mean, covariance } = heunLinearMoments(input);
  return gaussianExpectation(phi, mean, covariance);
}
