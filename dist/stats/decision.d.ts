import type { AssertionResult, Verdict } from "./types.ts";
type Interval = readonly [number, number];
/** PASS if interval ⊂ band, FAIL if interval ∩ band = ∅, else INCONCLUSIVE. Bands may be half-infinite. */
export declare function decide(interval: Interval, band: Interval): Verdict;
/** One-sided "quantity > threshold" (also orderings, on a difference): PASS if lo > threshold, FAIL if hi < threshold. */
export declare function decideGreater(interval: Interval, threshold: number): Verdict;
/** One-sided "quantity < threshold": PASS if hi < threshold, FAIL if lo > threshold. */
export declare function decideLess(interval: Interval, threshold: number): Verdict;
/**
 * The smallest deviation δ of the true value from `predicted` that this assertion would report as FAIL,
 * assuming the estimate lands on the true value (so detection at ~50% power) and the interval keeps its
 * shape. Shifting the estimate to predicted + δ moves the interval's lower end to predicted + δ − (estimate −
 * lo), which clears band.hi when δ > (band.hi − predicted) + (estimate − lo); symmetrically below. The larger
 * of the two finite sides is reported, so any deviation at least this large, in either direction, is
 * detectable. For a centred band and a symmetric interval: bandHalfWidth + intervalHalfWidth.
 */
export declare function detectableDeviation(estimate: number, interval: Interval, predicted: number, band: Interval): number;
/** Everything an assertion states before it is decided (DESIGN.md §6): the result less verdict and detectability. */
export type AssertionInput = Omit<AssertionResult, "verdict" | "detectable">;
/** Decides an assertion by interval vs band and attaches its detectable deviation. */
export declare function makeAssertion(input: AssertionInput): AssertionResult;
/** Prefix of the note escalate() attaches when the cap is reached undecided; distinct from any FAIL. */
export declare const UNDERPOWERED = "underpowered";
/** True when an assertion stayed INCONCLUSIVE through every escalation stage. */
export declare function isUnderpowered(result: AssertionResult): boolean;
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
export declare function escalate(runStage: (stage: number, alphaStage: number) => Promise<AssertionResult> | AssertionResult, options: EscalationOptions): Promise<AssertionResult>;
export {};
//# sourceMappingURL=decision.d.ts.map