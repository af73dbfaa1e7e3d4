import type { ExitTimes } from "../../stats/meanExitTime.ts";
import { meanExitTime } from "../../stats/meanExitTime.ts";
import { pooledRatio } from "../../stats/pooledRatio.ts";
import type { AssertionResult } from "../../stats/types.ts";
import {
  type Experiment,
  experiment,
  type Presentation,
  relativeBand,
  type Simulation,
} from "../experiment.ts";

/**
 * Simulated E N against an exact chain at every point of a grid (claims V1–V3; M3's rare-event points): the
 * pooled ratio, ±5%. Each point's E N and SE come from `measure` (default: the brute-force mean exit time). The chain
 * must pass its own accuracy gate first; if it does not, more runs cannot help, so the assertion is undecided
 * for good (Undecided.final).
 */
export function chainAgreement<D = ExitTimes>(spec: {
  name: string;
  /** What the points range over, in words ("η grid", "depths h"). */
  over: string;
  sims: readonly Simulation<D>[];
  measure?: (data: D, alpha: number) => { mean: number; se: number };
  /** Rows and plots of the points, when this experiment is where they are reported. */
  present?: (data: readonly D[], result: AssertionResult) => Presentation;
  reference: string;
  exact: () => { values: readonly number[]; gridError: number };
  /** The chain's accuracy gate (relative error bound) and, for the band's reason, what it bounds. */
  gate: { tolerance: number; what: string };
}): Experiment {
  const { tolerance, what } = spec.gate;
  return experiment({
    name: spec.name,
    quantity: `pooled ratio of simulated E N to the exact chain over the ${spec.over}`,
    simulations: spec.sims,
    reference: spec.reference,
    band: relativeBand(
      1,
      0.05,
      `±5%: the chain is used only when ${what} is ≤ ${100 * tolerance}%; what remains is Monte Carlo`,
    ),
    statistic(data, alpha) {
      const { values, gridError } = spec.exact();
      if (!(gridError <= tolerance))
        return {
          undecided: `the chain's error bound ${(100 * gridError).toFixed(2)}% exceeds ${100 * tolerance}%`,
          method: "monte-carlo",
          final: true,
        };
      const measure = spec.measure ?? ((d: D, a: number) => meanExitTime(d as ExitTimes, a));
      const ms = data.map((d) => measure(d as D, alpha));
      const r = pooledRatio(
        ms.map((m) => m.mean),
        ms.map((m) => m.se),
        values,
        alpha,
      );
      return {
        estimate: r.ratio,
        se: r.se,
        interval: r.interval,
        method: "monte-carlo",
        notes: [
          `per-point ratios ${r.pointRatios.map((x) => x.toFixed(3)).join(", ")}; χ² = ${r.chi2.toFixed(2)} on ${ms.length - 1} df; the chain's error bound ${(100 * gridError).toFixed(2)}%`,
        ],
      };
    },
    ...(spec.present ? { present: (data, result) => spec.present!(data as readonly D[], result) } : {}),
  });
}
