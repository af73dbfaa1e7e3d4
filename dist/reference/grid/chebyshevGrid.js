/**
 * Functions on a truncated interval [a, b] represented by their values at the N+1 Chebyshev–Lobatto points
 * (Trefethen, "Approximation Theory and Approximation Practice"): the backward functions u(x) = E[φ(x_k) | x_0 = x]
 * of SGD and of its SDEs are analytic on the interval, so their polynomial interpolants converge geometrically in N,
 * and so do interpolation at off-grid points (the SGD step) and differentiation (the SDE generator).
 *
 * Everything is barycentric (Berrut & Trefethen 2004): interpolation rows are ratios of w_j/(y − x_j) sums, stable
 * for every y in [a, b]; differentiation matrices follow from the same weights. Node differences x_i − x_j are
 * formed from the trigonometric identity rather than by subtraction, since the points cluster like 1/N² at the
 * ends and the N²-sized entries of D would otherwise carry the relative error of that subtraction.
 */
export function chebyshevGrid(degree, a, b) {
    if (!Number.isInteger(degree) || degree < 2)
        throw new Error(`degree must be an integer ≥ 2 (got ${degree})`);
    if (!Number.isFinite(a) || !Number.isFinite(b) || !(a < b))
        throw new Error(`interval must be finite with a < b (got [${a}, ${b}])`);
    const n = degree + 1;
    const nodes = new Float64Array(n);
    const weights = new Float64Array(n);
    const center = 0.5 * (a + b);
    const half = 0.5 * (b - a);
    for (let j = 0; j < n; j++) {
        // ξ_j = −cos(jπ/N) written as sin(π(2j − N)/(2N)): exactly antisymmetric, ascending.
        const xi = Math.sin((Math.PI * (2 * j - degree)) / (2 * degree));
        nodes[j] = j === 0 ? a : j === degree ? b : center + half * xi;
        weights[j] = (j % 2 === 0 ? 1 : -1) * (j === 0 || j === degree ? 0.5 : 1);
    }
    return { degree, a, b, nodes, weights };
}
/** x_i − x_j to full relative precision: h·(ξ_i − ξ_j) = 2h·cos((α_i+α_j)/2)·sin((α_i−α_j)/2), α_j = π(2j−N)/(2N). */
export function nodeDifference(grid, i, j) {
    const N = grid.degree;
    const half = 0.5 * (grid.b - grid.a);
    const ai = (Math.PI * (2 * i - N)) / (2 * N);
    const aj = (Math.PI * (2 * j - N)) / (2 * N);
    return 2 * half * Math.cos(0.5 * (ai + aj)) * Math.sin(0.5 * (ai - aj));
}
/**
 * Row ℓ(y) with p(y) = Σ_j ℓ_j(y)·p(x_j) for every polynomial p of degree ≤ N (the second barycentric formula).
 * Meant for y in [a, b]: outside, the Lagrange functions grow like e^{N·acosh|ξ|} and the row amplifies round-off.
 * Writes into `out` (length N + 1) and returns it.
 */
export function interpolationRow(grid, y, out) {
    const { nodes, weights } = grid;
    const n = nodes.length;
    const row = out ?? new Float64Array(n);
    let sum = 0;
    for (let j = 0; j < n; j++) {
        const d = y - nodes[j];
        if (d === 0) {
            row.fill(0);
            row[j] = 1;
            return row;
        }
        const t = weights[j] / d;
        row[j] = t;
        sum += t;
    }
    const inv = 1 / sum;
    for (let j = 0; j < n; j++)
        row[j] *= inv;
    return row;
}
/**
 * Collocation derivative matrices (row-major, (N+1)²): (Du)_i = p'(x_i), (D2u)_i = p''(x_i) for the interpolant p
 * of u. Off-diagonal D_ij = (w_j/w_i)/(x_i − x_j) and D2_ij = 2·D_ij·(D_ii − 1/(x_i − x_j)) (Schneider–Werner);
 * the diagonals are minus the off-diagonal row sums, so constants are differentiated to exactly zero.
 */
export function differentiationMatrices(grid) {
    const n = grid.degree + 1;
    const w = grid.weights;
    const first = new Float64Array(n * n);
    const second = new Float64Array(n * n);
    const inverseDifference = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
        let diagonal = 0;
        for (let j = 0; j < n; j++) {
            if (j === i)
                continue;
            const inv = 1 / nodeDifference(grid, i, j);
            inverseDifference[i * n + j] = inv;
            const d = (w[j] / w[i]) * inv;
            first[i * n + j] = d;
            diagonal -= d;
        }
        first[i * n + i] = diagonal;
    }
    for (let i = 0; i < n; i++) {
        const dii = first[i * n + i];
        let diagonal = 0;
        for (let j = 0; j < n; j++) {
            if (j === i)
                continue;
            const d2 = 2 * first[i * n + j] * (dii - inverseDifference[i * n + j]);
            second[i * n + j] = d2;
            diagonal -= d2;
        }
        second[i * n + i] = diagonal;
    }
    return { first, second };
}
/** Normalized coordinate ξ = (x − c)/h ∈ [−1, 1] of a point of [a, b]. */
export function normalizedCoordinate(grid, x) {
    return (x - 0.5 * (grid.a + grid.b)) / (0.5 * (grid.b - grid.a));
}
//# sourceMappingURL=chebyshevGrid.js.map