import type { PlotSeries } from "../report/schema.ts";
import type { OrderFit } from "../stats/regression.ts";
import type { AssertionResult } from "../stats/types.ts";
import { absoluteBand, type Band, type Estimate, type PlotPart, type Undecided } from "./experiment.ts";

/**
 * Order experiments: the slope of log|error| on log η (weak orders W1–W3, S3's transverse decay), decided
 * against predicted ± 0.1. The local slopes of log|error| drift from the asymptotic order by the relative size of
 * the next term of the expansion, O(κη) with a φ-dependent κ; the default grids start where that drift is
 * inside the band, and refine towards 0.
 */
export const WEAK_ORDER_BAND_HALF_WIDTH = 0.1;
export const WEAK_ORDER_BAND_WHY =
  "±0.1: local slopes drift from the order by the next term, O(κη); quadratic grids start at η = 0.05 (ηλ_max ≤ 0.11), nonlinear 1-D grids at 0.0125 (larger κ: on the double well the coarse local slope of x⁴ is 1.24 at η = 0.05)";

export function orderBand(predicted: number, why = WEAK_ORDER_BAND_WHY): Band {
  return absoluteBand(predicted, WEAK_ORDER_BAND_HALF_WIDTH, why);
}

/**
 * An order fit as an estimate: the slope with its interval (for exact errors the range of the global fit and
 * all local slopes), or — when no fit could be made (noise floor, fewer than three usable points, a vanishing
 * error) — undecided with the reason, never PASS or FAIL.
 */
export function orderEstimate(
  fit: OrderFit,
  notes: string[] = [],
  etas?: readonly number[],
): Estimate | Undecided {
  if (fit.status !== "ok")
    return { undecided: `no order fit: ${fit.reason ?? "insufficient data"}`, method: fit.method };
  const finest = etas ? Math.min(...etas) : Number.NaN;
  return {
    ...(fit.curvature.settled
      ? {}
      : {
          preAsymptotic: {
            why: `the local slopes ${fit.localSlopes.map((s) => s.toFixed(3)).join(", ")} (finest η first) have not settled`,
            settle: Number.isFinite(finest)
              ? `extend the η grid below ${finest} (e.g. to ${+(finest / 4).toPrecision(3)}) until consecutive local slopes agree`
              : "extend the η grid to smaller η until consecutive local slopes agree",
          },
        }),
    estimate: fit.slope,
    se: fit.se,
    interval: fit.interval,
    method: fit.method,
    notes: [
      ...(fit.method === "exact"
        ? ["interval = range of the global fit and all local slopes (exact errors, no sampling noise)"]
        : []),
      `curvature: ${fit.curvature.curved ? "visible (pre-asymptotic data)" : "none beyond tolerance"}`,
      ...notes,
    ],
  };
}

/** Why an order FAILing above its band is not a wrong theory: the bound holds, the rate is not sharp there. */
export function explainOrder(predicted: number) {
  return (result: AssertionResult): string[] =>
    result.verdict === "FAIL" && result.interval[0] > result.band[1]
      ? [
          `order above the prediction: the O(η^${predicted}) bound holds, but not as a sharp rate — the leading error term vanishes for this case (e.g. a start or test function on which it cancels)`,
        ]
      : [];
}

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
}): PlotPart {
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
    panel: { title: opts.title, xLabel: "step size η", yLabel: opts.yLabel, xScale: "log", yScale: "log" },
    series,
  };
}
