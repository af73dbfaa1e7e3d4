/**
 * Exact weak errors of the SDE approximations of SGD on f = ½xᵀHx with constant Gaussian noise (claims W1, W2):
 *
 *   e_k = E φ(x_k) − E φ(X_{kη}),  k = 0..K,  K = T/η,
 *   sup error = max_k |e_k|,  final error = |e_K|,
 *
 * for X = SME-1, SME-2 and gradient flow. Both laws are Gaussian with closed-form moments (quadraticSgd.ts,
 * quadraticSde.ts), so no Monte Carlo is involved: the numbers are exact up to round-off (~1e-15 relative per
 * moment, computed in one shared eigenbasis of H so that basis round-off cancels in the difference). Cost
 * O(K d²) per scheme: φ is evaluated through its ≤ 2 linear functionals (testFunctionProjection).
 */
import { type Matrix, type Vector } from "../linalg/dense.ts";
import { type QuadraticScheme } from "./quadraticSde.ts";
import { type TestFunction } from "./testFunction.ts";
export interface QuadraticWeakErrorInput {
    H: Matrix;
    /** Covariance of the gradient noise ξ_k (SGD) and σσᵀ (SDEs). */
    Sigma: Matrix;
    x0: Vector;
    eta: number;
    /** Horizon; T/η must be an integer number of steps (rounded within 1e-9 relative, else an error). */
    T: number;
    phi: TestFunction;
    /** Covariance of the start (default 0: x_0 = X_0 = x0). */
    C0?: Matrix;
}
export interface SchemeWeakError {
    /** max_{0≤k≤K} |e_k|. */
    supError: number;
    /** The k attaining supError (the first one on ties). */
    argmaxStep: number;
    /** argmaxStep·η. */
    argmaxTime: number;
    /** |e_K|, the error at t = T. */
    finalError: number;
    /** E φ(X_{kη}), k = 0..K. */
    expectations: Float64Array;
    /** e_k = E φ(x_k) − E φ(X_{kη}) (signed), k = 0..K. */
    signedErrors: Float64Array;
}
export interface QuadraticWeakErrors {
    eta: number;
    T: number;
    /** K = T/η. */
    steps: number;
    /** E φ(x_k), k = 0..K. */
    sgd: Float64Array;
    sme1: SchemeWeakError;
    sme2: SchemeWeakError;
    gf: SchemeWeakError;
}
export declare const WEAK_ERROR_SCHEMES: readonly QuadraticScheme[];
export declare function quadraticWeakErrors(input: QuadraticWeakErrorInput): QuadraticWeakErrors;
//# sourceMappingURL=weakError.d.ts.map