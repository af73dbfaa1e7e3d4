import type { Measurement } from "../../report/schema.ts";
import type { MeanExitEstimate } from "../../stats/meanExitTime.ts";
import type { SplittingExitEstimate } from "../../stats/splittingExit.ts";

/** The columns every exit-time table starts with: η, runs, censored runs, Ê N and its SE, the case. */
export function meanExitRow(eta: number, est: MeanExitEstimate, caseName: string): Measurement {
  return { eta, n: est.runs, censored: est.censored, estimate: est.mean, se: est.se, case: caseName };
}

/**
 * The same columns for a rare-event point (multilevel splitting), with the pieces of the renewal identity
 * E N = a + q·c/p: n is the number of splitting runs, and no run is censored.
 */
export function splittingRow(eta: number, est: SplittingExitEstimate, caseName: string): Measurement {
  return {
    eta,
    n: est.runs,
    censored: 0,
    estimate: est.mean,
    se: est.se,
    case: caseName,
    lo: est.interval[0],
    hi: est.interval[1],
    "p̂ (exit before regeneration)": est.p,
    "SE(p̂)/p̂": est.pSe / est.p,
    "cycle length c": est.cycleMean,
  };
}
