import { normalQuantile } from "./quantiles.ts";

/**
 * The common ratio R of independent estimates m_j (SEs s_j) to exact references e_j, m_j ≈ R·e_j: the weighted
 * least-squares slope through the origin,
 *   R̂ = Σ m_j e_j / s_j²  /  Σ e_j² / s_j²,   SE(R̂) = 1 / √(Σ e_j² / s_j²),
 * with the normal (1 − α) interval R̂ ± z·SE. Each point weighs by its information about R, (e_j/s_j)², so a point
 * whose error is barely resolved adds little. Unbiased for any R when the s_j are known; with estimated s_j
 * (n ≥ 10³ per point in every claim) the coverage is checked by the spec over many streams.
 *
 * Also reported: each point's own ratio and the χ² of the points about R̂ (≈ k − 1 when they agree with one R), so
 * a reference that is right at one η and wrong at another shows up even when the pooled ratio happens to be 1.
 */
export interface PooledRatio {
  ratio: number;
  se: number;
  interval: [number, number];
  /** m_j / e_j per point. */
  pointRatios: number[];
  /** Σ (m_j − R̂ e_j)² / s_j², on k − 1 degrees of freedom. */
  chi2: number;
}

export function pooledRatio(
  estimates: readonly number[],
  ses: readonly number[],
  references: readonly number[],
  alpha: number,
): PooledRatio {
  const k = estimates.length;
  if (k === 0 || ses.length !== k || references.length !== k)
    throw new RangeError(
      `pooledRatio needs equally long non-empty arrays (got ${k}, ${ses.length}, ${references.length})`,
    );
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  let num = 0;
  let info = 0;
  for (let j = 0; j < k; j++) {
    const s = ses[j]!;
    const e = references[j]!;
    if (!(s > 0 && Number.isFinite(s))) throw new RangeError(`ses[${j}] must be finite and > 0, got ${s}`);
    if (!(Number.isFinite(e) && e !== 0))
      throw new RangeError(`references[${j}] must be finite and ≠ 0, got ${e}`);
    if (!Number.isFinite(estimates[j]!)) throw new RangeError(`estimates[${j}] must be finite`);
    num += (estimates[j]! * e) / (s * s);
    info += (e * e) / (s * s);
  }
  const ratio = num / info;
  const se = 1 / Math.sqrt(info);
  const z = normalQuantile(1 - alpha / 2);
  let chi2 = 0;
  for (let j = 0; j < k; j++) chi2 += ((estimates[j]! - ratio * references[j]!) / ses[j]!) ** 2;
  return {
    ratio,
    se,
    interval: [ratio - z * se, ratio + z * se],
    pointRatios: estimates.map((m, j) => m / references[j]!),
    chi2,
  };
}
