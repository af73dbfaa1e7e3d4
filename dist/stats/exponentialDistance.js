/**
 * How far a law of exit times is from exponential, as an equivalence statement (DESIGN.md §6) rather than a
 * p-value: Kolmogorov distances D(F, m) = sup_t |F(t) − (1 − e^{−t/m})| between the law F of N and exponential
 * laws, with (1 − α) bounds. M2 then PASSes when the bound lies inside a
 * stated band, i.e. when the data *show* the law is close to Exp, instead of merely failing to reject it.
 *
 * The quantity is the distance to the *nearest* exponential law, inf_m sup_t |F(t) − (1 − e^{−t/m})|, so no
 * estimate of m enters the bound: with DKW (Massart's constant), P(sup_t |F̂_n(t) − F(t)| > ε) ≤ 2e^{−2nε²} for
 * ε = √(ln(2/α)/(2n)), and inf_m D(F, ·) lies within ε of inf_m D(F̂_n, ·). Type-I censoring at a common horizon
 * H leaves F̂_n(t) = #{N_i ≤ t}/n intact for t ≤ H, so the statement covers t ≤ H; beyond it both tails are
 * ≈ e^{−30} with the suite's horizons.
 */
/** ε with P(sup|F̂_n − F| > ε) ≤ α (Dvoretzky–Kiefer–Wolfowitz, Massart's tight constant). */
export function dkwEpsilon(n, alpha) {
    if (!(n > 0 && alpha > 0 && alpha < 1))
        throw new RangeError(`dkwEpsilon: need n > 0, α ∈ (0,1)`);
    return Math.sqrt(Math.log(2 / alpha) / (2 * n));
}
/**
 * sup over t ≤ horizon of |F̂_n(t) − (1 − e^{−t/mean})| for integer-valued exit times (sorted ascending) out of
 * `runs` runs (the rest censored at `horizon`). F̂ is a step function with jumps at the exit times, so the sup
 * is attained at a jump or just before the next one.
 */
export function exponentialKolmogorovDistance(sortedExitTimes, runs, horizon, mean) {
    if (!(mean > 0))
        throw new RangeError(`mean must be > 0, got ${mean}`);
    const F0 = (t) => -Math.expm1(-t / mean);
    let d = 0;
    let below = 0;
    let k = 0;
    const m = sortedExitTimes.length;
    while (k < m) {
        const t = sortedExitTimes[k];
        if (k > 0 && t < sortedExitTimes[k - 1])
            throw new RangeError("exit times must be sorted ascending");
        // Just before t the empirical CDF is `below`/runs.
        d = Math.max(d, Math.abs(below / runs - F0(t)));
        while (k < m && sortedExitTimes[k] === t)
            k++;
        below = k;
        d = Math.max(d, Math.abs(below / runs - F0(t)));
    }
    d = Math.max(d, Math.abs(below / runs - F0(horizon)));
    return d;
}
/**
 * inf over means m of the distance above: how far the data are from the whole exponential family (the
 * memoryless laws), with the minimising mean. A grid over ln m ∈ [ln(guess/4), ln(4·guess)] brackets the
 * minimum and golden-section search refines it; D(m) is piecewise smooth, so the grid guards against a local dip.
 */
export function nearestExponentialDistance(sortedExitTimes, runs, horizon, guess) {
    const D = (logM) => exponentialKolmogorovDistance(sortedExitTimes, runs, horizon, Math.exp(logM));
    const lo0 = Math.log(guess / 4);
    const hi0 = Math.log(guess * 4);
    const GRID = 64;
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let i = 0; i <= GRID; i++) {
        const d = D(lo0 + ((hi0 - lo0) * i) / GRID);
        if (d < bestD)
            [best, bestD] = [i, d];
    }
    const h = (hi0 - lo0) / GRID;
    let a = lo0 + (best - 1) * h;
    let b = lo0 + (best + 1) * h;
    const g = (Math.sqrt(5) - 1) / 2;
    let c = b - g * (b - a);
    let e = a + g * (b - a);
    let Dc = D(c);
    let De = D(e);
    for (let it = 0; it < 60 && b - a > 1e-10; it++) {
        if (Dc <= De) {
            [b, e, De] = [e, c, Dc];
            c = b - g * (b - a);
            Dc = D(c);
        }
        else {
            [a, c, Dc] = [c, e, De];
            e = a + g * (b - a);
            De = D(e);
        }
    }
    const [logM, d] = Dc <= De ? [c, Dc] : [e, De];
    // The bracket holds the grid minimum, so the refined point is at least as good up to round-off.
    return d <= bestD
        ? { distance: d, mean: Math.exp(logM) }
        : { distance: bestD, mean: Math.exp(lo0 + best * h) };
}
//# sourceMappingURL=exponentialDistance.js.map