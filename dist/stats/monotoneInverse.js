/**
 * Inverting an increasing function by safeguarded Newton iteration (Numerical Recipes `rtsafe`): Newton steps
 * where they stay inside a shrinking bracket and make progress, bisection otherwise. Quantile functions in
 * quantiles.ts use it on a reparametrised axis (log x, logit x) so one absolute tolerance gives full relative
 * precision in the variable, from 1e-300 to 1e300.
 */
/** Bracket expansion stops at |u| = 2^11; every double's log/logit lies within ±745. */
const MAX_EXPANSIONS = 11;
const MAX_ITERATIONS = 300;
/** Absolute tolerance on u: with u = log x this is a relative tolerance of ~2e-16 on x. */
const TOLERANCE = 2e-16;
/**
 * Solve g(u) = target for u, where g is increasing and `slope` is g'. Starts from `start`, expands a bracket
 * by doubling steps, then refines. If the target lies beyond the range g reaches numerically the nearest
 * bracket end is returned (e.g. a quantile so extreme that its CDF underflows).
 */
export function solveIncreasing(g, slope, target, start) {
    let lo = start;
    let hi = start;
    let step = 1;
    if (g(start) > target) {
        for (let k = 0; k <= MAX_EXPANSIONS && g(lo) > target; k++) {
            hi = lo;
            lo -= step;
            step *= 2;
        }
    }
    else {
        for (let k = 0; k <= MAX_EXPANSIONS && g(hi) < target; k++) {
            lo = hi;
            hi += step;
            step *= 2;
        }
    }
    let u = start > lo && start < hi ? start : 0.5 * (lo + hi);
    let dx = hi - lo;
    let dxOld = dx;
    for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
        const residual = g(u) - target;
        if (residual === 0)
            return u;
        if (residual < 0)
            lo = u;
        else
            hi = u;
        const derivative = slope(u);
        const newton = u - residual / derivative;
        let next;
        // Bisect when Newton would leave the bracket or is not halving the step (NR rtsafe's progress test).
        if (!(newton > lo && newton < hi) || Math.abs(2 * residual) > Math.abs(dxOld * derivative)) {
            dxOld = dx;
            dx = 0.5 * (hi - lo);
            next = lo + dx;
        }
        else {
            dxOld = dx;
            dx = residual / derivative;
            next = newton;
        }
        const tolerance = TOLERANCE * Math.max(1, Math.abs(next));
        if (Math.abs(next - u) <= tolerance || hi - lo <= tolerance)
            return next;
        u = next;
    }
    return u;
}
//# sourceMappingURL=monotoneInverse.js.map