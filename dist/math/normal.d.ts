/**
 * The standard normal density, distribution function and quantile in double precision. They sit below both
 * stats/ (intervals) and reference/ (the exact exit chain integrates Gaussian kernels), so neither imports the
 * other.
 *
 * simple-statistics' `cumulativeStdNormalProbability` is a 4-digit table lookup and its `probit` uses a
 * closed-form erf⁻¹ good to ~3e-3 (z_{0.9995} = 3.2793 instead of 3.2905); the α_i of a Bonferroni budget
 * live in the far tail, so both are replaced here by Cody's and Wichura's double-precision algorithms.
 */
/** Standard normal density φ(x). */
export declare function normalDensity(x: number): number;
/** Standard normal distribution function Φ(x); for upper tails call normalCdf(−x), which keeps precision. */
export declare function normalCdf(x: number): number;
/** Standard normal quantile Φ⁻¹(p) (Wichura AS 241). */
export declare function normalQuantile(p: number): number;
//# sourceMappingURL=normal.d.ts.map