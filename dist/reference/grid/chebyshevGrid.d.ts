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
export interface ChebyshevGrid {
    /** Polynomial degree N; there are N + 1 nodes. */
    degree: number;
    a: number;
    b: number;
    /** Nodes x_0 < … < x_N, x_0 = a, x_N = b. */
    nodes: Float64Array;
    /** Barycentric weights (−1)^j, halved at both ends. */
    weights: Float64Array;
}
export declare function chebyshevGrid(degree: number, a: number, b: number): ChebyshevGrid;
/** x_i − x_j to full relative precision: h·(ξ_i − ξ_j) = 2h·cos((α_i+α_j)/2)·sin((α_i−α_j)/2), α_j = π(2j−N)/(2N). */
export declare function nodeDifference(grid: ChebyshevGrid, i: number, j: number): number;
/**
 * Row ℓ(y) with p(y) = Σ_j ℓ_j(y)·p(x_j) for every polynomial p of degree ≤ N (the second barycentric formula).
 * Meant for y in [a, b]: outside, the Lagrange functions grow like e^{N·acosh|ξ|} and the row amplifies round-off.
 * Writes into `out` (length N + 1) and returns it.
 */
export declare function interpolationRow(grid: ChebyshevGrid, y: number, out?: Float64Array): Float64Array;
/**
 * Collocation derivative matrices (row-major, (N+1)²): (Du)_i = p'(x_i), (D2u)_i = p''(x_i) for the interpolant p
 * of u. Off-diagonal D_ij = (w_j/w_i)/(x_i − x_j) and D2_ij = 2·D_ij·(D_ii − 1/(x_i − x_j)) (Schneider–Werner);
 * the diagonals are minus the off-diagonal row sums, so constants are differentiated to exactly zero.
 */
export declare function differentiationMatrices(grid: ChebyshevGrid): {
    first: Float64Array;
    second: Float64Array;
};
/** Normalized coordinate ξ = (x − c)/h ∈ [−1, 1] of a point of [a, b]. */
export declare function normalizedCoordinate(grid: ChebyshevGrid, x: number): number;
//# sourceMappingURL=chebyshevGrid.d.ts.map