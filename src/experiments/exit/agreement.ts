import type { Measurement, PlotSeries } from "../../report/schema.ts";
import { type MeanExitEstimate, meanExitTime } from "../../stats/meanExitTime.ts";
import type { Simulation } from "../experiment.ts";
import { type Band, type Experiment, experiment, type PlotPart, type Power } from "../experiment.ts";
import type { ExitSample } from "./exitRuns.ts";

/**
 * Simulated E N against an exact value at one point: the ratio Ê N / E N_exact with the interval of Ê N scaled by
 * the same constant, decided against a band around 1 (M3 against the exact chain or the 2-D backward equation,
 * S2 against the linear saddle's chain). The reference is exact (its own error is stated in the band's reason),
 * so all the uncertainty is the Monte Carlo's.
 */
export interface AgreementSpec {
  name: string;
  quantity: string;
  runs: Simulation<ExitSample>;
  /** The exact value and what it is. */
  reference: { value: number; name: string };
  band: Band;
  /** The estimator's known bias at this design, when there is one (e.g. the censored MLE's exact limit). */
  power?: Power;
  notes?(est: MeanExitEstimate): string[];
  row(sample: ExitSample, est: MeanExitEstimate): Measurement;
  /** The panel this point is drawn in: simulated E N with its interval, and the reference line. */
  panel: PlotPart["panel"];
  x: number;
  referenceSeries: string;
  extraSeries?: PlotSeries[];
}

export function meanAgreementExperiment(spec: AgreementSpec): Experiment {
  const ref = spec.reference.value;
  return experiment({
    name: spec.name,
    quantity: spec.quantity,
    simulations: [spec.runs],
    reference: spec.reference.name,
    band: spec.band,
    ...(spec.power ? { power: spec.power } : {}),
    statistic([sample], alpha) {
      const est = meanExitTime(sample, alpha);
      return {
        estimate: est.mean / ref,
        se: est.se / ref,
        interval: [est.interval[0] / ref, est.interval[1] / ref],
        method: "monte-carlo",
        notes: spec.notes?.(est) ?? [],
      };
    },
    present([sample], result) {
      const est = meanExitTime(sample, result.alpha);
      return {
        measurements: [spec.row(sample, est)],
        plots: [
          {
            panel: spec.panel,
            series: [
              {
                name: "SGD (Monte Carlo)",
                mark: "points",
                x: [spec.x],
                y: [est.mean],
                yLo: [est.interval[0]],
                yHi: [est.interval[1]],
              },
              { name: spec.referenceSeries, mark: "line", x: [spec.x], y: [ref] },
              ...(spec.extraSeries ?? []),
            ],
          },
        ],
      };
    },
  });
}
