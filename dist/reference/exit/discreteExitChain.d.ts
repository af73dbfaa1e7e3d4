/**
 * Exact mean exit iteration count of 1-D SGD with Gaussian gradient noise (claim M3's discrete side; also M5/B4
 * with state-dependent noise and S2 for a saddle):
 *
 *   x_{k+1} = x_k − η f'(x_k) + η s(x_k) z_k,   z_k ~ N(0, 1) i.i.d.,
 *   N = first k ≥ 1 with x_k ≥ upper (or x_k ≤ lower, when a lower exit level is given).
 *
 * With D the inside interval and p(x, ·) the density of N(x − ηf'(x), η²s(x)²), T(x) = E_x N and M(x) = E_x N²
 * solve
 *
 *   T = 1 + PT,   M = 1 + 2PT + PM   (N = 1 + N', N' the count from x_1, 0 on exit),   (Pg)(x) = ∫_D p(x, y)g(y) dy,
 *
 * i.e. (I − P)T = 1 and (I − P)M = 2T − 1. Both are Fredholm equations of the second kind with a smooth kernel
 * on each side of the exit levels, and T is smooth on the closed interval D (it jumps to 0 only outside), so
 * the Nyström method on composite Gauss–Legendre panels whose edges are the exit levels converges spectrally:
 * with panels no wider than the step width τ = ηs the Gaussian is integrated to ~1e-13. Each row is then
 * rescaled so that its in-domain mass equals the exact Φ((b−μ)/τ) − Φ((a−μ)/τ), and the exit probability is
 * taken from the normal tails, not as 1 − a row sum: the escape information is ~1/E N of each row's mass, and
 * the GTH solve (bandedChain.ts) keeps it to full relative precision however large E N is. T(start) comes
 * from the Nyström interpolant T(x) = 1 + Σ_j P(x, y_j)T_j, so the start need not be a node.
 *
 * The system is banded: the kernel is cut at ±Kτ (K = 8; the cut mass, ~1e-15, is redistributed by the row
 * rescaling, not lost). The value is computed at two panel widths (2τ and τ by default); their difference is
 * the error estimate, conservative because the error falls faster than any power of the width. On the double
 * well the two levels agree to ~1e-12 relative (4168.939283 at η = 0.1, 1.146926099e6 at η = 0.05).
 *
 * A side without an exit level is truncated at a point `truncation`, and the probability of landing beyond it
 * returns to the edge node (a reflecting end). Placed where the quasi-stationary density is e^{−40} below its
 * peak (the default) this is invisible in double precision. The automatic choice walks outward from the start
 * along U(y) = (2/η)∫_start^y f'/s², the exponent of the quasi-stationary density, until U has risen 40 above its
 * running minimum, then adds K step widths.
 */
export interface DiscreteExitChainInput {
    /** f', the mean gradient. */
    gradient: (x: number) => number;
    /** s(x) > 0, the standard deviation of the gradient noise (the step noise is η·s(x)). */
    noiseStd: (x: number) => number;
    eta: number;
    /** x_0, strictly inside the interval. */
    start: number;
    /** Exit at the first x_k ≥ upper. Omit for no exit to the right. */
    upper?: number;
    /** Exit at the first x_k ≤ lower. Omit for no exit to the left. */
    lower?: number;
    /**
     * The grid end on the side without an exit level (left of start if `lower` is omitted, right if `upper` is);
     * mass landing beyond it returns to it. Default: chosen automatically (see the file comment).
     */
    truncation?: number;
    /** Gauss–Legendre panels per smallest step width η·s at the fine level (default 1); the check level has half. */
    resolution?: number;
    /** Points per panel (default 8). */
    order?: number;
}
export interface DiscreteExitChainLevel {
    panels: number;
    /** Nodes of the linear system. */
    nodes: number;
    mean: number;
    secondMoment: number;
}
export interface DiscreteExitChainResult {
    /** E N from start, at the fine level. */
    mean: number;
    /** E N². */
    secondMoment: number;
    /** Standard deviation of N, √(E N² − (E N)²). */
    std: number;
    /** |fine − coarse| for `mean`: bounds its discretisation error. */
    errorEstimate: number;
    /** The same for `secondMoment`. */
    secondMomentErrorEstimate: number;
    /** The grid interval [a, b]: exit levels or truncation points. */
    interval: [number, number];
    /** Coarse then fine level, for convergence reports. */
    levels: [DiscreteExitChainLevel, DiscreteExitChainLevel];
}
export declare function discreteExitChain(input: DiscreteExitChainInput): DiscreteExitChainResult;
/**
 * Truncation point on the side `direction` (−1 left, +1 right) of start: where U(y) = (2/η)∫_start^y f'/s² has
 * risen TRUNCATION_MARGIN above its running minimum, plus K step widths. U is also the exponent of the SDE's
 * quasi-stationary density (drift −f', diffusion² ηs²), so the same point is where the exact 1-D references put
 * a reflecting wall for either process (reference/exit/exitReference.ts): one wall rule for both.
 */
export declare function reflectingWall(gradient: (x: number) => number, noiseStd: (x: number) => number, eta: number, start: number, direction: -1 | 1): number;
//# sourceMappingURL=discreteExitChain.d.ts.map