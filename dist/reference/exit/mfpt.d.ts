/**
 * Exact mean first-passage time of a 1-D diffusion (claims M1/M3/M5/B4: the SDE side of "SGD escapes a minimum
 * after e^{V/η} steps"):
 *
 *   dX = b(X) dt + s(X) dW on [l, r], reflecting at l, absorbing at r,
 *   T(x) = 2∫_x^r ψ(y) G(y) dy,   ψ(y) = exp(−∫_l^y 2b/s²),   G(y) = ∫_l^y dz / (s²(z) ψ(z)),
 *
 * the solution of (s²/2)T'' + bT' = −1, T'(l) = 0, T(r) = 0. For SGD's SME-1 on a landscape f, b = −f' and
 * s² = ησ², so ψ = e^{2(f−f(l))/(ησ²)}: the integrand of the double integral is e^{2(f(y)−f(z))/(ησ²)}, which
 * overflows double precision for ησ² ≲ 0.05 on the double well even though T itself (~1e9) does not. Everything
 * is therefore carried as logarithms: Φ = −ln ψ and ln G are accumulated panel by panel, and each panel's
 * exponentials are scaled by the panel's largest exponent before summing (logSumExp.ts).
 *
 * Quadrature: composite Gauss–Legendre panels (gaussLegendre.ts). Φ and the inner integral G are indefinite
 * integrals, evaluated at the nodes with the rule's integration matrix (error O(h^p)); the outer integral uses
 * the rule's weights. The start x is a panel boundary, so the outer integral runs over whole panels. The value
 * is computed at `panels` and `panels/2` panels; their difference is the error estimate, a conservative one
 * because the error falls like h^p (p = 8 by default) — halving h shrinks it ~256-fold.
 */
export interface MeanFirstPassageInput {
    /** Drift b(x) (b = −f' for SME-1). */
    drift: (x: number) => number;
    /** Squared diffusion coefficient s²(x) > 0 (s² = ησ²(x) for SME-1). */
    diffusion2: (x: number) => number;
    lower: number;
    upper: number;
    /** Starting point x, lower ≤ x ≤ upper. */
    start: number;
    /** Which end absorbs; the other reflects. Default "upper" (escape to the right). */
    absorbing?: "upper" | "lower";
    /** Gauss–Legendre panels on [lower, upper] at the fine level (default 800); the check level uses half. */
    panels?: number;
    /** Points per panel (default 8). */
    order?: number;
}
export interface MeanFirstPassageResult {
    /** T(start) at `panels` panels (may be Infinity when it exceeds double range: use logValue). */
    value: number;
    /** ln T(start) (−∞ when start is the absorbing end). */
    logValue: number;
    /** T(start) at panels/2 panels. */
    coarse: number;
    /** |value − coarse|: bounds the error of `value` (the error falls like h^order). */
    errorEstimate: number;
    /** |value − coarse|/value, computed from the logarithms (finite even when `value` overflows). */
    relativeErrorEstimate: number;
    panels: number;
}
/** Mean first-passage time T(start) with its resolution check. */
export declare function meanFirstPassageTime(input: MeanFirstPassageInput): MeanFirstPassageResult;
//# sourceMappingURL=mfpt.d.ts.map