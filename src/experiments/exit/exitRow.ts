import type { Measurement } from "../../report/schema.ts";
import type { MeanExitEstimate } from "../../stats/meanExitTime.ts";

/** The columns every exit-time table starts with: η, runs, censored runs, Ê N and its SE, the case. */
export function meanExitRow(eta: number, est: MeanExitEstimate, caseName: string): Measurement {
  return { eta, n: est.runs, censored: est.censored, estimate: est.mean, se: est.se, case: caseName };
}
