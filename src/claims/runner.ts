import { FieldError } from "../config/fieldError.ts";
import { loadModules } from "../config/modules.ts";
import type { Experiment, PlotPart, Presentation } from "../experiments/experiment.ts";
import type { BlockStore } from "../parallel/blockStore.ts";
import { WorkerPool } from "../parallel/pool.ts";
import type { Budget, ClaimReport, Measurement, PlotSpec, Provenance, RunSummary } from "../report/schema.ts";
import { SCHEMA_VERSION } from "../report/schema.ts";
import { bonferroni, CLAIM_ALPHA, CLAIM_BETA } from "../stats/alphaBudget.ts";
import { claimVerdict } from "../stats/decision.ts";
import type { AssertionResult, Verdict } from "../stats/types.ts";
import type { ClaimDefinition, PlanContext } from "./claim.ts";
import {
  type BandDifference,
  bandsVsStandard,
  checkUserConfig,
  mergedConfig,
  userOverrideFor,
} from "./configFiles.ts";
import { suiteCommit, suiteVersion } from "./provenance.ts";
import { claimById, REGISTRY } from "./registry.ts";
import { budgetKnobs, runSequentially } from "./sequential.ts";
import { checkWorkLimits, DEFAULT_WORK_LIMITS, type WorkLimits } from "./workLimits.ts";

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
  /** The claim's α (default CLAIM_ALPHA) and planned β (default CLAIM_BETA), split over its assertions. */
  alpha?: number;
  beta?: number;
  onProgress?: (fraction: number) => void;
  /** Where blocks are kept and found across processes (parallel/blockStore.ts). */
  store?: BlockStore;
}

/** The experiments a config makes (validation happens here too: a claim may refuse a config while planning). */
export function planClaim<C>(def: ClaimDefinition<C>, config: C, seed: string, budget: Budget): Experiment[] {
  const ctx: PlanContext = {
    seed,
    budget,
    stream: (...parts) => [seed, def.id, ...parts].join("/"),
  };
  const experiments = def.experiments(config, ctx);
  const names = new Set<string>();
  for (const e of experiments) {
    if (names.has(e.name)) throw new Error(`${def.id}: two experiments are named "${e.name}"`);
    names.add(e.name);
  }
  return experiments;
}

/** Runs one claim on a validated config. */
export async function runClaim<C>(
  def: ClaimDefinition<C>,
  config: C,
  opts: RunClaimOptions,
  planned?: Experiment[],
): Promise<ClaimOutcome> {
  const experiments = planned ?? planClaim(def, config, opts.seed, opts.budget);
  const m = Math.max(1, experiments.length);
  const decided = await runSequentially(experiments, {
    alpha: bonferroni(opts.alpha ?? CLAIM_ALPHA, m),
    beta: bonferroni(opts.beta ?? CLAIM_BETA, m),
    knobs: budgetKnobs(opts.budget),
    pool: opts.pool,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.store ? { store: opts.store } : {}),
  });
  const parts = decided.flatMap((d) =>
    d.experiment.present ? [d.experiment.present(d.data, d.result)] : [],
  );
  opts.onProgress?.(1);
  return assemble(
    def,
    decided.map((d) => d.result),
    parts,
  );
}

/** Measurements in experiment order; plot parts merged by panel title (same-named series joined); notes once. */
function assemble<C>(def: ClaimDefinition<C>, assertions: AssertionResult[], parts: Presentation[]) {
  const measurements = parts.flatMap((p) => p.measurements ?? []);
  const predictions: Record<string, number> = {};
  for (const p of parts) Object.assign(predictions, p.predictions ?? {});
  const notes: string[] = [];
  for (const n of [...(def.notes ?? []), ...parts.flatMap((p) => p.notes ?? [])])
    if (!notes.includes(n)) notes.push(n);
  return {
    predictions,
    measurements,
    assertions,
    plots: mergePlots(parts.flatMap((p) => p.plots ?? [])),
    notes,
  };
}

export function mergePlots(parts: readonly PlotPart[]): PlotSpec[] {
  const panels = new Map<string, PlotSpec>();
  for (const part of parts) {
    let panel = panels.get(part.panel.title);
    if (!panel) panels.set(part.panel.title, (panel = { ...part.panel, series: [] }));
    for (const s of part.series) {
      const same = panel.series.find((q) => q.name === s.name && q.mark === s.mark);
      if (!same) {
        panel.series.push({
          ...s,
          x: [...s.x],
          y: [...s.y],
          ...(s.yLo ? { yLo: [...s.yLo] } : {}),
          ...(s.yHi ? { yHi: [...s.yHi] } : {}),
        });
        continue;
      }
      same.x.push(...s.x);
      same.y.push(...s.y);
      if (same.yLo && s.yLo) same.yLo.push(...s.yLo);
      if (same.yHi && s.yHi) same.yHi.push(...s.yHi);
    }
  }
  return [...panels.values()];
}

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
  /** Blocks found here are not run again; finished blocks are added (the merge of a sharded run). */
  store?: BlockStore;
}

/**
 * One shard of a run (`claims run --shard i/n`): every claim's first-stage blocks that the store's shard owns,
 * computed into the store; nothing is decided or reported (the merge does that, with every shard's blocks).
 */
export async function runShard(opts: Omit<RunOptions, "store"> & { store: BlockStore }): Promise<void> {
  if (!opts.store.shard) throw new Error("runShard needs a shard's store");
  const prepared =
    opts.prepared ??
    prepareClaims(
      opts.claims,
      opts.budget,
      await loadModules(opts.userConfig),
      await loadModules(opts.configs ?? {}),
      opts.seed,
    );
  const pool = opts.pool ?? new WorkerPool(opts.workers);
  try {
    for (const { def, experiments } of prepared) {
      await runSequentially(experiments, {
        alpha: CLAIM_ALPHA,
        beta: CLAIM_BETA,
        knobs: budgetKnobs(opts.budget),
        pool,
        store: opts.store,
        ...(opts.onProgress ? { onProgress: (f: number) => opts.onProgress!(def.id, f) } : {}),
      });
    }
  } finally {
    if (!opts.pool) await pool.close();
  }
}

export interface PreparedClaim {
  def: ClaimDefinition<unknown>;
  config: unknown;
  raw: unknown;
  /** The experiments, planned with the run's seed (planning sizes horizons from exact references: once). */
  experiments: Experiment[];
  seed: string;
  /** Band settings that differ from the standard budget's (built-in claims only). */
  bands: BandDifference[];
}

/**
 * Validate every selected claim's config, and plan its experiments, before anything runs: bad input fails fast
 * with exit code 2 and never leaves a partial report.
 */
export function prepareClaims(
  claims: readonly (string | ClaimDefinition<never>)[],
  budget: Budget,
  userConfig?: unknown,
  configs: Record<string, unknown> = {},
  seed = "plan",
  limits: WorkLimits = DEFAULT_WORK_LIMITS,
): PreparedClaim[] {
  const defs = claims.map((c) => (typeof c === "string" ? claimById(c) : c) as ClaimDefinition<unknown>);
  checkUserConfig(userConfig, [...new Set([...REGISTRY.map((d) => d.id), ...defs.map((d) => d.id)])]);
  return claims.map((c, k) => {
    const def = defs[k]!;
    const raw = typeof c === "string" ? mergedConfig(def.id, budget, userConfig) : (configs[def.id] ?? {});
    const userGiven = typeof c === "string" ? userOverrideFor(userConfig, def.id) !== undefined : true;
    try {
      const config = def.parseConfig(raw, "");
      const bands = typeof c === "string" ? bandsVsStandard(def.id, raw) : [];
      const experiments = planClaim(def, config, seed, budget);
      checkWorkLimits(def.id, experiments, limits);
      return { def, raw, config, experiments, seed, bands };
    } catch (e) {
      // A config the user changed that a reference or planner refuses (a grid too short, an η whose horizon
      // is not representable, a gradient that overflows where the claim looks) is bad input: one line naming
      // the claim, exit 2. Without user input such an error is a bug of the suite, and keeps its stack.
      if (e instanceof FieldError || !userGiven || !(e instanceof Error)) throw e;
      throw new FieldError(def.id, `this config cannot be planned: ${e.message.split("\n")[0]}`);
    }
  });
}

export async function runClaims(opts: RunOptions): Promise<{ reports: ClaimReport[]; summary: RunSummary }> {
  const prepared =
    opts.prepared?.every((p) => p.seed === opts.seed) === true
      ? opts.prepared
      : prepareClaims(
          opts.claims,
          opts.budget,
          await loadModules(opts.userConfig),
          await loadModules(opts.configs ?? {}),
          opts.seed,
        );
  const alphaClaim = opts.alphaPerClaim ?? CLAIM_ALPHA;
  const startedAt = new Date();
  const t0 = performance.now();
  const pool = opts.pool ?? new WorkerPool(opts.workers);
  const reports: ClaimReport[] = [];
  try {
    for (const { def, config, raw, experiments, bands } of prepared) {
      const c0 = performance.now();
      const claimStarted = new Date().toISOString();
      const outcome = await runClaim(
        def,
        config,
        {
          seed: opts.seed,
          budget: opts.budget,
          pool,
          alpha: alphaClaim,
          onProgress: (f) => opts.onProgress?.(def.id, f),
          ...(opts.store ? { store: opts.store } : {}),
        },
        experiments,
      );
      const report: ClaimReport = {
        schemaVersion: SCHEMA_VERSION,
        id: def.id,
        title: def.title,
        statement: def.statement,
        provenance: { ...runProvenance(opts, claimStarted, c0), source: def.source },
        config: raw,
        predictions: outcome.predictions,
        measurements: outcome.measurements,
        assertions: outcome.assertions,
        verdict: combineVerdicts(outcome.assertions.map(claimVerdict)),
        plots: outcome.plots,
        notes: outcome.notes,
        ...(bands.length ? { bandsVsStandard: bands } : {}),
      };
      reports.push(report);
      opts.onClaimDone?.(report);
    }
  } finally {
    if (!opts.pool) await pool.close();
  }
  return {
    reports,
    summary: summarizeRun(reports, runProvenance(opts, startedAt.toISOString(), t0), alphaClaim),
  };
}

/** The run summary of a set of claim reports (index.md and summary.json are written from it). */
export function summarizeRun(
  reports: readonly ClaimReport[],
  provenance: RunSummary["provenance"],
  alphaPerClaim = CLAIM_ALPHA,
): RunSummary {
  return {
    schemaVersion: SCHEMA_VERSION,
    provenance,
    alphaPerClaim,
    familyWiseAlpha: alphaPerClaim * reports.length,
    claims: reports.map((r) => ({
      id: r.id,
      title: r.title,
      verdict: r.verdict,
      wallSeconds: r.provenance.wallSeconds,
      assertions: r.assertions.length,
    })),
    verdict: combineVerdicts(reports.map((r) => r.verdict)),
  };
}

/** Who ran what, where and when: the provenance shared by claim reports and the run summary. */
function runProvenance(opts: RunOptions, startedAt: string, t0: number): Omit<Provenance, "source"> {
  return {
    seed: opts.seed,
    budget: opts.budget,
    workers: opts.workers,
    packageVersion: suiteVersion(),
    node: process.version,
    gitCommit: suiteCommit(),
    startedAt,
    wallSeconds: round3((performance.now() - t0) / 1000),
    command: opts.command,
  };
}

/** FAIL dominates, then INCONCLUSIVE; PASS only when everything passed. */
export function combineVerdicts(verdicts: Verdict[]): Verdict {
  if (verdicts.includes("FAIL")) return "FAIL";
  if (verdicts.includes("INCONCLUSIVE")) return "INCONCLUSIVE";
  return "PASS";
}

/** Exit code of a run: 0 all PASS, 1 some FAIL, 3 INCONCLUSIVE without FAIL (2 is bad input, set by the CLI). */
export function exitCodeFor(verdict: Verdict): number {
  return verdict === "PASS" ? 0 : verdict === "FAIL" ? 1 : 3;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
