/**
 * SGD's one-step backward operator on the grid: (A u)(x) = E u(x − ηf'(x) + ηs(x)v), the transition kernel of
 * the master equation read as an operator on test functions. Row i of A is Σ_q w_q ℓ(y_iq), with ℓ the
 * interpolation row at the quadrature point y_iq = x_i − ηf'(x_i) + ηs(x_i)v_q: applied to the node values of an
 * analytic u it returns E u(·) at every node up to interpolation and quadrature error.
 *
 * Then E φ(x_k) = ℓ(x_0)·A^k·φ: the row vector r_k = ℓ(x_0)A^k (a signed discrete stand-in for the law of x_k,
 * in the dual of the interpolation space) is carried forward once and every test function is read off with one
 * dot product at every step — so the start can be a point mass without any smoothing of the initial law.
 */
import { type ChebyshevGrid } from "./chebyshevGrid.ts";
import type { QuadratureRule } from "./gaussHermite.ts";
import type { Landscape1d } from "./setting1d.ts";
import type { FlatMatrix } from "./squareMatrix.ts";
export declare function sgdTransitionMatrix(grid: ChebyshevGrid, landscape: Landscape1d, noiseScale: (x: number) => number, eta: number, rule: QuadratureRule): FlatMatrix;
//# sourceMappingURL=sgdTransition.d.ts.map