/**
 * Verdicts by interval versus band (equivalence testing, DESIGN.md §6): PASS when the (1 − α) interval lies
 * inside the tolerance band, FAIL when it lies wholly outside, INCONCLUSIVE otherwise; and sequential
 * escalation of INCONCLUSIVE assertions with more samples.
 *
 * A true claim (true value inside the band) is reported FAIL only if its interval misses the true value,
 * which happens with probability ≤ α: that is the false-fail rate the α budget controls.
 */
import { stageAlphas } from "./alphaBudget.ts";
import type { AssertionResult, Verdict } from "./types.ts";

type Interval = readonly [number, number];

function checkInterval(interval: Interval, what: string): void {
  const [lo, hi] = interval;
  if (Number.isNaN(lo) || Number.isNaN(hi) || lo > hi) {
    throw new RangeError(`${what} must be [lo, hi] with lo ≤ hi, got [${lo}, ${hi}]`);
  }
}

/** PASS if interval ⊂ band, FAIL if interval ∩ band = ∅, else INCONCLUSIVE. Bands may be half-infinite. */
export function decide(interval: Interval, band: Interval): Verdict {
  checkInterval(interval, "interval");
  checkInterval(band, "band");
  if (interval[0] >= band[0] && interval[1] <= band[1]) return "PASS";
  if (interval[1] < band[0] || interval[0] > band[1]) return "FAIL";
  return "INCONCLUSIVE";
}

/** One-sided "quantity > threshold" (also orderings, on a difference): PASS if lo > threshold, FAIL if hi < threshold. */
export function decideGreater(interval: Interval, threshold: number): Verdict {
  checkInterval(interval, "interval");
  if (interval[0] > threshold) return "PASS";
  if (interval[1] < threshold) return "FAIL";
  return "INCONCLUSIVE";
}

/** One-sided "quantity < threshold": PASS if hi < threshold, FAIL if lo > threshold. */
export function decideLess(interval: Interval, threshold: number): Verdict {
  checkInterval(interval, "interval");
  if (interval[1] < threshold) return "PASS";
  if (interval[0] > threshold) return "FAIL";
  return "INCONCLUSIVE";
}

/**
 * The smallest deviation δ of the true value from `predicted` that this assertion would report as FAIL,
 * assuming the estimate lands on the true value (so detection at ~50% power) and the interval keeps its
 * shape. Shifting the estimate to predicted + δ moves the interval's lower end to predicted + δ − (estimate −
 * lo), which clears band.hi when δ > (band.hi − predicted) + (estimate − lo); symmetrically below. The larger
 * of the two finite sides is reported, so any deviation at least this large, in either direction, is
 * detectable. For a centred band and a symmetric interval: bandHalfWidth + intervalHalfWidth.
 */
export function detectableDeviation(
  estimate: number,
  interval: Interval,
  predicted: number,
  band: Interval,
): number {
  const above = Number.isFinite(band[1]) ? band[1] - predicted + (estimate - interval[0]) : Number.NaN;
  const below = Number.isFinite(band[0]) ? predicted - band[0] + (interval[1] - estimate) : Number.NaN;
  const sides = [above, below].filter((d) => !Number.isNaN(d));
  return sides.length === 0 ? Number.POSITIVE_INFINITY : Math.max(...sides);
}

/** Everything an assertion states before it is decided (DESIGN.md §6): the result less verdict and detectability. */
export type AssertionInput = Omit<AssertionResult, "verdict" | "detectable">;

/** Decides an assertion by interval vs band and attaches its detectable deviation. */
export function makeAssertion(input: AssertionInput): AssertionResult {
  const verdict = decide(input.interval, input.band);
  const result: AssertionResult = {
    name: input.name,
    quantity: input.quantity,
    estimate: input.estimate,
    se: input.se,
    interval: [input.interval[0], input.interval[1]],
    predicted: input.predicted,
    band: [input.band[0], input.band[1]],
    bandWhy: input.bandWhy,
    alpha: input.alpha,
    verdict,
    detectable: detectableDeviation(input.estimate, input.interval, input.predicted, input.band),
    method: input.method,
  };
  if (input.bandBound) result.bandBound = input.bandBound;
  if (input.notes !== undefined && input.notes.length > 0) result.notes = [...input.notes];
  return result;
}

/**
 * What an assertion contributes to its claim's verdict: its own verdict, flipped for a designed contrast (whose
 * band is the rival model's prediction): FAIL there is the claim's finding, PASS refutes the claim.
 */
export function claimVerdict(result: Pick<AssertionResult, "verdict" | "contrast">): Verdict {
  if (!result.contrast) return result.verdict;
  return result.verdict === "FAIL" ? "PASS" : result.verdict === "PASS" ? "FAIL" : "INCONCLUSIVE";
}

/** Prefix of the note escalate() attaches when the cap is reached undecided; distinct from any FAIL. */
export const UNDERPOWERED = "underpowered";

/** True when an assertion stayed INCONCLUSIVE through every escalation stage. */
export function isUnderpowered(result: AssertionResult): boolean {
  return result.verdict === "INCONCLUSIVE" && (result.notes ?? []).some((n) => n.startsWith(UNDERPOWERED));
}

/** Escalation limits: the assertion's α (split over stages by stageAlphas) and the number of stages. */
export interface EscalationOptions {
  alpha: number;
  maxStages: number;
}

/**
 * Sequential escalation: run stage 0, 1, … with α_k from stageAlphas (geometric spending, total ≤ α) and stop
 * at the first PASS or FAIL. The caller chooses each stage's sample size (e.g. ×4 per stage). Still
 * INCONCLUSIVE at the cap → the last result, noted "underpowered: …", which specs report apart from FAIL.
 */
export async function escalate(
  runStage: (stage: number, alphaStage: number) => Promise<AssertionResult> | AssertionResult,
  options: EscalationOptions,
): Promise<AssertionResult> {
  const alphas = stageAlphas(options.alpha, options.maxStages);
  let last: AssertionResult | undefined;
  for (let stage = 0; stage < alphas.length; stage++) {
    const alphaStage = alphas[stage]!;
    const result = await runStage(stage, alphaStage);
    const note = `stage ${stage + 1} of ${alphas.length} (α_stage = ${alphaStage.toPrecision(3)})`;
    last = { ...result, notes: [...(result.notes ?? []), note] };
    if (result.verdict !== "INCONCLUSIVE") return last;
  }
  const final = last!;
  return {
    ...final,
    notes: [
      ...(final.notes ?? []),
      `${UNDERPOWERED}: still INCONCLUSIVE after ${alphas.length} stages (α = ${options.alpha})`,
    ],
  };
}
