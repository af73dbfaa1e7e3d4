import type { AssertionResult, Verdict } from "../stats/types.ts";

/**
 * The per-claim report written to `<ID>.json`. Other tooling reads these names: change them only with a
 * schemaVersion bump.
 */
export const SCHEMA_VERSION = "1.4.0";

export type Budget = "quick" | "standard" | "thorough";

export interface Provenance {
  seed: string;
  budget: Budget;
  workers: number;
  packageVersion: string;
  node: string;
  gitCommit: string | null;
  startedAt: string;
  wallSeconds: number;
  /** Exact command that reproduces this report. */
  command: string;
  /** Which source the claim comes from (paper section, Li–Tai–E, classical theory). */
  source: string;
}

/** One row of the per-η table. `estimate`/`se` are the claim's primary measured quantity at this η. */
export interface Measurement {
  eta: number;
  n: number;
  estimate: number;
  se: number;
  censored?: number;
  /** Further named columns (reference values, per-scheme errors, ...). */
  [column: string]: number | string | boolean | null | undefined;
}

/** A named series for plotting (x/y pairs), e.g. "SME-1 error", "gradient-flow control", "fit". */
export interface PlotSeries {
  name: string;
  /** "points" | "line" (fitted/predicted lines) */
  mark: "points" | "line";
  x: number[];
  y: number[];
  /** Optional error bars (same length as y): lower and upper. */
  yLo?: number[];
  yHi?: number[];
}

export interface PlotSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  xScale: "linear" | "log";
  yScale: "linear" | "log";
  /**
   * Ticks of the x axis when they are not a continuum: the values to mark (integers such as batch sizes), and
   * with `xTickLabels` (same length) the category each value stands for (B5's schedules).
   */
  xTicks?: number[];
  xTickLabels?: string[];
  series: PlotSeries[];
}

export interface ClaimReport {
  schemaVersion: string;
  id: string;
  title: string;
  statement: string;
  provenance: Provenance;
  config: unknown;
  predictions: Record<string, number>;
  measurements: Measurement[];
  assertions: AssertionResult[];
  verdict: Verdict;
  plots: PlotSpec[];
  /** fast-check seed/path for family properties, where used. */
  propertyRuns?: { name: string; seed: number; path?: string; numRuns: number; failed: boolean }[];
  notes: string[];
  /** Band settings of this run's config that differ from the standard budget's (absent: none differ). */
  bandsVsStandard?: { field: string; value: unknown; standard: unknown }[];
}

export interface RunSummary {
  schemaVersion: string;
  provenance: Omit<Provenance, "command" | "source" | "wallSeconds"> & {
    wallSeconds: number;
    command: string;
  };
  /** α each claim spent (split over its own assertions). */
  alphaPerClaim: number;
  /** The run's family-wise false-FAIL rate: the sum of the claims' α. */
  familyWiseAlpha: number;
  claims: { id: string; title: string; verdict: Verdict; wallSeconds: number; assertions: number }[];
  verdict: Verdict;
}
