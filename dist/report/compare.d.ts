import type { AssertionResult, Verdict } from "../stats/types.ts";
import type { ClaimReport } from "./schema.ts";
/**
 * Statistical regression guard (DESIGN.md §8, pytest-regressions' idea): a baseline is the list of each claim's
 * assertion estimates with their SEs, committed under fixtures/baselines/<budget>/. `compareReports` flags
 *  - a verdict change of any assertion or claim;
 *  - a drift of an estimate: Monte-Carlo estimates by a two-sided z-test on the difference with SE
 *    √(se_new² + se_base²) at α = alphaTotal / (number of compared assertions); exact (deterministic) estimates
 *    must agree to 1e-9 relative (they differ only if the numerics changed).
 */
export interface BaselineAssertion {
    name: string;
    estimate: number;
    se: number;
    method: AssertionResult["method"];
    verdict: Verdict;
}
export interface Baseline {
    id: string;
    budget: string;
    seed: string;
    verdict: Verdict;
    assertions: BaselineAssertion[];
}
export interface Finding {
    claim: string;
    quantity: string;
    kind: "verdict-change" | "drift" | "missing";
    message: string;
}
export declare function baselineOf(report: ClaimReport): Baseline;
export declare const EXACT_RELATIVE_TOLERANCE = 1e-9;
/**
 * `assertions` is the number of assertions α_total is split over (default: those compared): a comparison of one
 * claim from a full run passes the full run's count, so every assertion is tested at the same α.
 */
export declare function compareBaselines(current: Baseline[], baseline: Baseline[], alphaTotal?: number, assertions?: number): Finding[];
/** Read every <ID>.json claim report (not summary.json) in a directory. */
export declare function readReports(dir: string, what?: string): ClaimReport[];
/** Baselines are either claim reports or baseline files; both carry id and assertions. */
export declare function readBaselines(dir: string, what?: string): Baseline[];
export declare function writeBaselines(dir: string, reports: ClaimReport[]): void;
//# sourceMappingURL=compare.d.ts.map