import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { WorkerPool } from "../parallel/pool.ts";
import type { Budget, ClaimReport, Provenance, RunSummary } from "../report/schema.ts";
import { SCHEMA_VERSION } from "../report/schema.ts";
import { bonferroni, DEFAULT_ALPHA_TOTAL } from "../stats/alphaBudget.ts";
import type { Verdict } from "../stats/types.ts";
import type { ClaimDefinition } from "./claim.ts";
import { mergedConfig } from "./configFiles.ts";
import { claimById } from "./registry.ts";

/**
 * The run's false-fail budget. α_total is split per claim over the 17 claims THEORY.md registers (W1–W3,
 * M1–M5, S1–S4, B1–B5), not over the claims selected on the command line: a claim's intervals then do not
 * depend on which other claims ran with it, so single-claim runs, full runs and baselines agree.
 */
export const THEORY_CLAIM_COUNT = 17;

export interface RunOptions {
  ids: string[];
  budget: Budget;
  seed: string;
  workers: number;
  userConfig?: unknown;
  alphaTotal?: number;
  /** The command line that reproduces the run (recorded in provenance). */
  command: string;
  onProgress?: (id: string, fraction: number) => void;
  onClaimDone?: (report: ClaimReport) => void;
}

export interface PreparedClaim {
  def: ClaimDefinition<unknown>;
  config: unknown;
  raw: unknown;
}

/**
 * Validate every selected claim's config before anything runs, so bad input fails fast with exit code 2 and
 * never leaves a partial report.
 */
export function prepareClaims(ids: string[], budget: Budget, userConfig?: unknown): PreparedClaim[] {
  return ids.map((id) => {
    const def = claimById(id);
    const raw = mergedConfig(id, budget, userConfig);
    return { def, raw, config: def.parseConfig(raw, "") };
  });
}

export async function runClaims(opts: RunOptions): Promise<{ reports: ClaimReport[]; summary: RunSummary }> {
  const prepared = prepareClaims(opts.ids, opts.budget, opts.userConfig);
  const alphaClaim = bonferroni(opts.alphaTotal ?? DEFAULT_ALPHA_TOTAL, THEORY_CLAIM_COUNT);
  const startedAt = new Date();
  const t0 = performance.now();
  const pool = new WorkerPool(opts.workers);
  const reports: ClaimReport[] = [];
  try {
    for (const { def, config, raw } of prepared) {
      const c0 = performance.now();
      const claimStarted = new Date().toISOString();
      const m = Math.max(1, def.assertionCount(config));
      const outcome = await def.run(config, {
        seed: opts.seed,
        budget: opts.budget,
        pool,
        alpha: alphaClaim,
        alphaPerAssertion: bonferroni(alphaClaim, m),
        progress: (f) => opts.onProgress?.(def.id, f),
      });
      if (outcome.assertions.length !== def.assertionCount(config))
        throw new Error(
          `${def.id}: made ${outcome.assertions.length} assertions, declared ${def.assertionCount(config)}`,
        );
      const report: ClaimReport = {
        schemaVersion: SCHEMA_VERSION,
        id: def.id,
        title: def.title,
        statement: def.statement,
        provenance: {
          ...runProvenance(opts, claimStarted, c0),
          source: def.source,
        },
        config: raw,
        predictions: outcome.predictions,
        measurements: outcome.measurements,
        assertions: outcome.assertions,
        verdict: combineVerdicts(outcome.assertions.map((a) => a.verdict)),
        plots: outcome.plots,
        notes: outcome.notes,
        ...(outcome.propertyRuns ? { propertyRuns: outcome.propertyRuns } : {}),
      };
      reports.push(report);
      opts.onClaimDone?.(report);
    }
  } finally {
    await pool.close();
  }
  const summary: RunSummary = {
    schemaVersion: SCHEMA_VERSION,
    provenance: runProvenance(opts, startedAt.toISOString(), t0),
    claims: reports.map((r) => ({
      id: r.id,
      title: r.title,
      verdict: r.verdict,
      wallSeconds: r.provenance.wallSeconds,
      assertions: r.assertions.length,
    })),
    verdict: combineVerdicts(reports.map((r) => r.verdict)),
  };
  return { reports, summary };
}

/** Who ran what, where and when: the provenance shared by claim reports and the run summary. */
function runProvenance(opts: RunOptions, startedAt: string, t0: number): Omit<Provenance, "source"> {
  return {
    seed: opts.seed,
    budget: opts.budget,
    workers: opts.workers,
    packageVersion: packageVersion(),
    node: process.version,
    gitCommit: gitCommit(),
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

let cachedVersion: string | undefined;
export function packageVersion(): string {
  cachedVersion ??= (
    JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
  ).version;
  return cachedVersion;
}

let cachedCommit: string | null | undefined;
export function gitCommit(): string | null {
  if (cachedCommit === undefined) {
    try {
      cachedCommit = execSync("git rev-parse HEAD", {
        cwd: new URL("../..", import.meta.url),
        stdio: ["ignore", "pipe", "ignore"],
      })
        .toString()
        .trim();
    } catch {
      cachedCommit = null;
    }
  }
  return cachedCommit;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
