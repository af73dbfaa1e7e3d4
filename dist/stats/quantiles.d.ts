/**
 * Distribution functions and quantiles: normal, Student t, χ² and beta.
 *
 * simple-statistics' `cumulativeStdNormalProbability` is a 4-digit table lookup and its `probit` uses a
 * closed-form erf⁻¹ good to ~3e-3 (z_{0.9995} = 3.2793 instead of 3.2905); the α_i of a Bonferroni budget
 * live in the far tail, so both are replaced here by Cody's and Wichura's double-precision algorithms.
 * Everything else reduces to the incomplete gamma/beta functions of specialFunctions.ts, inverted by
 * safeguarded Newton on a log or logit axis (monotoneInverse.ts). Accuracy is ~1e-14 relative in both tails.
 * The normal functions live in math/normal.ts (the exact references need them too) and are re-exported here.
 */
import { normalCdf, normalDensity, normalQuantile } from "../math/normal.ts";
export { normalCdf, normalDensity, normalQuantile };
/** Which tail a probability refers to: P(X ≤ x) ("lower") or P(X > x) ("upper"). */
export type Tail = "lower" | "upper";
/** Beta(a, b) distribution function I_x(a, b). */
export declare function betaCdf(x: number, a: number, b: number): number;
/** Beta(a, b) quantile: the x with I_x(a, b) = p. */
export declare function betaQuantile(p: number, a: number, b: number): number;
/** Upper-tail Beta(a, b) quantile: the x with P(X > x) = q (exact for tiny q, unlike betaQuantile(1 − q)). */
export declare function betaQuantileUpper(q: number, a: number, b: number): number;
/**
 * Student t distribution function with `df` degrees of freedom (df = ∞ gives Φ). For t < 0,
 * P(T ≤ t) = ½ I_x(df/2, ½) with x = df/(df + t²); the upper tail is taken by symmetry, not by 1 − lower.
 */
export declare function studentTCdf(t: number, df: number): number;
/** Student t quantile: the t with P(T ≤ t) = p, for df > 0 (df = ∞ gives Φ⁻¹). */
export declare function studentTQuantile(p: number, df: number): number;
/** χ²(df) distribution function, P(df/2, x/2). */
export declare function chiSquaredCdf(x: number, df: number): number;
/** χ²(df) survival function P(X > x) = Q(df/2, x/2), accurate for tiny upper-tail p-values. */
export declare function chiSquaredSurvival(x: number, df: number): number;
/** χ²(df) quantile: the x with P(X ≤ x) = p. */
export declare function chiSquaredQuantile(p: number, df: number): number;
/** Upper-tail χ²(df) quantile: the x with P(X > x) = q (exact for tiny q, unlike chiSquaredQuantile(1 − q)). */
export declare function chiSquaredQuantileUpper(q: number, df: number): number;
//# sourceMappingURL=quantiles.d.ts.map