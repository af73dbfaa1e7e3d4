import { censoredExponentialFit } from "./censoredExponential.ts";
import { meanInterval } from "./estimators.ts";

/**
 * E N from exit-time runs with a common horizon, with its (1 − α) interval and how it was obtained:
 *   "sample-mean" — nothing censored: the plain mean with its t interval (distribution-free by the CLT; every
 *     budget has n ≥ 10² runs per point);
 *   "censored-exponential" — some runs reached the horizon: the exponential MLE (total observed time / exits)
 *     with Garwood's χ² interval, which uses the censored runs instead of dropping them. Exact when N is
 *     exponential, which the exit laws from a minimizer are to O(relaxation time / E N) (claim M2).
 */
export interface MeanExitEstimate {
  mean: number;
  se: number;
  interval: [number, number];
  method: "sample-mean" | "censored-exponential";
  runs: number;
  exits: number;
  censored: number;
}

export interface ExitTimes {
  runs: number;
  exits: number;
  censored: number;
  horizon: number;
  /** The exits' iteration counts (the censored runs are the other runs − exits, all at the horizon). */
  exitTimes: Float64Array;
}

/** ExitTimes from per-run exit counts in run order, 0 marking a run censored at `horizon` (the block tasks' form). */
export function exitTimesFromCounts(counts: ArrayLike<number>, horizon: number): ExitTimes {
  const exitTimes = Float64Array.from(Array.prototype.filter.call(counts, (n: number) => n > 0) as number[]);
  return {
    runs: counts.length,
    exits: exitTimes.length,
    censored: counts.length - exitTimes.length,
    horizon,
    exitTimes,
  };
}

export function meanExitTime(sample: ExitTimes, alpha: number): MeanExitEstimate {
  const { runs, exits, censored } = sample;
  if (censored === 0) {
    const m = meanInterval(Array.from(sample.exitTimes), alpha);
    return { mean: m.estimate, se: m.se, interval: m.interval, method: "sample-mean", runs, exits, censored };
  }
  const fit = censoredExponentialFit(
    sample.exitTimes,
    new Float64Array(censored).fill(sample.horizon),
    alpha,
  );
  return {
    mean: fit.mean,
    se: fit.se,
    interval: fit.interval,
    method: "censored-exponential",
    runs,
    exits,
    censored,
  };
}
