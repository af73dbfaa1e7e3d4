import { ratioOfMeans } from "../stats/ratio.ts";
import type { AssertionResult } from "../stats/types.ts";
import { type Experiment, experiment, type Presentation, type Simulation } from "./experiment.ts";

/**
 * The one-sided ratio experiment of the batch-schedule claims (B5, B8): a positive quantity of one group over
 * the same of another, PASS when the whole (1 − α) interval of the ratio is below 1. The interval is the delta
 * method on the log (stats/ratio.ts), so it never reaches 0: the band [0, 1] declares 0 a bound of the
 * quantity, and only the edge at 1 counts for planning and slack.
 */
export interface RatioBelowOneSpec {
  name: string;
  quantity: string;
  reference: string;
  simulations: readonly Simulation<unknown>[];
  /** The value shown as the prediction (a model's ratio, or a limiting case), for scale. */
  predicted: number | ((data: readonly unknown[]) => number);
  /** What the prediction is, appended to the band's reason. */
  predictedWhy?: string;
  /** Numerator and denominator (means with SEs) from the data, and notes on them (effect sizes, methods). */
  parts(data: readonly unknown[]): {
    numerator: { mean: number; se: number };
    denominator: { mean: number; se: number };
    notes: string[];
  };
  present?(data: readonly unknown[], result: AssertionResult): Presentation;
}

export function ratioBelowOneExperiment(spec: RatioBelowOneSpec): Experiment {
  const why =
    "the claim is the direction: PASS when the whole interval of the ratio is below 1 (one-sided comparison at the stated α)" +
    (spec.predictedWhy ? `; ${spec.predictedWhy}` : "");
  return experiment({
    name: spec.name,
    quantity: spec.quantity,
    simulations: spec.simulations,
    reference: spec.reference,
    band: (data) => ({
      predicted: typeof spec.predicted === "function" ? spec.predicted(data) : spec.predicted,
      lo: 0,
      hi: 1,
      bound: "lo",
      why,
    }),
    statistic(data, alpha) {
      const { numerator, denominator, notes } = spec.parts(data);
      const r = ratioOfMeans(numerator, denominator, alpha);
      return {
        estimate: r.ratio,
        se: r.ratio * r.seLog,
        interval: r.interval,
        method: "monte-carlo",
        notes: [...notes, "interval: delta method on the log of each mean"],
      };
    },
    ...(spec.present ? { present: spec.present } : {}),
  });
}
