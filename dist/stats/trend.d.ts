/**
 * A straight-line trend y ≈ a + b·x through Monte-Carlo points with known SEs (ln(ηE N) on 1/η for the
 * Arrhenius law, ηE N on ln(1/η) for Kifer's law, ln(ηE N) on B for batch trapping). Weighted least squares
 * with w = 1/SE²; when the residual χ²/df exceeds 1 the slope SE is inflated by √(χ²/df), so a bent trend
 * (pre-asymptotic data, a wrong model) widens the interval instead of hiding behind small SEs. A known
 * finite-η correction can be fitted instead of tolerated: `nuisance` columns (e.g. η itself, the first-order
 * discrete-time correction of Kifer's law) enter the fit and their coefficients are discarded.
 */
export interface TrendFit {
    slope: number;
    intercept: number;
    se: number;
    interval: [number, number];
    reducedChi2: number;
    inflation: number;
    /** Slopes between neighbouring points, in the order given. */
    localSlopes: number[];
}
export declare function trendFit(x: readonly number[], y: readonly number[], se: readonly number[], alpha: number, options?: {
    nuisance?: readonly (readonly number[])[];
}): TrendFit;
//# sourceMappingURL=trend.d.ts.map