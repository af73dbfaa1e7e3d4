import { censoredExponentialFit } from "../../stats/censoredExponential.ts";
import { meanInterval } from "../../stats/estimators.ts";
import type { ExitSample } from "./exitRuns.ts";

/** E N from one experiment, with its (1 − α) interval and how it was obtained. */
export interface MeanExitEstimate {
  mean: number;
  se: number;
  interval: [number, number];
  /**
   * "sample-mean": nothing censored, so the plain mean with its t interval (distribution-free by the CLT;
   * n ≥ 10³ in every budget). "censored-exponential": some runs hit the horizon; the exponential MLE (total observed time /
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
