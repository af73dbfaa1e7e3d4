import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { readUserConfig } from "../claims/configFiles.ts";
import { REGISTRY } from "../claims/registry.ts";
import { exitCodeFor, prepareClaims, runClaims } from "../claims/runner.ts";
import { FieldError } from "../config/fieldError.ts";
import { loadModules } from "../config/modules.ts";
import { WorkerPool } from "../parallel/pool.ts";
import { type AuditRun, auditMarkdown, summarizeAudit } from "../report/audit.ts";
import {
  baselineOf,
  compareBaselines,
  readBaselines,
  readReports,
  writeBaselines,
} from "../report/compare.ts";
import type { Budget } from "../report/schema.ts";
import { toJson, writeAtomic, writeClaimReport, writeRunIndex } from "../report/writer.ts";
import { parseArgs } from "./args.ts";
import { Progress } from "./progress.ts";

/** Default master seed: fixed so CI is deterministic (the paper's arXiv number); `--seed random` draws one. */
export const DEFAULT_SEED = "1705.07562";
const BUDGETS: readonly Budget[] = ["quick", "standard", "thorough"];

const USAGE = `usage:
  claims list [--json]
  claims run [IDs…] [--budget quick|standard|thorough] [--seed S|random] [--workers N] [--out DIR]
                    [--config FILE] [--json] [--update-baseline]
  claims compare NEW_DIR BASELINE_DIR [--json]
  claims audit [IDs…] --seeds K [--seed-list S1,S2,…] [--budget quick|standard|thorough] [--workers N]
                      [--out DIR] [--json]
exit codes: 0 all PASS, 1 FAIL or regression, 2 bad input, 3 INCONCLUSIVE without FAIL`;

/** Runs the CLI and returns its exit code (the bin sets process.exitCode; specs call this directly). */
export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "list":
        return list(rest);
      case "run":
        return await run(rest);
      case "compare":
        return compare(rest);
      case "audit":
        return await audit(rest);
      case undefined:
      case "--help":
      case "help":
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new FieldError("command", `unknown command "${command}" (expected list, run, compare, audit)`);
    }
  } catch (e) {
    if (e instanceof FieldError) {
      console.error(`error: ${e.message}`);
      return 2;
    }
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 1;
  }
}

function list(argv: string[]): number {
  const { flags } = parseArgs(argv, [], ["json"]);
  const rows = REGISTRY.map((c) => ({ id: c.id, family: c.family, title: c.title, source: c.source }));
  if (flags.has("json")) console.log(JSON.stringify(rows));
  else for (const r of rows) console.log(`${r.id.padEnd(4)} ${r.family.padEnd(10)} ${r.title}`);
  return 0;
}

async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(
    argv,
    ["budget", "seed", "workers", "out", "config"],
    ["json", "update-baseline"],
  );
  const budget = readBudget(flags);
  let seed = (flags.get("seed") as string | undefined) ?? DEFAULT_SEED;
  if (seed === "random") {
    seed = randomBytes(6).toString("hex");
    console.error(`seed: ${seed}`);
  }
  const workers = readWorkers(flags);
  const out = resolve((flags.get("out") as string | undefined) ?? "out/claims");
  const configPath = flags.get("config") as string | undefined;
  // Landscapes from the user's own modules are imported first, relative to the config file.
  const userConfig = configPath
    ? await loadModules(readUserConfig(configPath), dirname(resolve(configPath)), "--config")
    : undefined;
  const ids = positional.length ? positional : REGISTRY.map((c) => c.id);
  // Validate and plan everything before running anything: bad input never leaves a partial report.
  const prepared = prepareClaims(ids, budget as Budget, userConfig, {}, seed);

  const command = [
    "npx claims run",
    ...ids,
    `--budget ${budget}`,
    `--seed ${seed}`,
    `--workers ${workers}`,
    ...(configPath ? [`--config ${configPath}`] : []),
  ].join(" ");
  const progress = new Progress(ids, !flags.has("json"));
  const pending: Promise<void>[] = [];
  const { reports, summary } = await runClaims({
    claims: ids,
    prepared,
    budget: budget as Budget,
    seed,
    workers,
    userConfig,
    command,
    onProgress: (id, f) => progress.update(id, f),
    onClaimDone: (r) => {
      progress.done(r);
      pending.push(writeClaimReport(out, r));
    },
  });
  await Promise.all(pending);
  writeRunIndex(out, summary, reports);
  progress.stop();
  if (flags.has("update-baseline")) {
    const dir = resolve(new URL(`../../fixtures/baselines/${budget}/`, import.meta.url).pathname);
    writeBaselines(dir, reports);
    console.error(`baselines updated in ${dir} (on purpose: --update-baseline)`);
  }
  if (flags.has("json")) console.log(JSON.stringify(summary));
  else
    console.log(
      `${summary.verdict}: ${reports.length} claim(s), ${summary.provenance.wallSeconds} s → ${out}`,
    );
  return exitCodeFor(summary.verdict);
}

function readBudget(flags: Map<string, string | true>): Budget {
  const budget = (flags.get("budget") as string | undefined) ?? "standard";
  if (!BUDGETS.includes(budget as Budget))
    throw new FieldError("--budget", `unknown budget "${budget}" (expected ${BUDGETS.join(", ")})`);
  return budget as Budget;
}

function readWorkers(flags: Map<string, string | true>): number {
  const raw = (flags.get("workers") as string | undefined) ?? String(availableParallelism());
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256)
    throw new FieldError("--workers", `must be an integer from 1 to 256, got "${raw}"`);
  return workers;
}

/**
 * `claims audit`: the selected claims on K fresh seeds (drawn and printed, or given), one pool for all runs;
 * writes audit.json and audit.md and exits 1 when the observed non-PASS rate is incompatible with the planned
 * α + β, 0 otherwise.
 */
async function audit(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ["seeds", "seed-list", "budget", "workers", "out"], ["json"]);
  const budget = readBudget(flags);
  const workers = readWorkers(flags);
  const list = flags.get("seed-list") as string | undefined;
  const countRaw = flags.get("seeds") as string | undefined;
  if (list === undefined && countRaw === undefined)
    throw new FieldError("--seeds", "give the number of fresh seeds (or --seed-list S1,S2,…)");
  const count = countRaw === undefined ? undefined : Number(countRaw);
  if (count !== undefined && !(Number.isInteger(count) && count >= 1 && count <= 1000))
    throw new FieldError("--seeds", `must be an integer from 1 to 1000, got "${countRaw}"`);
  const seeds = list?.split(",").filter(Boolean) ?? [];
  while (count !== undefined && seeds.length < count) seeds.push(randomBytes(6).toString("hex"));
  if (!seeds.length) throw new FieldError("--seed-list", "names no seed");
  const ids = positional.length ? positional : REGISTRY.map((c) => c.id);
  // Validate (and plan) every seed's run before the first one starts.
  const prepared = seeds.map((seed) => prepareClaims(ids, budget, undefined, {}, seed));
  const out = resolve((flags.get("out") as string | undefined) ?? "out/audit");
  console.error(`audit: ${ids.length} claim(s) × ${seeds.length} seed(s) at ${budget}: ${seeds.join(" ")}`);
  const pool = new WorkerPool(workers);
  const runs: AuditRun[] = [];
  try {
    for (const [k, seed] of seeds.entries()) {
      const { reports, summary } = await runClaims({
        claims: ids,
        prepared: prepared[k]!,
        budget,
        seed,
        workers,
        pool,
        command: `npx claims run ${ids.join(" ")} --budget ${budget} --seed ${seed}`,
      });
      runs.push({ seed, reports });
      const bad = reports.flatMap((r) =>
        r.assertions.filter((a) => a.verdict !== "PASS").map((a) => `${r.id}: ${a.name}`),
      );
      console.error(
        `  ${k + 1}/${seeds.length} ${seed}: ${summary.verdict} (${summary.provenance.wallSeconds} s)${bad.length ? ` — ${bad.join("; ")}` : ""}`,
      );
    }
  } finally {
    await pool.close();
  }
  const summary = summarizeAudit(budget, runs);
  mkdirSync(out, { recursive: true });
  writeAtomic(join(out, "audit.json"), toJson(summary));
  writeAtomic(join(out, "audit.md"), auditMarkdown(summary));
  if (flags.has("json")) console.log(JSON.stringify(summary));
  else
    console.log(
      `${summary.compatible ? "compatible" : "NOT COMPATIBLE"}: ${summary.nonPassRuns}/${summary.runs} runs with a non-PASS (planned α + β per run ${summary.planned.toExponential(2)}, p = ${summary.p.toPrecision(3)}); smallest slack ${summary.smallestSlack ? `${summary.smallestSlack.slack.toFixed(2)} SE (${summary.smallestSlack.claim}: ${summary.smallestSlack.name})` : "n/a"} → ${out}`,
    );
  return summary.compatible ? 0 : 1;
}

function compare(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, [], ["json"]);
  if (positional.length !== 2) throw new FieldError("compare", "needs NEW_DIR and BASELINE_DIR");
  const current = readReports(positional[0]!, "NEW_DIR").map(baselineOf);
  const baseline = readBaselines(positional[1]!, "BASELINE_DIR");
  const findings = compareBaselines(current, baseline);
  if (flags.has("json")) console.log(JSON.stringify({ regressions: findings.length, findings }));
  else if (findings.length === 0) console.log(`no regression: ${current.length} claim(s) match the baseline`);
  else for (const f of findings) console.log(`REGRESSION ${f.claim} ${f.quantity}: ${f.message}`);
  return findings.length ? 1 : 0;
}
