import type { BlockDispatcher } from "../parallel/dispatch.ts";
import type { Measurement, PlotSeries, PlotSpec } from "../report/schema.ts";
import type { AssertionResult } from "../stats/types.ts";

/**
 * An experiment is one assertion of a claim, declared as data (DESIGN.md §10a):
 *   (a) what is simulated — `simulations`, each owning a named stream and run over blocks by the runner;
 *   (b) what it is compared with — `reference`, the exact value(s) or formula, named for the report;
 *   (c) how data become an estimate with a (1 − α) interval — `statistic`, a function from stats/;
 *   (d) the band the interval must lie in — `band`, with the one-line reason it is this wide.
 * Experiments that name the same simulation (same stream) share one run of it.
 */
export interface Experiment {
  /** Assertion name: stable, baselines are keyed on it. */
  name: string;
  /** What is estimated, in words. */
  quantity: string;
  simulations: readonly Simulation<unknown>[];
  /** The exact reference (or formula, or "direction only") the estimate is judged against, in words. */
  reference: string;
  statistic(data: readonly unknown[], alpha: number): Estimate | Undecided;
  band: Band | ((data: readonly unknown[]) => Band);
  /** Report pieces from the data and the decided assertion (table rows, plot series, predictions). */
  present?(data: readonly unknown[], result: AssertionResult): Presentation;
  /** Notes that depend on the verdict (e.g. why an order above the prediction is not a wrong theory). */
  explain?(result: AssertionResult): string[];
  /** What sizing needs beyond the band: the estimator's known bias at this design (DESIGN.md §6). */
  power?: Power;
  /**
   * A designed contrast: the band is a *rival* model's prediction that the claim says is wrong (V2: the Gaussian
   * SDE's exit exponent for Student-t noise). The assertion is decided like any other — its FAIL is shown as such,
   * with its margin — but it counts towards the claim as the finding: FAIL supports the claim, PASS refutes it
   * (stats/decision.ts claimVerdict). The string says why, for the report.
   */
  contrast?: string;
}

/**
 * The known bias of an experiment's estimator at the chosen design (truth − prediction when the theory holds:
 * e.g. the exact chain's finite-grid Arrhenius slope minus the limit), from an exact reference where one exists,
 * else a stated bound. Sizing keeps it out of the room the interval may use: (half-band − |bias|) ≥
 * (z(α/2) + z(β))·SE.
 */
export interface Power {
  bias: number;
  /** Where the bias comes from ("exact chain on this grid", "bound: …"). */
  why: string;
}

/** What a statistic returns: the estimate, its standard error and (1 − α) interval, and how it was obtained. */
export interface Estimate {
  estimate: number;
  se: number;
  interval: [number, number];
  method: "exact" | "monte-carlo";
  notes?: string[];
  /**
   * Present when the data have not reached the regime the prediction is about (local slopes still moving,
   * ratios turning back): then an interval outside the band is INCONCLUSIVE ("pre-asymptotic"), not FAIL.
   */
  preAsymptotic?: { why: string; settle: string };
}

/** No estimate could be formed (too few resolved points, an error that vanishes): INCONCLUSIVE, with why. */
export interface Undecided {
  undecided: string;
  method: "exact" | "monte-carlo";
  /**
   * Set when more runs cannot decide it (an exact reference failed its own accuracy gate, a proof does not
   * apply): the sequential design then stops at once instead of escalating to its cap.
   */
  final?: true;
  notes?: string[];
}

export function isUndecided(e: Estimate | Undecided): e is Undecided {
  return (e as Undecided).undecided !== undefined;
}

/** A tolerance band around the prediction, with the one-line reason for its width (never unexplained). */
export interface Band {
  predicted: number;
  lo: number;
  hi: number;
  why: string;
  /**
   * An edge that is a bound of the quantity itself, away from the prediction: a ratio of positive quantities
   * decided "below 1" has band [0, 1], and its interval (delta method on the log) never reaches 0. Such an edge
   * cannot be crossed: it leaves no room to plan for and no slack to report. (An edge *at* the prediction — a
   * fraction's 1, a distance's 0 — is read as a bound without saying so.)
   */
  bound?: "lo" | "hi";
}

/** A band predicted·(1 ± r). */
export function relativeBand(predicted: number, r: number, why: string): Band {
  const half = Math.abs(predicted) * r;
  return { predicted, lo: predicted - half, hi: predicted + half, why };
}

/** A band predicted ± h. */
export function absoluteBand(predicted: number, h: number, why: string): Band {
  return { predicted, lo: predicted - h, hi: predicted + h, why };
}

/**
 * Something the runner executes over blocks: it owns the stream `stream` (each block derives its own from it)
 * and produces data of type R. `run` submits block jobs to the dispatcher, which batches every simulation of
 * a claim into one pool map (so the workers stay busy), folds the results in block order, and returns R.
 */
export interface Simulation<R> {
  readonly stream: string;
  /** What is simulated, for the report ("SGD exits from x* at η = 0.1: 8000 runs, horizon 1.2e5"). */
  readonly describe: string;
  /** Independent runs (particles, batches): what the SE shrinks with, ∝ 1/√runs. */
  readonly runs: number;
  /**
   * Most iterations one run can take (the horizon for exit runs; every η's steps and SDE substeps for coupled
   * runs): with `runs`, the work a config asks for, checked against a cap before anything runs.
   */
  readonly stepsPerRun?: number;
  run(dispatch: BlockDispatcher): Promise<R>;
  /**
   * The same simulation with `runs` independent runs (sequential escalation: more samples where an interval
   * still straddles a band edge). Blocks keep their streams, so the first blocks are the same runs again.
   */
  resize(runs: number): Simulation<R>;
}

/** The data type a simulation produces. */
export type DataOf<S> = S extends Simulation<infer R> ? R : never;
type DataTuple<S extends readonly Simulation<unknown>[]> = { [K in keyof S]: DataOf<S[K]> };

/** Report pieces of one experiment. Plot parts with the same panel title are merged, same-named series joined. */
export interface Presentation {
  measurements?: Measurement[];
  plots?: PlotPart[];
  predictions?: Record<string, number>;
  /** Claim-level notes that depend on the config (shown once however many experiments give them). */
  notes?: string[];
}

export interface PlotPart {
  panel: Omit<PlotSpec, "series">;
  series: PlotSeries[];
}

/** An experiment whose statistic, band and presentation see their simulations' data typed, in order. */
export interface TypedExperiment<S extends readonly Simulation<unknown>[]> {
  name: string;
  quantity: string;
  simulations: S;
  reference: string;
  statistic(data: DataTuple<S>, alpha: number): Estimate | Undecided;
  band: Band | ((data: DataTuple<S>) => Band);
  present?(data: DataTuple<S>, result: AssertionResult): Presentation;
  explain?(result: AssertionResult): string[];
  power?: Power;
}

/** Declares an experiment (the typed form is erased to `Experiment` for the runner). */
export function experiment<const S extends readonly Simulation<unknown>[]>(
  e: TypedExperiment<S>,
): Experiment {
  return e as unknown as Experiment;
}
