import type { PlotSpec } from "../../report/schema.ts";
import { normalQuantile } from "../../stats/quantiles.ts";
import type { TrendFit } from "../exit/trendFit.ts";

/**
 * ln(η·E N) against 1/η with (1 − α) error bars, the fitted line, and the predicted Arrhenius slope drawn
 * through the data's weighted centre so the eye compares slopes, not offsets.
 */
export function arrheniusPanel(opts: {
  title: string;
  x: number[];
  y: number[];
  ses: number[];
  fit: TrendFit;
  predicted: number;
  alpha: number;
  xLabel?: string;
  yLabel?: string;
  slopeName?: string;
}): PlotSpec {
  const { x, y, ses, fit, predicted } = opts;
  const z = normalQuantile(1 - opts.alpha / 2);
  const w = ses.map((s) => 1 / (s * s));
  const W = w.reduce((a, b) => a + b, 0);
  const xc = x.reduce((s, v, i) => s + w[i]! * v, 0) / W;
  const yc = y.reduce((s, v, i) => s + w[i]! * v, 0) / W;
  const ends = [Math.min(...x), Math.max(...x)];
  return {
    title: opts.title,
    xLabel: opts.xLabel ?? "1/η",
    yLabel: opts.yLabel ?? "ln(η·E N)",
    xScale: "linear",
    yScale: "linear",
    series: [
      {
        name: "SGD (Monte Carlo)",
        mark: "points",
        x,
        y,
        yLo: y.map((v, i) => v - z * ses[i]!),
        yHi: y.map((v, i) => v + z * ses[i]!),
      },
      {
        name: `fit: slope ${fit.slope.toFixed(3)} [${fit.interval[0].toFixed(3)}, ${fit.interval[1].toFixed(3)}]`,
        mark: "line",
        x: ends,
        y: ends.map((v) => fit.intercept + fit.slope * v),
      },
      {
        name: `${opts.slopeName ?? "predicted slope"} ${predicted.toFixed(3)}`,
        mark: "line",
        x: ends,
        y: ends.map((v) => yc + predicted * (v - xc)),
      },
    ],
  };
}
