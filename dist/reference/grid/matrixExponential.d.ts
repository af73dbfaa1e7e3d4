/**
 * e^M for a dense n×n matrix by scaling and squaring with the [13/13] Padé approximant (Higham, "The scaling
 * and squaring method for the matrix exponential revisited", SIAM J. Matrix Anal. Appl. 26, 2005). The grid
 * references need e^{ηL} for a spectral SDE generator L: a non-normal matrix with ‖ηL‖₁ up to ~10⁴, whose
 * exponential is nevertheless a smooth, contracting semigroup; Padé-13 with 2^s scaling is backward stable to
 * round-off for such matrices, where a truncated Taylor series or a fixed-step integrator would either lose
 * digits to cancellation or need thousands of steps.
 */
import { type FlatMatrix } from "./squareMatrix.ts";
export interface MatrixExponential {
    /** e^M, row-major. */
    value: FlatMatrix;
    /** Number of squarings s (M was scaled by 2^{−s}). */
    squarings: number;
}
export declare function matrixExponential(M: FlatMatrix, n: number): MatrixExponential;
//# sourceMappingURL=matrixExponential.d.ts.map