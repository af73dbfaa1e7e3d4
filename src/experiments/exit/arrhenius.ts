import { exactExitReferenceOrNull } from "../../reference/exit/exitReference.ts";
import type { Measurement } from "../../report/schema.ts";
import { meanExitTime } from "../../stats/meanExitTime.ts";
import { type SplittingExitData, splittingMeanExit } from "../../stats/splittingExit.ts";
import { trendFit } from "../../stats/trend.ts";
import { type Experiment, relativeBand } from "../experiment.ts";
import type { RunSize } from "../runSize.ts";
import { type TrendPoint, trendExperiment } from "../trend.ts";
import { caseExitRuns, exitProblem } from "./exitModel.ts";
import { meanExitRow, splittingRow } from "./exitRow.ts";
import type { ExitSample } from "./exitRuns.ts";
import { expectedIterations, type HorizonRule, horizonFor, kramersIterations } from "./horizon.ts";
import type { MinimumCase } from "./minimumCase.ts";
import { SPLITTING_SERIES, splittingRuns } from "./splittingRuns.ts";

/**
 * The Arrhenius experiment (M1 with exponent 2Δf/σ², M5 with V = 2∫f'/Σ, B2 on the batch axis): per case, the
 * mean exit count at each point, and the WLS slope of ln(η·E N) on the point's x (1/η, or B at fixed η) against
 * the predicted exponent with a relative band. 1-D cases carry the exact discrete-chain E N at each point and
 * its exact finite-η slope, so a reader sees how far the finite grid itself sits from the limit.
 */
export interface ArrheniusPoint {
  /** Where the point sits on the fit's axis (1/η; B). */
  x: number;
  eta: number;
  model: MinimumCase;
  /** Extra report columns (e.g. the batch size). */
  columns?: Record<string, number>;
  /** Estimate E N by this many multilevel-splitting runs instead of brute force (experiments/exit/splittingRuns.ts). */
  splittingRuns?: number;
}

export interface ArrheniusSpec {
  name: string;
  /** The fit's variable and axis label. */
  axis: { variable: string; label: string };
  panel: string;
  points: ArrheniusPoint[];
  exponent: { value: number; name: string };
  relativeBand: number;
  bandWhy: string;
  size: RunSize;
  horizon: HorizonRule;
  /** Stream of point j. */
  stream: (j: number) => string;
  caseName: string;
  caseKey: string;
  /**
   * Rows of 2-D points also carry the SDE's exact mean exit time over η (the 2-D backward equation): SGD has no
   * exact reference there, and the ratio shows how far the discrete process sits from its diffusion (M1).
   */
  sdeReference?: boolean;
  /** Notes from the fitted slope interval (e.g. the naive exponents M5 must be told apart from). */
  caseNotes?(interval: [number, number]): string[];
}

export function arrheniusExperiment(spec: ArrheniusSpec): Experiment {
  const { points } = spec;
  const exact = points.map((q) => exactExitReferenceOrNull(exitProblem(q.model, q.model.saddle), "sgd"));
  const exactMeans = points.map((q, j) => exact[j]?.meanIterations(q.eta) ?? null);
  const sde = (q: ArrheniusPoint) =>
    spec.sdeReference && q.model.landscape.dim === 2
      ? exactExitReferenceOrNull(exitProblem(q.model, q.model.saddle), "sme1")
      : null;
  /** The SDE columns of a row, solved when the row is written (never while the claim is planned). */
  const sdeColumns = (q: ArrheniusPoint, mean: number): Record<string, number> => {
    const ref = sde(q);
    if (!ref) return {};
    const value = ref.meanIterations(q.eta);
    return { "T_SDE/η (2-D backward equation)": value, "Ê N / (T_SDE/η)": mean / value };
  };
  const exactSlope = exactMeans.every((n) => n !== null)
    ? trendFit(
        points.map((q) => q.x),
        exactMeans.map((n, j) => Math.log(points[j]!.eta * n!)),
        points.map(() => 1),
        0.05,
      ).slope
    : null;
  return trendExperiment({
    name: spec.name,
    quantity: `slope of ln(η·E N) on ${spec.axis.variable}`,
    reference: `the predicted exponent ${spec.exponent.name} = ${spec.exponent.value.toPrecision(6)}${exactSlope === null ? "" : `; exact discrete-chain E N at every point`}`,
    band: relativeBand(spec.exponent.value, spec.relativeBand, spec.bandWhy),
    // Where the chain gives every point exactly, the finite grid's own slope is the estimator's limit: its
    // distance from the exponent is the bias sizing must leave room for.
    ...(exactSlope === null
      ? {}
      : {
          power: {
            bias: exactSlope - spec.exponent.value,
            why: "exact discrete chain at every point: its slope on this grid minus the limit exponent",
          },
        }),
    points: points.map((q, j) => {
      if (q.splittingRuns) return splittingPoint(q, spec, j, exactMeans[j] ?? null, sdeColumns);
      const horizon = horizonFor(q.model, q.eta, spec.horizon, spec.size.particles, "horizon");
      return {
        x: q.x,
        simulations: [
          caseExitRuns(q.model, spec.size, {
            eta: q.eta,
            horizon,
            stream: spec.stream(j),
            expected: expectedIterations(q.model, q.eta),
          }),
        ],
        measure([sample], alpha) {
          const est = meanExitTime(sample as ExitSample, alpha);
          return { y: Math.log(q.eta * est.mean), se: est.se / est.mean };
        },
        row([sample], alpha): Measurement {
          const s = sample as ExitSample;
          const est = meanExitTime(s, alpha);
          return {
            ...meanExitRow(q.eta, est, spec.caseName),
            ...q.columns,
            lo: est.interval[0],
            hi: est.interval[1],
            "ln(ηE N)": Math.log(q.eta * est.mean),
            kramers: kramersIterations(q.model, q.eta),
            ...(exactMeans[j] === null ? {} : exactColumns(exactMeans[j]!, est.interval)),
            ...sdeColumns(q, est.mean),
            horizon: s.horizon,
            estimator: est.method,
          };
        },
      };
    }),
    notes: (fit) => [
      `local slopes ${fit.localSlopes.map((s) => s.toFixed(3)).join(", ")}`,
      ...(exactSlope === null ? [] : [`exact slope on this grid (discrete chain) ${exactSlope.toFixed(4)}`]),
      ...(spec.caseNotes?.(fit.interval) ?? []),
    ],
    panel: {
      title: spec.panel,
      xLabel: spec.axis.label,
      yLabel: "ln(η·E N)",
      xScale: "linear",
      yScale: "linear",
    },
    slopeName: `${spec.exponent.name} =`,
    predictions: { [`${spec.caseKey}: ${spec.exponent.name}`]: spec.exponent.value },
  });
}

/** The exact chain's E N at a point and whether the point's (1 − α) interval holds it. */
function exactColumns(exact: number, interval: [number, number]): Record<string, number | boolean> {
  return { "exact chain E N": exact, "exact ∈ interval": exact >= interval[0] && exact <= interval[1] };
}

/** A point past brute force: E N by multilevel splitting, drawn as its own series. */
function splittingPoint(
  q: ArrheniusPoint,
  spec: ArrheniusSpec,
  j: number,
  exact: number | null,
  sdeColumns: (q: ArrheniusPoint, mean: number) => Record<string, number>,
): TrendPoint {
  return {
    x: q.x,
    series: SPLITTING_SERIES,
    simulations: [
      splittingRuns({
        model: q.model,
        eta: q.eta,
        runs: q.splittingRuns!,
        stream: spec.stream(j),
        expected: expectedIterations(q.model, q.eta),
      }),
    ],
    measure([data], alpha) {
      const est = splittingMeanExit(data as SplittingExitData, alpha);
      return { y: Math.log(q.eta * est.mean), se: est.se / est.mean };
    },
    row([data], alpha): Measurement {
      const est = splittingMeanExit(data as SplittingExitData, alpha);
      return {
        ...splittingRow(q.eta, est, spec.caseName),
        ...q.columns,
        "ln(ηE N)": Math.log(q.eta * est.mean),
        kramers: kramersIterations(q.model, q.eta),
        ...(exact === null ? {} : exactColumns(exact, est.interval)),
        ...sdeColumns(q, est.mean),
        estimator: est.method,
      };
    },
  };
}

export const ARRHENIUS_NOTES = [
  "E N is the plain mean when no run is censored, else the censored exponential MLE (total observed iterations / exits) with Garwood's χ² interval; censored runs are counted, never dropped.",
  "Exits are checked at integer iterations (SGD's semantics). Streams are per case, η and block, so the points of a fit are independent.",
];
