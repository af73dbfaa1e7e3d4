/**
 * Exact expectations of the test functions under a Gaussian law N(m, C). SGD with Gaussian noise on a quadratic
 * is a linear Gaussian recursion, so its law at every step is N(m_k, C_k) and these give E φ(x_k) exactly; the OU
 * processes (SME-1, SME-2, gradient flow) are Gaussian at every time too.
 */
import type { Matrix, Vector } from "../linalg/dense.ts";
import type { TestFunction } from "./testFunction.ts";

/** E x_i = m_i. */
export function gaussianCoordinateMean(m: Vector, i: number): number {
  return m[i]!;
}

/** E x_i² = m_i² + C_ii. */
export function gaussianSecondMoment(m: Vector, C: Matrix, i: number): number {
  return m[i]! * m[i]! + C[i]![i]!;
}

/** E x_i x_j = m_i m_j + C_ij. */
export function gaussianProductMoment(m: Vector, C: Matrix, i: number, j: number): number {
  return m[i]! * m[j]! + C[i]![j]!;
}

/** E x_i⁴ = m⁴ + 6m²c + 3c² with m = m_i, c = C_ii (the marginal of x_i is N(m_i, C_ii)). */
export function gaussianFourthMoment(m: Vector, C: Matrix, i: number): number {
  const mi = m[i]!;
  const c = C[i]![i]!;
  const m2 = mi * mi;
  return m2 * m2 + 6 * m2 * c + 3 * c * c;
}

/** E cos(ωᵀx) = Re E e^{iωᵀx} = cos(ωᵀm)·exp(−ωᵀCω/2) (characteristic function of N(m, C)). */
export function gaussianCosExpectation(m: Vector, C: Matrix, omega: readonly number[]): number {
  const d = omega.length;
  let phase = 0;
  let quad = 0;
  for (let i = 0; i < d; i++) {
    const wi = omega[i]!;
    phase += wi * m[i]!;
    const Ci = C[i]!;
    let row = 0;
    for (let j = 0; j < d; j++) row += Ci[j]! * omega[j]!;
    quad += wi * row;
  }
  return Math.cos(phase) * Math.exp(-0.5 * quad);
}

/** E φ(x) for x ~ N(m, C). Indices are assumed checked (assertTestFunction). */
export function gaussianExpectation(phi: TestFunction, m: Vector, C: Matrix): number {
  switch (phi.kind) {
    case "coordinate":
      return gaussianCoordinateMean(m, phi.i);
    case "square":
      return gaussianSecondMoment(m, C, phi.i);
    case "product":
      return gaussianProductMoment(m, C, phi.i, phi.j);
    case "cos":
      return gaussianCosExpectation(m, C, phi.omega);
    case "fourth":
      return gaussianFourthMoment(m, C, phi.i);
  }
}
