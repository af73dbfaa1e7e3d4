/**
 * Dense n×n kernels on row-major Float64Arrays for the grid references (n ≈ 100–200). linalg/dense.ts keeps
 * `number[][]` for clarity at d ≲ 50; here a matrix exponential costs ~20 products of 150×150 matrices per
 * (η, scheme), so the loops are written for contiguous inner access (i-k-j order) and allocate nothing inside.
 */
/** Row-major n×n matrix: entry (i, j) is data[i·n + j]. */
export type FlatMatrix = Float64Array;
export declare function identityFlat(n: number): FlatMatrix;
/**
 * out = A·B (out must not alias A or B). Four rows of B are combined per pass over a row of out, which cuts the
 * loads and stores of out fourfold; in V8 this runs ~2× faster than the plain i-k-j loop.
 */
export declare function multiplyInto(A: FlatMatrix, B: FlatMatrix, n: number, out: FlatMatrix): FlatMatrix;
/** out = r·A for a row vector r (out must not alias r or A). */
export declare function rowTimesInto(r: Float64Array, A: FlatMatrix, n: number, out: Float64Array): Float64Array;
/** ‖A‖₁ = max column sum of |a_ij|. */
export declare function norm1(A: FlatMatrix, n: number): number;
/**
 * Solves A·X = B for X (n×n right-hand sides), overwriting B with X; A is copied, not modified. Gaussian
 * elimination with partial pivoting, then forward and back substitution row by row so that every inner loop
 * runs along a contiguous row of B. Throws if A is singular to working precision.
 */
export declare function solveInPlace(A: FlatMatrix, B: FlatMatrix, n: number): FlatMatrix;
//# sourceMappingURL=squareMatrix.d.ts.map