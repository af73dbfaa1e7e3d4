/**
 * Gauss–Hermite quadrature for Z ~ N(0, 1): E g(Z) ≈ Σ_q w_q g(z_q), exact for polynomials of degree ≤ 2m − 1.
 * The SGD step averages u(x − ηf'(x) + ηs(x)Z) over Z; u is analytic in a strip around the real axis, of width
 * ρ/(ηs) in the Z variable, where such rules converge like e^{−(ρ/ηs)√(2m)} — 20 nodes reach round-off for
 * ηs ≲ ρ/8.
 *
 * Nodes from Golub–Welsch (eigenvalues of the Jacobi matrix of the probabilists' Hermite polynomials), then one
 * Newton polish on the orthonormal three-term recurrence; weights from the Christoffel function
 * w(z) = 1/Σ_{k<m} p_k(z)², which keeps full relative accuracy for the tiny weights in the tails (an
 * eigenvector's first component squared would not). Nodes whose weight is below `minWeight` are dropped and the
 * rest renormalized: they carry no probability worth representing but push points far out of the grid.
 */
import { symmetricEigen } from "../../linalg/dense.js";
export const DEFAULT_MIN_WEIGHT = 1e-18;
export function gaussHermiteRule(m, minWeight = DEFAULT_MIN_WEIGHT) {
    if (!Number.isInteger(m) || m < 1 || m > 200)
        throw new Error(`Gauss–Hermite node count must be an integer in [1, 200] (got ${m})`);
    const J = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (Math.abs(i - j) === 1 ? Math.sqrt(Math.max(i, j)) : 0)));
    const raw = symmetricEigen(J).values;
    const nodes = [];
    const weights = [];
    for (let q = 0; q < m; q++) {
        // Antisymmetrize: z_q = −z_{m−1−q} exactly, so odd moments vanish to round-off.
        const z0 = 0.5 * (raw[q] - raw[m - 1 - q]);
        let z = z0;
        const { value, previous } = orthonormalHermite(z, m);
        if (previous !== 0)
            z -= value / (Math.sqrt(m) * previous);
        if (!Number.isFinite(z) || Math.abs(z - z0) > 1e-6 * (1 + Math.abs(z0)))
            z = z0;
        if (2 * q + 1 === m)
            z = 0;
        const w = christoffelWeight(z, m);
        if (w < minWeight)
            continue;
        nodes.push(z);
        weights.push(w);
    }
    // Symmetric after the drop too: the tails are dropped in pairs because w is even in z.
    const total = weights.reduce((s, w) => s + w, 0);
    return { nodes: Float64Array.from(nodes), weights: Float64Array.from(weights, (w) => w / total) };
}
/** p_m(z) and p_{m−1}(z) for the orthonormal probabilists' Hermite polynomials p_k = He_k/√(k!). */
function orthonormalHermite(z, m) {
    let previous = 0;
    let value = 1;
    for (let k = 0; k < m; k++) {
        const next = (z * value - Math.sqrt(k) * previous) / Math.sqrt(k + 1);
        previous = value;
        value = next;
    }
    return { value, previous };
}
function christoffelWeight(z, m) {
    let previous = 0;
    let value = 1;
    let sum = 1;
    for (let k = 0; k < m - 1; k++) {
        const next = (z * value - Math.sqrt(k) * previous) / Math.sqrt(k + 1);
        previous = value;
        value = next;
        sum += value * value;
    }
    return 1 / sum;
}
//# sourceMappingURL=gaussHermite.js.map