import { normalQuantile } from "./quantiles.ts";
import { weightedDesignFit } from "./regression.ts";

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
  /**
   * Slopes between neighbouring points, in the order given; a pair at the same x (one point measured two ways,
   * e.g. brute force and splitting at an overlap η) has no slope and is skipped.
   */
  localSlopes: number[];
}

/** Points a trend fit needs: intercept, slope, each nuisance term, and one degree of freedom for the SE. */
export function trendMinPoints(nuisanceTerms: number): number {
  return 3 + nuisanceTerms;
}

export function trendFit(
  x: readonly number[],
  y: readonly number[],
  se: readonly number[],
  alpha: number,
  options: { nuisance?: readonly (readonly number[])[] } = {},
): TrendFit {
  const nuisance = options.nuisance ?? [];
  if (x.length < trendMinPoints(nuisance.length))
    throw new RangeError(
      `a trend with ${nuisance.length} nuisance terms needs at least ${trendMinPoints(nuisance.length)} points, got ${x.length}`,
    );
  const w = se.map((s) => 1 / (s * s));
  const fit = weightedDesignFit([x.map(() => 1), x, ...nuisance], y, w);
  const reducedChi2 = fit.df > 0 ? fit.residualChi2 / fit.df : Number.NaN;
  const inflation = Number.isFinite(reducedChi2) ? Math.max(1, Math.sqrt(reducedChi2)) : 1;
  const slope = fit.coefficients[1]!;
  const s = Math.sqrt(fit.covariance[1]![1]!) * inflation;
  const z = normalQuantile(1 - alpha / 2);
  const localSlopes: number[] = [];
  for (let i = 0; i + 1 < x.length; i++)
    if (x[i + 1] !== x[i]) localSlopes.push((y[i + 1]! - y[i]!) / (x[i + 1]! - x[i]!));
  return {
    slope,
    intercept: fit.coefficients[0]!,
    se: s,
    interval: [slope - z * s, slope + z * s],
    reducedChi2,
    inflation,
    localSlopes,
  };
}
