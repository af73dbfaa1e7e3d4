import type { Measurement, PlotSeries, PlotSpec } from "../report/schema.ts";
import { normalQuantile } from "../stats/quantiles.ts";
import { type TrendFit, trendFit, trendMinPoints } from "../stats/trend.ts";
import type { AssertionResult } from "../stats/types.ts";
import {
  type Band,
  type Experiment,
  experiment,
  type Power,
  type Presentation,
  type Simulation,
} from "./experiment.ts";

/**
 * The one trend-fit experiment: points (x_j, y_j ± se_j), each measured from its own simulations, and the WLS
 * slope of y on x decided against a band (stats/trend.ts: the slope SE is inflated by √(χ²/df) when the
 * points bend, and known finite-η corrections enter as nuisance columns). The Arrhenius law (ln(η·E N) on 1/η,
 * or on B), Kifer's saddle law (η·E N on ln(1/η), or on ln B) and the sharp/flat ratio (ln R on the
 * quadrature's ln R) are all this experiment with different points.
 */
export interface TrendPoint {
  x: number;
  simulations: readonly Simulation<unknown>[];
  /** y and its SE from this point's data, at the assertion's α. */
  measure(data: readonly unknown[], alpha: number): { y: number; se: number };
  /** The point's row in the report table (given the measured y). */
  row?(data: readonly unknown[], alpha: number): Measurement;
  /** Values of the nuisance regressors at this point. */
  nuisance?: readonly number[];
  /** The plot series the point is drawn in (default "SGD (Monte Carlo)"): e.g. points from another estimator. */
  series?: string;
}

export interface TrendSpec {
  name: string;
  quantity: string;
  reference: string;
  points: readonly TrendPoint[];
  /** The band, or a function of the points' data when the prediction is measured too (B7's 1-D rate). */
  band: Band | ((data: readonly unknown[]) => Band);
  /** Notes from the fit and the measured points (local slopes, exact slopes, contrasts). */
  notes?(fit: TrendFit, measured: { ys: number[]; ses: number[] }, alpha: number): string[];
  /** The panel the points and the fitted line are drawn in. */
  panel: Omit<PlotSpec, "series">;
  /** Legend of the predicted slope line ("2Δf/σ² ="). */
  slopeName: string;
  yLabel?: string;
  predictions?: Record<string, number>;
  /**
   * The slope estimator's known bias at this design (e.g. an exact reference's slope on the same grid); a function
   * when the reference is solved only once the data are judged (it is read after the first stage, never while
   * the claim is planned).
   */
  power?: Power | (() => Power);
  /** Series drawn beside the points and the fit (exact references, a rival model's line). */
  extraSeries?: () => PlotSeries[];
}

interface Fitted {
  fit: TrendFit;
  ys: number[];
  ses: number[];
}

export function trendExperiment(spec: TrendSpec): Experiment {
  // Checked when the claim is planned, not after its simulations: a grid too short to fit is bad input.
  const needed = trendMinPoints(spec.points[0]?.nuisance?.length ?? 0);
  if (spec.points.length < needed)
    throw new RangeError(
      `${spec.name}: the trend fit needs at least ${needed} grid points (η or B values), the config gives ${spec.points.length}`,
    );
  const sims = spec.points.flatMap((p) => p.simulations);
  const slices = (data: readonly unknown[]) => {
    let k = 0;
    return spec.points.map((p) => {
      const d = data.slice(k, k + p.simulations.length);
      k += p.simulations.length;
      return d;
    });
  };
  // statistic and present see the same data array: fit once.
  let last: { data: readonly unknown[]; alpha: number; value: Fitted } | undefined;
  const fitted = (data: readonly unknown[], alpha: number): Fitted => {
    if (last && last.data === data && last.alpha === alpha) return last.value;
    const measured = slices(data).map((d, j) => spec.points[j]!.measure(d, alpha));
    const ys = measured.map((m) => m.y);
    const ses = measured.map((m) => m.se);
    const nuisanceCount = spec.points[0]?.nuisance?.length ?? 0;
    const nuisance = Array.from({ length: nuisanceCount }, (_, k) => spec.points.map((q) => q.nuisance![k]!));
    const x = spec.points.map((p) => p.x);
    const value = { fit: trendFit(x, ys, ses, alpha, { nuisance }), ys, ses };
    last = { data, alpha, value };
    return value;
  };
  const power = spec.power;
  const out = experiment({
    name: spec.name,
    quantity: spec.quantity,
    simulations: sims,
    reference: spec.reference,
    band: spec.band,
    ...(power && typeof power !== "function" ? { power } : {}),
    statistic(data, alpha) {
      const { fit, ys, ses } = fitted(data, alpha);
      const notes = [...(spec.notes?.(fit, { ys, ses }, alpha) ?? [])];
      if (fit.inflation > 1)
        notes.push(
          `lack of fit: χ²/df = ${fit.reducedChi2.toFixed(2)}, slope SE inflated ×${fit.inflation.toFixed(2)}`,
        );
      return { estimate: fit.slope, se: fit.se, interval: fit.interval, method: "monte-carlo", notes };
    },
    present(data, result: AssertionResult): Presentation {
      const { fit, ys, ses } = fitted(data, result.alpha);
      const rows = slices(data).flatMap((d, j) => {
        const row = spec.points[j]!.row?.(d, result.alpha);
        return row ? [row] : [];
      });
      return {
        measurements: rows,
        plots: [
          {
            panel: spec.panel,
            series: [
              ...trendSeries({
                x: spec.points.map((p) => p.x),
                series: spec.points.map((p) => p.series ?? MONTE_CARLO_SERIES),
                y: ys,
                ses,
                fit,
                predicted: (typeof spec.band === "function" ? spec.band(data) : spec.band).predicted,
                alpha: result.alpha,
                slopeName: spec.slopeName,
              }),
              ...(spec.extraSeries?.() ?? []),
            ],
          },
        ],
        ...(spec.predictions ? { predictions: spec.predictions } : {}),
      };
    },
  });
  if (typeof power === "function") Object.defineProperty(out, "power", { enumerable: true, get: power });
  return out;
}

/**
 * The points with (1 − α) error bars, the fitted line, and the predicted slope drawn through the data's
 * weighted centre so the eye compares slopes, not offsets.
 */
const MONTE_CARLO_SERIES = "SGD (Monte Carlo)";

export function trendSeries(opts: {
  x: number[];
  /** Each point's series name (default: all "SGD (Monte Carlo)"). */
  series?: string[];
  y: number[];
  ses: number[];
  fit: TrendFit;
  predicted: number;
  alpha: number;
  slopeName: string;
}): PlotSpec["series"] {
  const { x, y, ses, fit, predicted } = opts;
  const z = normalQuantile(1 - opts.alpha / 2);
  const w = ses.map((s) => 1 / (s * s));
  const W = w.reduce((a, b) => a + b, 0);
  const xc = x.reduce((s, v, i) => s + w[i]! * v, 0) / W;
  const yc = y.reduce((s, v, i) => s + w[i]! * v, 0) / W;
  const ends = [Math.min(...x), Math.max(...x)];
  const names = opts.series ?? x.map(() => MONTE_CARLO_SERIES);
  const groups = [...new Set(names)].map((name) => {
    const at = names.flatMap((n, i) => (n === name ? [i] : []));
    return {
      name,
      mark: "points" as const,
      x: at.map((i) => x[i]!),
      y: at.map((i) => y[i]!),
      yLo: at.map((i) => y[i]! - z * ses[i]!),
      yHi: at.map((i) => y[i]! + z * ses[i]!),
    };
  });
  return [
    ...groups,
    {
      name: `fit: slope ${fit.slope.toFixed(3)} [${fit.interval[0].toFixed(3)}, ${fit.interval[1].toFixed(3)}]`,
      mark: "line",
      x: ends,
      y: ends.map((v) => fit.intercept + fit.slope * v),
    },
    {
      name: `${opts.slopeName} ${predicted.toFixed(3)}`,
      mark: "line",
      x: ends,
      y: ends.map((v) => yc + predicted * (v - xc)),
    },
  ];
}
