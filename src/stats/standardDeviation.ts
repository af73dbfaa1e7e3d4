import { normalQuantile } from "./quantiles.ts";

/**
 * The sample standard deviation s with its (1 − α) interval by the delta method on s² with the sample fourth
 * moment: Var(s²) ≈ (m₄ − s⁴)/n, so SE(s) ≈ √((m₄/s⁴ − 1)/(4n))·s, interval s ± z·SE(s). Distribution-free (it
 * uses the kurtosis the data show: 9 for an exponential, 3 for a normal); what a check of a reported SE against
 * an exact SD needs. Coverage is checked by the spec on exponential samples at n ≥ 10³.
 */
export interface StandardDeviationEstimate {
  sd: number;
  se: number;
  interval: [number, number];
  /** m₄/m₂², the sample kurtosis (non-excess). */
  kurtosis: number;
  n: number;
}

export function standardDeviationInterval(xs: ArrayLike<number>, alpha: number): StandardDeviationEstimate {
  const n = xs.length;
  if (n < 3) throw new RangeError(`a standard deviation with an interval needs ≥ 3 values, got ${n}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += xs[i]!;
  mean /= n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i]! - mean;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  const variance = m2 / (n - 1);
  const sd = Math.sqrt(variance);
  const kurtosis = m4 / n / (m2 / n) ** 2;
  const se = sd * Math.sqrt(Math.max(0, kurtosis - 1) / (4 * n));
  const z = normalQuantile(1 - alpha / 2);
  return { sd, se, interval: [sd - z * se, sd + z * se], kurtosis, n };
}
