import { normalCdf, normalQuantile } from "./quantiles.ts";

/**
 * Power of an equivalence assertion (DESIGN.md §6; TensorFlow Probability's statistical testing): the
 * interval estimate ± z(α/2)·SE must lie inside the band [lo, hi] for a PASS. With the estimate ~ N(truth, SE²)
 * and truth = prediction + bias, the probability of a non-PASS when the theory holds is
 *
 *   β(SE) = Φ(z(α/2) − (truth − lo)/SE) + Φ(z(α/2) − (hi − truth)/SE),
 *
 * and the SE that plans β is the largest with β(SE) ≤ β — about room/(z(α/2) + z(β)) when one edge is much
 * nearer than the other, room/(z(α/2) + z(β/2)) when both are equally near (both tails count). An edge that is a bound of the quantity itself (a fraction's 1, a distance's 0: the
 * prediction sits on it) cannot be crossed and leaves no room to plan for: only the other edge counts.
 */
export interface BandRoom {
  /** Distance from the truth down to the lower edge, and up to the upper edge (Infinity: a natural bound). */
  below: number;
  above: number;
}

/** Room on each side of the truth (prediction + bias) inside [lo, hi]; an edge at the prediction is a bound. */
export function bandRoom(
  band: { predicted: number; lo: number; hi: number; bound?: "lo" | "hi" },
  bias = 0,
): BandRoom {
  const truth = band.predicted + bias;
  return {
    below: band.lo === band.predicted || band.bound === "lo" ? Number.POSITIVE_INFINITY : truth - band.lo,
    above: band.hi === band.predicted || band.bound === "hi" ? Number.POSITIVE_INFINITY : band.hi - truth,
  };
}

/** The planned probability of a non-PASS at this SE and α. */
export function nonPassProbability(room: BandRoom, se: number, alpha: number): number {
  if (!(se > 0)) return room.below > 0 && room.above > 0 ? 0 : 1;
  const z = normalQuantile(1 - alpha / 2);
  const tail = (r: number) => (r === Number.POSITIVE_INFINITY ? 0 : normalCdf(z - r / se));
  return Math.min(1, tail(room.below) + tail(room.above));
}

/**
 * The largest SE whose non-PASS probability is at most β, counting both edges: between r/(z(α/2) + z(β/2))
 * (each tail ≤ β/2) and r/(z(α/2) + z(β)) (the nearer tail alone is β), r the nearer room, found by bisection
 * on the monotone β(SE). 0 when there is no room at all.
 */
export function plannedSe(room: BandRoom, alpha: number, beta: number): number {
  const r = Math.min(room.below, room.above);
  if (!(r > 0)) return 0;
  const za = normalQuantile(1 - alpha / 2);
  let lo = r / (za + normalQuantile(1 - beta / 2));
  let hi = r / (za + normalQuantile(1 - beta));
  if (nonPassProbability(room, hi, alpha) <= beta) return hi;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (nonPassProbability(room, mid, alpha) <= beta) lo = mid;
    else hi = mid;
  }
  return lo;
}
