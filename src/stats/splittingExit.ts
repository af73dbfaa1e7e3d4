import { studentTQuantile } from "./quantiles.ts";

/**
 * The rare-event estimate of a mean exit count E_x0 N from the split chain's renewal identity
 * (simulate/regenerativeCycles.ts):
 *
 *   E_x0 N = a + q·c/p,   a = E H (the head from x0), q = P(the head ends by regeneration),
 *                         c = E_ν L (a cycle's length),   p = P_ν(a cycle ends by exit),
 *
 * with a, q from head runs, c from cycle runs (plain means: both are short) and p the mean of independent
 * multilevel-splitting runs, each unbiased (simulate/multilevelSplitting.ts). The three samples are
 * independent, so p̂'s error — by far the largest — and the others' add in the delta method. The estimate is
 * consistent and its only bias is the ratio's, of order var(p̂)/p² ≈ (SE/estimate)², far below the SE itself.
 *
 * The interval is log-symmetric, E·exp(±t·SE/E) with t from Student's law on (splitting runs − 1) df: the mean of
 * p̂ over runs is right-skewed (each p̂ is nearly log-normal), and a log-scale interval keeps that skew on the
 * right side of E N = ∝ 1/p. Coverage over streams is checked by a spec against the exact chain.
 */
/** Sums over cycle runs (brute force): their lengths L, and how many ended by an exit rather than a regeneration. */
export interface CycleSums {
  runs: number;
  /** Σ L and Σ L² over the runs. */
  length: number;
  length2: number;
  exits: number;
  /** Σ L over the runs that ended by a regeneration (the head's variance needs it). */
  regeneratedLength: number;
}

export interface SplittingExitData {
  /** p̂ of each splitting run, in run order. */
  p: Float64Array;
  /** Replicas per splitting run. */
  replicas: number;
  head: CycleSums;
  cycles: CycleSums;
  /** Chain steps simulated in all (splitting, cycles and heads). */
  steps: number;
}

export interface SplittingExitEstimate {
  mean: number;
  se: number;
  interval: [number, number];
  method: "splitting";
  /** Splitting runs, and the pieces of the identity with their SEs. */
  runs: number;
  p: number;
  pSe: number;
  cycleMean: number;
  headMean: number;
  headRegenerated: number;
}

export function splittingMeanExit(data: SplittingExitData, alpha: number): SplittingExitEstimate {
  const M = data.p.length;
  if (M < 2) throw new RangeError(`splittingMeanExit: need ≥ 2 splitting runs, got ${M}`);
  let sp = 0;
  for (const v of data.p) sp += v;
  const p = sp / M;
  let ss = 0;
  for (const v of data.p) ss += (v - p) ** 2;
  const pSe = Math.sqrt(ss / (M - 1) / M);
  if (!(p > 0))
    throw new RangeError(
      `every one of ${M} splitting runs ended with all replicas killed (p̂ = 0): too few replicas for this exit probability`,
    );

  const { cycles: cy, head: hd } = data;
  const c = cy.length / cy.runs;
  const cVar = Math.max(0, cy.length2 / cy.runs - c * c) / (cy.runs - 1);
  const e = c / p;
  const eVar = e * e * (cVar / (c * c) + (pSe * pSe) / (p * p));

  // Head: N = H + R·E_ν N per run (R = 1 if it regenerated), so with E_ν N fixed its variance is that of
  // H + R·e, from the sums of H, H², R and R·H.
  const a = hd.length / hd.runs;
  const q = 1 - hd.exits / hd.runs;
  const mean = a + q * e;
  const second = hd.length2 / hd.runs + (2 * e * hd.regeneratedLength) / hd.runs + e * e * q;
  const headVar = Math.max(0, second - mean * mean) / (hd.runs - 1);
  const se = Math.sqrt(headVar + q * q * eVar);
  const t = studentTQuantile(1 - alpha / 2, M - 1);
  const spread = Math.exp((t * se) / mean);
  return {
    mean,
    se,
    interval: [mean / spread, mean * spread],
    method: "splitting",
    runs: M,
    p,
    pSe,
    cycleMean: c,
    headMean: a,
    headRegenerated: q,
  };
}
