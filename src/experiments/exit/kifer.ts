import type { Measurement } from "../../report/schema.ts";
import { meanExitTime } from "../../stats/meanExitTime.ts";
import { type Experiment, relativeBand } from "../experiment.ts";
import type { RunSize } from "../runSize.ts";
import { trendExperiment } from "../trend.ts";
import { caseExitRuns } from "./exitModel.ts";
import { meanExitRow } from "./exitRow.ts";
import type { ExitSample } from "./exitRuns.ts";
import { type SaddleCase, saddleHorizon, saddleIterations } from "./saddleCase.ts";

/**
 * Kifer's saddle law as a trend (S1: η·E N on ln(1/η); B3: η·E N on ln B at fixed η): per point, SGD started
 * exactly at the saddle until it leaves the neighbourhood, and the WLS slope of the continuous time η·E N on
 * the point's x against 1/(2γ), γ = |λ_min(∇²f(z))|, with a relative band.
 */
export interface KiferPoint {
  x: number;
  eta: number;
  model: SaddleCase;
  /** Report columns beyond the common ones. */
  columns: Record<string, number>;
  /** Nuisance regressors' values at this point (see stats/trend.ts). */
  nuisance?: number[];
}

export interface KiferSpec {
  name: string;
  panel: string;
  case: SaddleCase;
  points: KiferPoint[];
  axis: { variable: string; label: string };
  relativeBand: number;
  bandWhy: string;
  size: RunSize;
  stream: (j: number) => string;
  /** Notes from the per-point mean exit counts. */
  caseNotes?(means: number[]): string[];
}

export function kiferExperiment(spec: KiferSpec): Experiment {
  const c = spec.case;
  const predicted = 1 / (2 * c.geometry.gamma);
  return trendExperiment({
    name: spec.name,
    quantity: `slope of η·E N on ${spec.axis.variable}`,
    reference: `Kifer's leading slope 1/(2γ) = ${predicted.toPrecision(6)}, γ = |λ_min(∇²f(z))|`,
    band: relativeBand(predicted, spec.relativeBand, spec.bandWhy),
    points: spec.points.map((q, j) => ({
      x: q.x,
      ...(q.nuisance ? { nuisance: q.nuisance } : {}),
      simulations: [
        caseExitRuns(q.model, spec.size, {
          eta: q.eta,
          horizon: saddleHorizon(q.model, q.eta),
          stream: spec.stream(j),
          expected: saddleIterations(q.model, q.eta),
        }),
      ],
      measure([sample], alpha) {
        const est = meanExitTime(sample as ExitSample, alpha);
        return { y: q.eta * est.mean, se: q.eta * est.se };
      },
      row([sample], alpha): Measurement {
        const est = meanExitTime(sample as ExitSample, alpha);
        return {
          ...meanExitRow(q.eta, est, c.name),
          "η·E N": q.eta * est.mean,
          ...q.columns,
        };
      },
    })),
    notes: (_fit, { ys }) => spec.caseNotes?.(ys.map((y, j) => y / spec.points[j]!.eta)) ?? [],
    panel: {
      title: spec.panel,
      xLabel: spec.axis.label,
      yLabel: "η·E N (continuous time)",
      xScale: "linear",
      yScale: "linear",
    },
    slopeName: "Kifer slope 1/(2γ) =",
    predictions: { [`${c.key}: 1/(2γ)`]: predicted },
  });
}
