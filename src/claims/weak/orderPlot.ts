import type { PlotSeries, PlotSpec } from "../../report/schema.ts";
import type { OrderFit } from "../../stats/regression.ts";

/**
 * One panel of an order claim: the measured errors, the fitted line with its interval in the legend, the
 * predicted slope drawn through the finest point (so a reader sees whether the data bend towards it), and any
 * control curves.
 */
export function orderPanel(opts: {
  title: string;
  yLabel: string;
  etas: number[];
  errors: number[];
  errorName: string;
  fit: OrderFit;
  predicted: number;
  controls?: { name: string; y: number[] }[];
}): PlotSpec {
  const { etas, errors, fit, predicted } = opts;
  const series: PlotSeries[] = [{ name: opts.errorName, mark: "points", x: etas, y: errors }];
  if (fit.status === "ok") {
    const c0 = Math.exp(fit.intercept);
    series.push({
      name: `fit: slope ${fit.slope.toFixed(3)} [${fit.interval[0].toFixed(3)}, ${fit.interval[1].toFixed(3)}]`,
      mark: "line",
      x: etas,
      y: etas.map((e) => c0 * e ** fit.slope),
    });
  }
  const last = etas.length - 1;
  const anchor = errors[last]! / etas[last]! ** predicted;
  series.push({
    name: `predicted slope ${predicted}`,
    mark: "line",
    x: etas,
    y: etas.map((e) => anchor * e ** predicted),
  });
  for (const c of opts.controls ?? []) series.push({ name: c.name, mark: "points", x: etas, y: c.y });
  return {
    title: opts.title,
    xLabel: "step size η",
    yLabel: opts.yLabel,
    xScale: "log",
    yScale: "log",
    series,
  };
}
