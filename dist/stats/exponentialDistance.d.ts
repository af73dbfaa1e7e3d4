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
export declare function dkwEpsilon(n: number, alpha: number): number;
/**
 * sup over t ≤ horizon of |F̂_n(t) − (1 − e^{−t/mean})| for integer-valued exit times (sorted ascending) out of
 * `runs` runs (the rest censored at `horizon`). F̂ is a step function with jumps at the exit times, so the sup
 * is attained at a jump or just before the next one.
 */
export declare function exponentialKolmogorovDistance(sortedExitTimes: ArrayLike<number>, runs: number, horizon: number, mean: number): number;
/**
 * inf over means m of the distance above: how far the data are from the whole exponential family (the
 * memoryless laws), with the minimising mean. A grid over ln m ∈ [ln(guess/4), ln(4·guess)] brackets the
 * minimum and golden-section search refines it; D(m) is piecewise smooth, so the grid guards against a local dip.
 */
export declare function nearestExponentialDistance(sortedExitTimes: ArrayLike<number>, runs: number, horizon: number, guess: number): {
    distance: number;
    mean: number;
};
//# sourceMappingURL=exponentialDistance.d.ts.map