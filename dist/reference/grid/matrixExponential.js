/**
 * e^M for a dense n×n matrix by scaling and squaring with the [13/13] Padé approximant (Higham, "The scaling
 * and squaring method for the matrix exponential revisited", SIAM J. Matrix Anal. Appl. 26, 2005). The grid
 * references need e^{ηL} for a spectral SDE generator L: a non-normal matrix with ‖ηL‖₁ up to ~10⁴, whose
 * exponential is nevertheless a smooth, contracting semigroup; Padé-13 with 2^s scaling is backward stable to
 * round-off for such matrices, where a truncated Taylor series or a fixed-step integrator would either lose
 * digits to cancellation or need thousands of steps.
 */
import { identityFlat, multiplyInto, norm1, solveInPlace } from "./squareMatrix.js";
/** Padé-13 numerator coefficients b_0 … b_13 (Higham 2005, Table 10.4 of "Functions of Matrices"). */
const PADE13 = [
    64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600,
    670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1,
];
/** θ_13: the largest ‖2^{−s}M‖₁ for which the Padé-13 backward error is below the unit round-off. */
const THETA13 = 5.371920351148152;
export function matrixExponential(M, n) {
    if (M.length !== n * n)
        throw new Error(`matrixExponential: expected ${n}×${n} entries, got ${M.length}`);
    if (!M.every(Number.isFinite))
        throw new Error("matrixExponential: matrix has a non-finite entry");
    const normM = norm1(M, n);
    const squarings = normM > THETA13 ? Math.ceil(Math.log2(normM / THETA13)) : 0;
    const A = Float64Array.from(M);
    if (squarings > 0) {
        const c = 2 ** -squarings;
        for (let i = 0; i < A.length; i++)
            A[i] *= c;
    }
    const b = PADE13;
    const A2 = multiplyInto(A, A, n, new Float64Array(n * n));
    const A4 = multiplyInto(A2, A2, n, new Float64Array(n * n));
    const A6 = multiplyInto(A2, A4, n, new Float64Array(n * n));
    const I = identityFlat(n);
    const size = n * n;
    // U = A·[A6(b13·A6 + b11·A4 + b9·A2) + b7·A6 + b5·A4 + b3·A2 + b1·I]
    // V = A6(b12·A6 + b10·A4 + b8·A2) + b6·A6 + b4·A4 + b2·A2 + b0·I
    const inner = new Float64Array(size);
    for (let i = 0; i < size; i++)
        inner[i] = b[13] * A6[i] + b[11] * A4[i] + b[9] * A2[i];
    const W = multiplyInto(A6, inner, n, new Float64Array(size));
    for (let i = 0; i < size; i++)
        W[i] += b[7] * A6[i] + b[5] * A4[i] + b[3] * A2[i] + b[1] * I[i];
    const U = multiplyInto(A, W, n, new Float64Array(size));
    for (let i = 0; i < size; i++)
        inner[i] = b[12] * A6[i] + b[10] * A4[i] + b[8] * A2[i];
    const V = multiplyInto(A6, inner, n, new Float64Array(size));
    for (let i = 0; i < size; i++)
        V[i] += b[6] * A6[i] + b[4] * A4[i] + b[2] * A2[i] + b[0] * I[i];
    // r13(A) = (V − U)⁻¹(V + U).
    const P = new Float64Array(size);
    const Q = new Float64Array(size);
    for (let i = 0; i < size; i++) {
        P[i] = V[i] + U[i];
        Q[i] = V[i] - U[i];
    }
    let R = solveInPlace(Q, P, n);
    let spare = A2;
    for (let k = 0; k < squarings; k++) {
        const next = multiplyInto(R, R, n, spare);
        spare = R;
        R = next;
    }
    return { value: R, squarings };
}
//# sourceMappingURL=matrixExponential.js.map