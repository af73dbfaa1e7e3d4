import type { WorkerPool } from "../parallel/pool.ts";
import type { Budget, Measurement, PlotSpec } from "../report/schema.ts";
import type { AssertionResult } from "../stats/types.ts";

/**
 * A claim is a declarative record: what the paper says (statement, source), how its config is validated, how
 * many assertions it makes (known before running, for the α budget), and how to measure and decide it. claims/
 * is the only layer that knows about simulate/, reference/, stats/ and report/ together.
 */
export interface ClaimDefinition<C = unknown> {
  id: string;
  title: string;
  /** The claim in the paper's words (with formula), as shown at the top of its report. */
  statement: string;
  /** Provenance: paper section / Li–Tai–E / classical theory. */
  source: string;
  family: "weak" | "minimizer" | "saddle" | "batch";
  /** Validate a merged config (defaults ← budget ← user); throw FieldError naming the field. */
  parseConfig(raw: unknown, path: string): C;
  assertionCount(config: C): number;
  run(config: C, ctx: ClaimContext): Promise<ClaimOutcome>;
}

export interface ClaimContext {
  seed: string;
  budget: Budget;
  pool: WorkerPool;
  /** This claim's share of the run's α (α_total / number of registered claims). */
  alpha: number;
  /** α for each of this claim's assertions (Bonferroni within the claim). */
  alphaPerAssertion: number;
  progress(fraction: number): void;
}

export interface ClaimOutcome {
  predictions: Record<string, number>;
  measurements: Measurement[];
  assertions: AssertionResult[];
  plots: PlotSpec[];
  notes: string[];
  propertyRuns?: { name: string; seed: number; path?: string; numRuns: number; failed: boolean }[];
}
