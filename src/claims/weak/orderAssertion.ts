import { makeAssertion } from "../../stats/decision.ts";
import type { OrderFit } from "../../stats/regression.ts";
import type { AssertionResult } from "../../stats/types.ts";

/**
 * Band for a weak order: ±0.1 around the predicted order. The local slopes of log|error| drift from the
 * asymptotic order by the relative size of the next term of the expansion, O(κη) with a φ-dependent κ; the
 * default grids start at η = 0.05 (ηλ_max ≤ 0.11) where that drift is inside the band, and refine towards 0.
 */
export const WEAK_ORDER_BAND_HALF_WIDTH = 0.1;
export const WEAK_ORDER_BAND_WHY =
  "±0.1: local slopes drift from the order by the next term, O(κη); quadratic grids start at η = 0.05 (ηλ_max ≤ 0.11), nonlinear 1-D grids at 0.0125 (larger κ: on the double well the coarse local slope of x⁴ is 1.24 at η = 0.05)";

/**
 * The assertion "the order fitted to these errors is `predicted`". A fit that could not be made (noise floor,
 * fewer than three usable points, a vanishing error) is INCONCLUSIVE with the reason, never PASS or FAIL.
 */
export function orderAssertion(o: {
  name: string;
  quantity: string;
  fit: OrderFit;
  predicted: number;
  alpha: number;
  notes?: string[];
  /** Why ±0.1 fits this order (defaults to the weak-order reason). */
  bandWhy?: string;
}): AssertionResult {
  const bandWhy = o.bandWhy ?? WEAK_ORDER_BAND_WHY;
  const band: [number, number] = [
    o.predicted - WEAK_ORDER_BAND_HALF_WIDTH,
    o.predicted + WEAK_ORDER_BAND_HALF_WIDTH,
  ];
  const notes = [
    ...(o.fit.method === "exact"
      ? ["interval = range of the global fit and all local slopes (exact errors, no sampling noise)"]
      : []),
    `curvature: ${o.fit.curvature.curved ? "visible (pre-asymptotic data)" : "none beyond tolerance"}`,
    ...(o.notes ?? []),
  ];
  if (o.fit.status !== "ok")
    return {
      name: o.name,
      quantity: o.quantity,
      estimate: Number.NaN,
      se: Number.NaN,
      interval: [Number.NaN, Number.NaN],
      predicted: o.predicted,
      band,
      bandWhy,
      alpha: o.alpha,
      verdict: "INCONCLUSIVE",
      detectable: Number.POSITIVE_INFINITY,
      method: o.fit.method,
      notes: [`no order fit: ${o.fit.reason ?? "insufficient data"}`],
    };
  const result = makeAssertion({
    name: o.name,
    quantity: o.quantity,
    estimate: o.fit.slope,
    se: o.fit.se,
    interval: o.fit.interval,
    predicted: o.predicted,
    band,
    bandWhy,
    alpha: o.alpha,
    method: o.fit.method,
    notes,
  });
  if (result.verdict === "FAIL" && result.interval[0] > band[1])
    result.notes = [
      ...(result.notes ?? []),
      `order above the prediction: the O(η^${o.predicted}) bound holds, but not as a sharp rate — the leading error term vanishes for this case (e.g. a start or test function on which it cancels)`,
    ];
  return result;
}
