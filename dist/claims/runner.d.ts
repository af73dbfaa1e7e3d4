import { type Experiment, type PlotPart } from "../experiments/experiment.ts";
import { WorkerPool } from "../parallel/pool.ts";
import type { Budget, ClaimReport, Measurement, PlotSpec, RunSummary } from "../report/schema.ts";
import type { AssertionResult, Verdict } from "../stats/types.ts";
import type { ClaimDefinition } from "./claim.ts";
/**
 * The one generic runner (DESIGN.md §10a): for any claim record it plans the experiments, runs every
 * simulation they name over blocks (one dispatcher, all simulations batched), evaluates each statistic at the
 * assertion's α, decides interval against band, and assembles the report. Nothing here knows a claim.
 *
 * α: every claim spends the same fixed α (CLAIM_ALPHA), split evenly over its own assertions (Bonferroni). So
 * a claim's intervals never depend on which or how many other claims exist or ran with it, and a run's
 * family-wise false-FAIL rate is the sum over the claims it ran (reported in the summary).
 */
export interface ClaimOutcome {
    predictions: Record<string, number>;
    measurements: Measurement[];
    assertions: AssertionResult[];
    plots: PlotSpec[];
    notes: string[];
}
export interface RunClaimOptions {
    seed: string;
    budget: Budget;
    pool: WorkerPool;
    /** The claim's α (default CLAIM_ALPHA), split over its assertions. */
    alpha?: number;
    onProgress?: (fraction: number) => void;
}
/** The experiments a config makes (validation happens here too: a claim may refuse a config while planning). */
export declare function planClaim<C>(def: ClaimDefinition<C>, config: C, seed: string, budget: Budget): Experiment[];
/** Runs one claim on a validated config. */
export declare function runClaim<C>(def: ClaimDefinition<C>, config: C, opts: RunClaimOptions, planned?: Experiment[]): Promise<ClaimOutcome>;
/** Statistic → estimate and interval; band; verdict. An undecidable estimate is INCONCLUSIVE with its reason. */
export declare function decideExperiment(e: Experiment, data: readonly unknown[], alpha: number): AssertionResult;
export declare function mergePlots(parts: readonly PlotPart[]): PlotSpec[];
export interface RunOptions {
    /** Built-in claim IDs, or claim definitions of your own (defineClaim). */
    claims: readonly (string | ClaimDefinition<never>)[];
    budget: Budget;
    seed: string;
    workers: number;
    /** Overrides applied over each claim's fixtures/claims config ({…} for all, or {claims: {ID: {…}}}). */
    userConfig?: unknown;
    /** Configs for claims given as definitions (they have no fixture file), by claim ID. */
    configs?: Record<string, unknown>;
    /** α per claim (default CLAIM_ALPHA). */
    alphaPerClaim?: number;
    /** The command line that reproduces the run (recorded in provenance). */
    command: string;
    /** Claims already validated and planned by prepareClaims with this run's seed (the CLI validates first). */
    prepared?: PreparedClaim[];
    /** A pool to run on (kept open); by default the run makes one of `workers` threads and closes it. */
    pool?: WorkerPool;
    onProgress?: (id: string, fraction: number) => void;
    onClaimDone?: (report: ClaimReport) => void;
}
export interface PreparedClaim {
    def: ClaimDefinition<unknown>;
    config: unknown;
    raw: unknown;
    /** The experiments, planned with the run's seed (planning sizes horizons from exact references: once). */
    experiments: Experiment[];
    seed: string;
}
/**
 * Validate every selected claim's config, and plan its experiments, before anything runs: bad input fails fast
 * with exit code 2 and never leaves a partial report.
 */
export declare function prepareClaims(claims: readonly (string | ClaimDefinition<never>)[], budget: Budget, userConfig?: unknown, configs?: Record<string, unknown>, seed?: string): PreparedClaim[];
export declare function runClaims(opts: RunOptions): Promise<{
    reports: ClaimReport[];
    summary: RunSummary;
}>;
/** The run summary of a set of claim reports (index.md and summary.json are written from it). */
export declare function summarizeRun(reports: readonly ClaimReport[], provenance: RunSummary["provenance"], alphaPerClaim?: number): RunSummary;
/** FAIL dominates, then INCONCLUSIVE; PASS only when everything passed. */
export declare function combineVerdicts(verdicts: Verdict[]): Verdict;
/** Exit code of a run: 0 all PASS, 1 some FAIL, 3 INCONCLUSIVE without FAIL (2 is bad input, set by the CLI). */
export declare function exitCodeFor(verdict: Verdict): number;
//# sourceMappingURL=runner.d.ts.map