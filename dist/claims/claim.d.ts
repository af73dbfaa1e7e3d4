import type { Experiment } from "../experiments/experiment.ts";
import type { Budget } from "../report/schema.ts";
/**
 * A claim is a declarative record (DESIGN.md §10a): what the paper says (statement, source), how its config is
 * read, and the list of experiments it makes. Each experiment names what is simulated, the exact reference it
 * is compared with, the statistic that turns the data into an estimate with an interval, and the band with its
 * reason (experiments/experiment.ts). One generic runner (claims/runner.ts) executes any claim: it dispatches
 * the simulations over blocks, evaluates the statistics, decides every assertion and writes the report. The
 * number of assertions is the number of experiments: it is never written down a second time.
 *
 * claims/ is the only layer that knows about simulate/, reference/, stats/ and report/ together; the pieces
 * several claims share (cases, exit runs, trends, orders) live one layer below, in experiments/.
 */
export interface ClaimDefinition<C = unknown> {
    /** Stable ID (THEORY.md), also the prefix of every stream the claim draws from. */
    id: string;
    title: string;
    /** The claim in the paper's words (with formula), as shown at the top of its report. */
    statement: string;
    /** Provenance: paper section / Li–Tai–E / classical theory / later work. */
    source: string;
    family: string;
    /** Validate a merged config (defaults ← budget ← user); throw FieldError naming the field. */
    parseConfig(raw: unknown, path: string): C;
    /** What the claim measures, against what, within what: one experiment per assertion, in report order. */
    experiments(config: C, ctx: PlanContext): Experiment[];
    /** Notes that hold for every run of the claim (estimators, semantics), shown in the report. */
    notes?: readonly string[];
}
/** What a claim may know while it plans: the streams it may draw from and the budget it runs at. */
export interface PlanContext {
    seed: string;
    budget: Budget;
    /** The stream name `${seed}/${claim}/${parts…}`: simulations own their streams by name (DESIGN.md §3). */
    stream(...parts: (string | number)[]): string;
}
/** Identity, typed: a claim file exports `defineClaim({...})` so its config type flows into `experiments`. */
export declare function defineClaim<C>(definition: ClaimDefinition<C>): ClaimDefinition<C>;
//# sourceMappingURL=claim.d.ts.map