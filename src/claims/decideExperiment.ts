import { type Band, type Experiment, isUndecided } from "../experiments/experiment.ts";
import { makeAssertion } from "../stats/decision.ts";
import type { AssertionResult } from "../stats/types.ts";

/** Results undecided for a reason more runs cannot change (Undecided.final): sequential stops on them. */
const FINAL = new WeakSet<AssertionResult>();
export const isFinalUndecided = (r: AssertionResult) => FINAL.has(r);

/** Statistic → estimate and interval; band; verdict. An undecidable estimate is INCONCLUSIVE with its reason. */
export function decideExperiment(e: Experiment, data: readonly unknown[], alpha: number): AssertionResult {
  const band: Band = typeof e.band === "function" ? e.band(data) : e.band;
  const est = e.statistic(data, alpha);
  const described = {
    ...(e.simulations.length ? { simulated: e.simulations.map((s) => s.describe) } : {}),
    reference: e.reference,
  };
  if (isUndecided(est)) {
    const undecided: AssertionResult = {
      name: e.name,
      quantity: e.quantity,
      ...described,
      estimate: Number.NaN,
      se: Number.NaN,
      interval: [Number.NaN, Number.NaN],
      predicted: band.predicted,
      band: [band.lo, band.hi],
      bandWhy: band.why,
      alpha,
      verdict: "INCONCLUSIVE",
      detectable: Number.POSITIVE_INFINITY,
      method: est.method,
      notes: [est.undecided, ...(est.notes ?? [])],
      ...(e.contrast ? { contrast: e.contrast } : {}),
    };
    if (est.final) FINAL.add(undecided);
    return undecided;
  }
  const decided = makeAssertion({
    name: e.name,
    quantity: e.quantity,
    estimate: est.estimate,
    se: est.se,
    interval: est.interval,
    predicted: band.predicted,
    band: [band.lo, band.hi],
    bandWhy: band.why,
    ...(band.bound ? { bandBound: band.bound } : {}),
    alpha,
    method: est.method,
    ...(est.notes ? { notes: est.notes } : {}),
  });
  const { name, quantity, ...rest } = decided;
  const result: AssertionResult = { name, quantity, ...described, ...rest };
  if (est.preAsymptotic) {
    const note = `pre-asymptotic: ${est.preAsymptotic.why}; ${est.preAsymptotic.settle}`;
    if (result.verdict === "FAIL") result.verdict = "INCONCLUSIVE";
    if (result.verdict === "INCONCLUSIVE") result.notes = [...(result.notes ?? []), note];
  }
  if (e.contrast) {
    result.contrast = e.contrast;
    result.notes = [...(result.notes ?? []), `designed contrast: ${e.contrast}`];
  }
  const extra = e.explain?.(result) ?? [];
  if (extra.length) result.notes = [...(result.notes ?? []), ...extra];
  return result;
}
