import { censoredExponentialFit } from "../../stats/censoredExponential.ts";
import { normalQuantile } from "../../stats/quantiles.ts";
import type { ExitSample } from "./exitRuns.ts";

/** E N from one experiment, with its (1 − α) interval and how it was obtained. */
export interface MeanExitEstimate {
  mean: number;
  se: number;
  interval: [number, number];
  /**
   * "sample-mean": nothing censored, so the plain mean with a normal interval (distribution-free, n ≥ 10³ in
   * every budget). "censored-exponential": some runs hit the horizon; the exponential MLE (total observed time /
   * exits) with Garwood's χ² interval, which uses the censored runs instead of dropping them.
   */
  method: "sample-mean" | "censored-exponential";
  runs: number;
  exits: number;
  censored: number;
}

export function meanExitTime(sample: ExitSample, alpha: number): MeanExitEstimate {
  const { runs, exits, censored } = sample;
  if (censored === 0) {
    let s = 0;
    for (const t of sample.exitTimes) s += t;
    const mean = s / runs;
    let ss = 0;
    for (const t of sample.exitTimes) ss += (t - mean) ** 2;
    const se = Math.sqrt(ss / (runs - 1) / runs);
    const z = normalQuantile(1 - alpha / 2);
    return {
      mean,
      se,
      interval: [mean - z * se, mean + z * se],
      method: "sample-mean",
      runs,
      exits,
      censored,
    };
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
