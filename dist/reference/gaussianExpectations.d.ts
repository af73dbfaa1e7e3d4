/**
 * Exact expectations of the test functions under a Gaussian law N(m, C). SGD with Gaussian noise on a quadratic
 * is a linear Gaussian recursion, so its law at every step is N(m_k, C_k) and these give E φ(x_k) exactly; the OU
 * processes (SME-1, SME-2, gradient flow) are Gaussian at every time too.
 */
import type { Matrix, Vector } from "../linalg/dense.ts";
import type { TestFunction } from "./testFunction.ts";
/** E x_i = m_i. */
export declare function gaussianCoordinateMean(m: Vector, i: number): number;
/** E x_i² = m_i² + C_ii. */
export declare function gaussianSecondMoment(m: Vector, C: Matrix, i: number): number;
/** E x_i x_j = m_i m_j + C_ij. */
export declare function gaussianProductMoment(m: Vector, C: Matrix, i: number, j: number): number;
/** E x_i⁴ = m⁴ + 6m²c + 3c² with m = m_i, c = C_ii (the marginal of x_i is N(m_i, C_ii)). */
export declare function gaussianFourthMoment(m: Vector, C: Matrix, i: number): number;
/** E cos(ωᵀx) = Re E e^{iωᵀx} = cos(ωᵀm)·exp(−ωᵀCω/2) (characteristic function of N(m, C)). */
export declare function gaussianCosExpectation(m: Vector, C: Matrix, omega: readonly number[]): number;
/** E φ(x) for x ~ N(m, C). Indices are assumed checked (assertTestFunction). */
export declare function gaussianExpectation(phi: TestFunction, m: Vector, C: Matrix): number;
//# sourceMappingURL=gaussianExpectations.d.ts.map