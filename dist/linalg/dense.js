export function zeros(n, m = n) {
    return Array.from({ length: n }, () => new Array(m).fill(0));
}
export function identity(n) {
    const I = zeros(n);
    for (let i = 0; i < n; i++)
        I[i][i] = 1;
    return I;
}
export function diag(v) {
    const D = zeros(v.length);
    for (let i = 0; i < v.length; i++)
        D[i][i] = v[i];
    return D;
}
export function transpose(A) {
    const n = A.length;
    const m = A[0]?.length ?? 0;
    const T = zeros(m, n);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < m; j++)
            T[j][i] = A[i][j];
    return T;
}
export function matMul(A, B) {
    const n = A.length;
    const k = B.length;
    const m = B[0]?.length ?? 0;
    const C = zeros(n, m);
    for (let i = 0; i < n; i++) {
        const Ai = A[i];
        const Ci = C[i];
        for (let l = 0; l < k; l++) {
            const a = Ai[l];
            const Bl = B[l];
            for (let j = 0; j < m; j++)
                Ci[j] += a * Bl[j];
        }
    }
    return C;
}
export function matVec(A, x) {
    return A.map((row) => {
        let s = 0;
        for (let j = 0; j < row.length; j++)
            s += row[j] * x[j];
        return s;
    });
}
export function add(A, B, beta = 1) {
    return A.map((row, i) => row.map((a, j) => a + beta * B[i][j]));
}
export function scale(A, c) {
    return A.map((row) => row.map((a) => c * a));
}
export function dot(a, b) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += a[i] * b[i];
    return s;
}
export function norm(a) {
    return Math.sqrt(dot(a, a));
}
export function isSquare(A) {
    return A.every((row) => row.length === A.length);
}
export function isSymmetric(A, tol = 1e-12) {
    if (!isSquare(A))
        return false;
    const scaleA = Math.max(1, ...A.flat().map(Math.abs));
    for (let i = 0; i < A.length; i++)
        for (let j = 0; j < i; j++)
            if (Math.abs(A[i][j] - A[j][i]) > tol * scaleA)
                return false;
    return true;
}
/** Symmetrise (A + Aᵀ)/2: removes round-off asymmetry before an eigen-decomposition. */
export function symmetrize(A) {
    return A.map((row, i) => row.map((a, j) => 0.5 * (a + A[j][i])));
}
/**
 * Cholesky factor L (lower triangular, LLᵀ = A) of a symmetric positive semi-definite matrix. Zero pivots
 * (singular but PSD, e.g. noise confined to a subspace) give a zero column; a negative pivot beyond round-off
 * throws, because a covariance must be PSD.
 */
export function cholesky(A) {
    const n = A.length;
    const L = zeros(n);
    const tol = 1e-12 * Math.max(1, ...A.map((r, i) => Math.abs(r[i])));
    for (let j = 0; j < n; j++) {
        let d = A[j][j];
        for (let k = 0; k < j; k++)
            d -= L[j][k] ** 2;
        if (d < -tol)
            throw new Error(`matrix is not positive semi-definite (pivot ${j} = ${d})`);
        const ljj = d > tol ? Math.sqrt(d) : 0;
        L[j][j] = ljj;
        for (let i = j + 1; i < n; i++) {
            let s = A[i][j];
            for (let k = 0; k < j; k++)
                s -= L[i][k] * L[j][k];
            L[i][j] = ljj > 0 ? s / ljj : 0;
        }
    }
    return L;
}
/** Solve A x = b by LU with partial pivoting; throws on a (numerically) singular A. */
export function solve(A, b) {
    const n = A.length;
    const M = A.map((r) => r.slice());
    const x = b.slice();
    for (let c = 0; c < n; c++) {
        let p = c;
        for (let r = c + 1; r < n; r++)
            if (Math.abs(M[r][c]) > Math.abs(M[p][c]))
                p = r;
        if (Math.abs(M[p][c]) < 1e-300)
            throw new Error("singular matrix");
        [M[c], M[p]] = [M[p], M[c]];
        [x[c], x[p]] = [x[p], x[c]];
        const Mc = M[c];
        for (let r = c + 1; r < n; r++) {
            const Mr = M[r];
            const f = Mr[c] / Mc[c];
            if (f === 0)
                continue;
            for (let k = c; k < n; k++)
                Mr[k] -= f * Mc[k];
            x[r] -= f * x[c];
        }
    }
    for (let r = n - 1; r >= 0; r--) {
        let s = x[r];
        for (let k = r + 1; k < n; k++)
            s -= M[r][k] * x[k];
        x[r] = s / M[r][r];
    }
    return x;
}
/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: slow (O(d³) per sweep) but accurate to
 * round-off for every eigenvalue, including tiny ones, which is what Hessian signatures and matrix functions need.
 */
export function symmetricEigen(A) {
    const n = A.length;
    const a = symmetrize(A);
    const v = identity(n);
    for (let sweep = 0; sweep < 100; sweep++) {
        let off = 0;
        for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++)
                off += a[i][j] ** 2;
        if (off < 1e-30)
            break;
        for (let p = 0; p < n; p++) {
            for (let q = p + 1; q < n; q++) {
                const apq = a[p][q];
                if (Math.abs(apq) < 1e-300)
                    continue;
                const theta = (a[q][q] - a[p][p]) / (2 * apq);
                const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                const c = 1 / Math.sqrt(t * t + 1);
                const s = t * c;
                for (let k = 0; k < n; k++) {
                    const akp = a[k][p];
                    const akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (let k = 0; k < n; k++) {
                    const apk = a[p][k];
                    const aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
                for (let k = 0; k < n; k++) {
                    const vkp = v[k][p];
                    const vkq = v[k][q];
                    v[k][p] = c * vkp - s * vkq;
                    v[k][q] = s * vkp + c * vkq;
                }
            }
        }
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i][i] - a[j][j]);
    return {
        values: order.map((i) => a[i][i]),
        vectors: v.map((row) => order.map((i) => row[i])),
    };
}
/** f(A) = V f(Λ) Vᵀ for symmetric A (matrix exponential, absolute value, square root, …). */
export function symmetricFunction(A, f) {
    const { values, vectors } = symmetricEigen(A);
    const n = A.length;
    const R = zeros(n);
    for (let k = 0; k < n; k++) {
        const fk = f(values[k]);
        if (fk === 0)
            continue;
        for (let i = 0; i < n; i++) {
            const vik = vectors[i][k] * fk;
            for (let j = 0; j < n; j++)
                R[i][j] += vik * vectors[j][k];
        }
    }
    return R;
}
export function determinant(A) {
    const n = A.length;
    const M = A.map((r) => r.slice());
    let det = 1;
    for (let c = 0; c < n; c++) {
        let p = c;
        for (let r = c + 1; r < n; r++)
            if (Math.abs(M[r][c]) > Math.abs(M[p][c]))
                p = r;
        if (M[p][c] === 0)
            return 0;
        if (p !== c) {
            [M[c], M[p]] = [M[p], M[c]];
            det = -det;
        }
        det *= M[c][c];
        for (let r = c + 1; r < n; r++) {
            const f = M[r][c] / M[c][c];
            for (let k = c; k < n; k++)
                M[r][k] -= f * M[c][k];
        }
    }
    return det;
}
export function flatten(A) {
    return Float64Array.from(A.flat());
}
export function unflatten(a, n) {
    return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => a[i * n + j]));
}
//# sourceMappingURL=dense.js.map