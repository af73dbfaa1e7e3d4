/**
 * Dense n×n kernels on row-major Float64Arrays for the grid references (n ≈ 100–200). linalg/dense.ts keeps
 * `number[][]` for clarity at d ≲ 50; here a matrix exponential costs ~20 products of 150×150 matrices per
 * (η, scheme), so the loops are written for contiguous inner access (i-k-j order) and allocate nothing inside.
 */
export function identityFlat(n) {
    const I = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
        I[i * n + i] = 1;
    return I;
}
/**
 * out = A·B (out must not alias A or B). Four rows of B are combined per pass over a row of out, which cuts the
 * loads and stores of out fourfold; in V8 this runs ~2× faster than the plain i-k-j loop.
 */
export function multiplyInto(A, B, n, out) {
    out.fill(0);
    for (let i = 0; i < n; i++)
        addRowCombination(out, i * n, A, i * n, B, 0, n, n);
    return out;
}
/**
 * out[o + j] += Σ_{k0 ≤ k < k1} c[co + k]·M[k·n + j] for j < n: row `o` of out plus a combination of rows k0…k1−1 of
 * M with coefficients c[co + k] — the inner kernel of the product and of the triangular solves.
 */
function addRowCombination(out, o, c, co, M, k0, k1, n) {
    let k = k0;
    for (; k + 3 < k1; k += 4) {
        const c0 = c[co + k];
        const c1 = c[co + k + 1];
        const c2 = c[co + k + 2];
        const c3 = c[co + k + 3];
        const m0 = k * n;
        const m1 = m0 + n;
        const m2 = m1 + n;
        const m3 = m2 + n;
        for (let j = 0; j < n; j++)
            out[o + j] += c0 * M[m0 + j] + c1 * M[m1 + j] + c2 * M[m2 + j] + c3 * M[m3 + j];
    }
    for (; k < k1; k++) {
        const ck = c[co + k];
        if (ck === 0)
            continue;
        const mk = k * n;
        for (let j = 0; j < n; j++)
            out[o + j] += ck * M[mk + j];
    }
}
/** out = r·A for a row vector r (out must not alias r or A). */
export function rowTimesInto(r, A, n, out) {
    out.fill(0);
    addRowCombination(out, 0, r, 0, A, 0, n, n);
    return out;
}
/** ‖A‖₁ = max column sum of |a_ij|. */
export function norm1(A, n) {
    const sums = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const io = i * n;
        for (let j = 0; j < n; j++)
            sums[j] += Math.abs(A[io + j]);
    }
    let best = 0;
    for (let j = 0; j < n; j++)
        if (sums[j] > best)
            best = sums[j];
    return best;
}
/**
 * Solves A·X = B for X (n×n right-hand sides), overwriting B with X; A is copied, not modified. Gaussian
 * elimination with partial pivoting, then forward and back substitution row by row so that every inner loop
 * runs along a contiguous row of B. Throws if A is singular to working precision.
 */
export function solveInPlace(A, B, n) {
    const lu = Float64Array.from(A);
    const perm = new Int32Array(n);
    for (let i = 0; i < n; i++)
        perm[i] = i;
    for (let k = 0; k < n; k++) {
        let p = k;
        let best = Math.abs(lu[k * n + k]);
        for (let i = k + 1; i < n; i++) {
            const v = Math.abs(lu[i * n + k]);
            if (v > best) {
                best = v;
                p = i;
            }
        }
        if (best === 0 || !Number.isFinite(best))
            throw new Error(`solveInPlace: matrix is singular at column ${k}`);
        if (p !== k) {
            swapRows(lu, n, p, k);
            swapRows(B, n, p, k);
            const t = perm[p];
            perm[p] = perm[k];
            perm[k] = t;
        }
        const ko = k * n;
        const pivot = lu[ko + k];
        for (let i = k + 1; i < n; i++) {
            const io = i * n;
            const l = lu[io + k] / pivot;
            lu[io + k] = l;
            if (l === 0)
                continue;
            for (let j = k + 1; j < n; j++)
                lu[io + j] -= l * lu[ko + j];
        }
    }
    // B already carries the row permutation; L·Y = B, then U·X = Y, one row of B at a time: row i minus a
    // combination of the rows already solved, with the coefficients negated into a scratch row.
    const coefficients = new Float64Array(n);
    for (let i = 1; i < n; i++) {
        const io = i * n;
        for (let k = 0; k < i; k++)
            coefficients[k] = -lu[io + k];
        addRowCombination(B, io, coefficients, 0, B, 0, i, n);
    }
    for (let i = n - 1; i >= 0; i--) {
        const io = i * n;
        for (let k = i + 1; k < n; k++)
            coefficients[k] = -lu[io + k];
        addRowCombination(B, io, coefficients, 0, B, i + 1, n, n);
        const d = 1 / lu[io + i];
        for (let j = 0; j < n; j++)
            B[io + j] *= d;
    }
    return B;
}
function swapRows(M, n, p, q) {
    const po = p * n;
    const qo = q * n;
    for (let j = 0; j < n; j++) {
        const t = M[po + j];
        M[po + j] = M[qo + j];
        M[qo + j] = t;
    }
}
//# sourceMappingURL=squareMatrix.js.map