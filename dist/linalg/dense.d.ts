/**
 * Small dense linear algebra for d ≲ 50 (landscapes, noise factors, exact references). Matrices are row-major
 * `number[][]`: clarity beats speed at these sizes, and kernels never call into this module per step.
 */
export type Matrix = number[][];
export type Vector = number[];
export declare function zeros(n: number, m?: number): Matrix;
export declare function identity(n: number): Matrix;
export declare function diag(v: Vector): Matrix;
export declare function transpose(A: Matrix): Matrix;
export declare function matMul(A: Matrix, B: Matrix): Matrix;
export declare function matVec(A: Matrix, x: ArrayLike<number>): Vector;
export declare function add(A: Matrix, B: Matrix, beta?: number): Matrix;
export declare function scale(A: Matrix, c: number): Matrix;
export declare function dot(a: ArrayLike<number>, b: ArrayLike<number>): number;
export declare function norm(a: ArrayLike<number>): number;
export declare function isSquare(A: Matrix): boolean;
export declare function isSymmetric(A: Matrix, tol?: number): boolean;
/** Symmetrise (A + Aᵀ)/2: removes round-off asymmetry before an eigen-decomposition. */
export declare function symmetrize(A: Matrix): Matrix;
/**
 * Cholesky factor L (lower triangular, LLᵀ = A) of a symmetric positive semi-definite matrix. Zero pivots
 * (singular but PSD, e.g. noise confined to a subspace) give a zero column; a negative pivot beyond round-off
 * throws, because a covariance must be PSD.
 */
export declare function cholesky(A: Matrix): Matrix;
/** Solve A x = b by LU with partial pivoting; throws on a (numerically) singular A. */
export declare function solve(A: Matrix, b: Vector): Vector;
export interface SymmetricEigen {
    /** Eigenvalues in ascending order. */
    values: Vector;
    /** Column j of `vectors` is the unit eigenvector of values[j]. */
    vectors: Matrix;
}
/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: slow (O(d³) per sweep) but accurate to
 * round-off for every eigenvalue, including tiny ones, which is what Hessian signatures and matrix functions need.
 */
export declare function symmetricEigen(A: Matrix): SymmetricEigen;
/** f(A) = V f(Λ) Vᵀ for symmetric A (matrix exponential, absolute value, square root, …). */
export declare function symmetricFunction(A: Matrix, f: (lambda: number) => number): Matrix;
export declare function determinant(A: Matrix): number;
export declare function flatten(A: Matrix): Float64Array;
export declare function unflatten(a: ArrayLike<number>, n: number): Matrix;
//# sourceMappingURL=dense.d.ts.map