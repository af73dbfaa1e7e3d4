import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Command, CommanderError } from "commander";
import { suiteCommit, suiteVersion } from "../claims/provenance.ts";
import { REGISTRY } from "../claims/registry.ts";
import { DEFAULT_WORK_LIMITS, type WorkLimits } from "../claims/workLimits.ts";
import { FieldError } from "../config/fieldError.ts";
import { BlockStore, parseShard } from "../parallel/blockStore.ts";
import type { AuditRun } from "../report/audit.ts";
import type { Budget } from "../report/schema.ts";
import { claimVerdict } from "../stats/decision.ts";
import { Progress } from "./progress.ts";
import { shellCommand } from "./shellQuote.ts";

/**
 * The `claims` command. Start-up is kept short (bad input and `claims list` answer in well under 0.5 s): the
 * runner, the worker pool and the report writers (vega) are imported only by the commands that use them.
 */

/** Default master seed: fixed so CI is deterministic (the paper's arXiv number); `--seed random` draws one. */
export const DEFAULT_SEED = "1705.07562";
const BUDGETS: readonly Budget[] = ["quick", "standard", "thorough"];
/** Most worker threads per core `--workers` accepts. */
export const WORKERS_PER_CORE = 4;

/** Runs the CLI and returns its exit code (the bin sets process.exitCode; specs call this directly). */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      // No command is a mistake, not a request for help: usage on stderr, exit code 2.
      process.stderr.write(program.helpInformation());
      return 2;
    }
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; every parse error is bad input (2), one line.
      if (e.exitCode === 0) return 0;
      console.error(commanderLine(e));
      return 2;
    }
    if (e instanceof FieldError) {
      console.error(`error: ${e.message}`);
      return 2;
    }
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 1;
  }
}

/** A parse error as one line in the suite's `error: <field>: <what>` form. */
function commanderLine(e: CommanderError): string {
  const m = e.message.replace(/^error: /, "").split("\n")[0]!;
  const option = /^unknown option '([^']+)'/.exec(m);
  if (option) return `error: ${option[1]}: unknown option (see --help)`;
  const command = /^unknown command '([^']+)'/.exec(m);
  if (command)
    return `error: command: unknown command "${command[1]}" (expected list, run, compare, audit, merge)`;
  return `error: ${m}`;
}

interface RunOptions {
  budget: string;
  seed: string;
  workers?: string;
  out: string;
  config?: string;
  maxWork?: string;
  json?: boolean;
  updateBaseline?: boolean;
  shard?: string;
  /** Blocks of a sharded run's shards (claims merge), not a command-line option. */
  store?: BlockStore;
}

interface AuditOptions {
  seeds?: string;
  seedList?: string;
  budget: string;
  workers?: string;
  out: string;
  maxWork?: string;
  json?: boolean;
}

/** The command line (commander): every command has --help, defaults are shown there. */
function buildProgram(exit: (code: number) => void): Command {
  const program = new Command("claims")
    .description(
      "Property-based verification of the diffusion approximation of SGD (Hu, Li, Li, Liu, arXiv 1705.07562)",
    )
    .version(suiteVersion(), "--version", "print the suite's version")
    // Set before the commands are added: commander copies both settings into each subcommand.
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .addHelpText(
      "after",
      "\nExit codes: 0 all PASS, 1 FAIL or regression, 2 bad input, 3 INCONCLUSIVE without FAIL, 130 interrupted.",
    );
  const common = (c: Command) =>
    c
      .option("--budget <name>", "quick, standard or thorough (sample sizes and grids)", "standard")
      .option("--workers <n>", `worker threads (default: the cores, ${availableParallelism()} here)`)
      .option(
        "--max-work <steps>",
        `cap on the particle-steps one claim may ask for (default ${DEFAULT_WORK_LIMITS.maxWork.toExponential(0)})`,
      )
      .option("--json", "print the summary as JSON on stdout");
  program
    .command("list")
    .description("list the claims")
    .option("--json", "as JSON")
    .action((opts: { json?: boolean }) => exit(list(opts)));
  common(
    program
      .command("run")
      .description("run claims (all when no ID is given) and write their reports")
      .argument("[ids...]", "claim IDs (claims list)"),
  )
    .option("--seed <seed>", 'master seed, or "random" for a fresh one (printed)', DEFAULT_SEED)
    .option("--out <dir>", "output folder (an earlier run's reports in it are replaced)", "out/claims")
    .option("--config <file>", "JSON overrides: your landscapes, noise, grids (see README)")
    .option("--update-baseline", "rewrite fixtures/baselines/<budget>/ from this run (on purpose only)")
    .option(
      "--shard <i/n>",
      "compute only this shard's blocks (1 ≤ i ≤ n) into --out; combine with claims merge",
    )
    .action(async (ids: string[], opts: RunOptions) => exit(await run(ids, opts)));
  program
    .command("merge")
    .description("combine the folders of claims run --shard 1/n … n/n into the reports of the unsharded run")
    .argument("<dirs...>", "the shard folders")
    .requiredOption("--out <dir>", "output folder for the merged reports")
    .option("--workers <n>", "worker threads for blocks no shard could compute (later sequential stages)")
    .option("--json", "print the summary as JSON on stdout")
    .action(async (dirs: string[], opts: { out: string; workers?: string; json?: boolean }) =>
      exit(await merge(dirs, opts)),
    );
  common(
    program
      .command("audit")
      .description("run claims on K fresh seeds and test the non-PASS rate against the planned α + β")
      .argument("[ids...]", "claim IDs (claims list)"),
  )
    .option("--seeds <k>", "number of fresh seeds to draw")
    .option("--seed-list <s1,s2,...>", "seeds to use (completed to --seeds with fresh ones)")
    .option("--out <dir>", "output folder for audit.json and audit.md", "out/audit")
    .action(async (ids: string[], opts: AuditOptions) => exit(await audit(ids, opts)));
  program
    .command("compare")
    .description("compare a complete run with a baseline (statistically; exact estimates to 1e-9)")
    .argument("<new-dir>", "a complete run's output folder")
    .argument("<baseline-dir>", "a baseline folder (fixtures/baselines/<budget>) or another run")
    .option("--json", "findings as JSON")
    .action(async (current: string, base: string, opts: { json?: boolean }) =>
      exit(await compare(current, base, opts)),
    );
  return program;
}

function list(opts: { json?: boolean }): number {
  const rows = REGISTRY.map((c) => ({ id: c.id, family: c.family, title: c.title, source: c.source }));
  if (opts.json) console.log(JSON.stringify(rows));
  else for (const r of rows) console.log(`${r.id.padEnd(4)} ${r.family.padEnd(10)} ${r.title}`);
  return 0;
}

function readMaxWork(raw: string | undefined): WorkLimits {
  if (raw === undefined) return DEFAULT_WORK_LIMITS;
  const v = Number(raw);
  if (!(Number.isFinite(v) && v > 0))
    throw new FieldError("--max-work", `must be a positive number of particle-steps, got "${raw}"`);
  return { ...DEFAULT_WORK_LIMITS, maxWork: v };
}

/** `claims merge DIR… --out DIR`: the unsharded run's reports, from its shards' blocks (parallel/blockStore.ts). */
async function merge(
  dirs: string[],
  opts: { out: string; workers?: string; json?: boolean },
): Promise<number> {
  const { readShards } = await import("../report/shardFolder.ts");
  const { meta, store } = readShards(dirs.map((d) => resolve(d)));
  return run(meta.claims, {
    budget: meta.budget,
    seed: meta.seed,
    out: opts.out,
    ...(meta.config ? { config: meta.config } : {}),
    ...(meta.maxWork ? { maxWork: meta.maxWork } : {}),
    ...(opts.workers ? { workers: opts.workers } : {}),
    ...(opts.json ? { json: true } : {}),
    store,
  });
}

async function run(ids: string[], opts: RunOptions): Promise<number> {
  const budget = readBudget(opts.budget);
  let seed = opts.seed;
  if (seed === "random") {
    seed = randomBytes(6).toString("hex");
    console.error(`seed: ${seed}`);
  }
  const workers = readWorkers(opts.workers);
  const limits = readMaxWork(opts.maxWork);
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  if (shard === null) throw new FieldError("--shard", `must be i/n with 1 ≤ i ≤ n, got "${opts.shard}"`);
  if (shard && opts.updateBaseline)
    throw new FieldError("--update-baseline", "a shard has no reports: update from the merge");
  const out = resolve(opts.out);
  const configPath = opts.config;
  const { readUserConfig } = await import("../claims/configFiles.ts");
  const { loadModules } = await import("../config/modules.ts");
  // Landscapes from the user's own modules are imported first, relative to the config file.
  const userConfig = configPath
    ? await loadModules(readUserConfig(configPath), dirname(resolve(configPath)), "--config")
    : undefined;
  if (!ids.length) ids = REGISTRY.map((c) => c.id);
  const { exitCodeFor, prepareClaims, runClaims } = await import("../claims/runner.ts");
  // Validate and plan everything before running anything: bad input never leaves a partial report.
  const prepared = prepareClaims(ids, budget, userConfig, {}, seed, limits);

  // Shell-quoted words: pasted into a shell, the line replays this run exactly (and runs nothing else).
  const command = shellCommand([
    "npx",
    "claims",
    "run",
    ...ids,
    "--budget",
    budget,
    "--seed",
    seed,
    "--workers",
    String(workers),
    ...(configPath ? ["--config", configPath] : []),
    ...(opts.maxWork !== undefined ? ["--max-work", opts.maxWork] : []),
  ]);
  const { checkWritableFolder, MANIFEST, RunFolder } = await import("../report/runFolder.ts");
  if (shard) {
    checkWritableFolder(out, "--out");
    const { runShard } = await import("../claims/runner.ts");
    const { writeShard } = await import("../report/shardFolder.ts");
    const store = new BlockStore(shard);
    await runShard({ claims: ids, prepared, budget, seed, workers, userConfig, command, store });
    writeShard(
      out,
      {
        shard,
        claims: ids,
        budget,
        seed,
        ...(configPath ? { config: configPath } : {}),
        ...(opts.maxWork !== undefined ? { maxWork: opts.maxWork } : {}),
        suiteCommit: suiteCommit(),
      },
      store,
    );
    console.log(`shard ${shard.index}/${shard.count}: ${store.blocks.size} block(s) → ${out}`);
    return 0;
  }
  const { writeClaimReport, writeRunIndex } = await import("../report/writer.ts");
  // The folder is checked and opened (an earlier run's files removed, the manifest saying "incomplete") only
  // once everything else is valid; claims are staged and moved into place as each one completes.
  checkWritableFolder(out, "--out");
  const folder = new RunFolder(out, {
    seed,
    budget,
    claims: ids,
    suiteCommit: suiteCommit(),
    startedAt: new Date().toISOString(),
  });
  const progress = new Progress(ids, !opts.json);
  let finished = 0;
  // SIGINT only: a SIGTERM (CI timeouts, kill) keeps its default and ends the process at once, which leaves
  // the manifest saying "incomplete" just the same.
  const onSignal = () => {
    folder.interrupt();
    progress.stop();
    console.error(
      `interrupted: ${finished} of ${ids.length} claim(s) finished; ${out} is marked incomplete (${MANIFEST})`,
    );
    // Exiting the process ends the worker threads at once (a claim's blocks in flight are abandoned).
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  const pending: Promise<void>[] = [];
  try {
    const { reports, summary } = await runClaims({
      claims: ids,
      prepared,
      budget,
      seed,
      workers,
      userConfig,
      command,
      ...(opts.store ? { store: opts.store } : {}),
      onProgress: (id, f) => progress.update(id, f),
      onClaimDone: (r) => {
        progress.done(r);
        pending.push(
          writeClaimReport(folder.staging, r).then(() => {
            folder.publish(r.id);
            finished++;
          }),
        );
      },
    });
    await Promise.all(pending);
    writeRunIndex(out, summary, reports);
    folder.complete();
    progress.stop();
    if (opts.updateBaseline) {
      const { writeBaselines } = await import("../report/compare.ts");
      const dir = resolve(new URL(`../../fixtures/baselines/${budget}/`, import.meta.url).pathname);
      writeBaselines(dir, reports);
      console.error(`baselines updated in ${dir} (on purpose: --update-baseline)`);
    }
    if (opts.json) console.log(JSON.stringify(summary));
    else
      console.log(
        `${summary.verdict}: ${reports.length} claim(s), ${summary.provenance.wallSeconds} s → ${out}`,
      );
    return exitCodeFor(summary.verdict);
  } finally {
    process.off("SIGINT", onSignal);
  }
}

function readBudget(raw: string): Budget {
  if (!BUDGETS.includes(raw as Budget))
    throw new FieldError("--budget", `unknown budget "${raw}" (expected ${BUDGETS.join(", ")})`);
  return raw as Budget;
}

function readWorkers(given: string | undefined): number {
  const raw = given ?? String(availableParallelism());
  const workers = Number(raw);
  // Each worker is a thread with its own heap: beyond a few per core they only cost memory and start-up.
  const cap = WORKERS_PER_CORE * availableParallelism();
  if (!Number.isInteger(workers) || workers < 1 || workers > cap)
    throw new FieldError(
      "--workers",
      `must be an integer from 1 to ${cap} (${WORKERS_PER_CORE} per core on this machine), got "${raw}"`,
    );
  return workers;
}

/**
 * `claims audit`: the selected claims on K fresh seeds (drawn and printed, or given), one pool for all runs;
 * writes audit.json and audit.md and exits 1 when the observed non-PASS rate is incompatible with the planned
 * α + β, 0 otherwise.
 */
async function audit(ids: string[], opts: AuditOptions): Promise<number> {
  const budget = readBudget(opts.budget);
  const workers = readWorkers(opts.workers);
  const limits = readMaxWork(opts.maxWork);
  const list = opts.seedList;
  const countRaw = opts.seeds;
  if (list === undefined && countRaw === undefined)
    throw new FieldError("--seeds", "give the number of fresh seeds (or --seed-list S1,S2,…)");
  const count = countRaw === undefined ? undefined : Number(countRaw);
  if (count !== undefined && !(Number.isInteger(count) && count >= 1 && count <= 1000))
    throw new FieldError("--seeds", `must be an integer from 1 to 1000, got "${countRaw}"`);
  const seeds = list?.split(",").filter(Boolean) ?? [];
  while (count !== undefined && seeds.length < count) seeds.push(randomBytes(6).toString("hex"));
  if (!seeds.length) throw new FieldError("--seed-list", "names no seed");
  if (!ids.length) ids = REGISTRY.map((c) => c.id);
  const { prepareClaims, runClaims } = await import("../claims/runner.ts");
  // Validate (and plan) every seed's run before the first one starts.
  const prepared = seeds.map((seed) => prepareClaims(ids, budget, undefined, {}, seed, limits));
  const out = resolve(opts.out);
  const { checkWritableFolder } = await import("../report/runFolder.ts");
  checkWritableFolder(out, "--out");
  const { WorkerPool } = await import("../parallel/pool.ts");
  const { auditMarkdown, summarizeAudit } = await import("../report/audit.ts");
  const { toJson, writeAtomic } = await import("../report/atomicFile.ts");
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
        command: shellCommand(["npx", "claims", "run", ...ids, "--budget", budget, "--seed", seed]),
      });
      runs.push({ seed, reports });
      const bad = reports.flatMap((r) =>
        r.assertions.filter((a) => claimVerdict(a) !== "PASS").map((a) => `${r.id}: ${a.name}`),
      );
      console.error(
        `  ${k + 1}/${seeds.length} ${seed}: ${summary.verdict} (${summary.provenance.wallSeconds} s)${bad.length ? ` — ${bad.join("; ")}` : ""}`,
      );
    }
  } finally {
    await pool.close();
  }
  const summary = summarizeAudit(budget, runs);
  writeAtomic(join(out, "audit.json"), toJson(summary));
  writeAtomic(join(out, "audit.md"), auditMarkdown(summary));
  if (opts.json) console.log(JSON.stringify(summary));
  else
    console.log(
      `${summary.compatible ? "compatible" : "NOT COMPATIBLE"}: ${summary.nonPassRuns}/${summary.runs} runs with a non-PASS (planned α + β per run ${summary.planned.toExponential(2)}, p = ${summary.p.toPrecision(3)}); smallest slack ${summary.smallestSlack ? `${summary.smallestSlack.slack.toFixed(2)} SE (${summary.smallestSlack.claim}: ${summary.smallestSlack.name})` : "n/a"} → ${out}`,
    );
  return summary.compatible ? 0 : 1;
}

async function compare(current: string, base: string, opts: { json?: boolean }): Promise<number> {
  const { baselineOf, compareBaselines, mismatch, readBaselines, readRun } = await import(
    "../report/compare.ts"
  );
  const runs = readRun(current, "NEW_DIR").map(baselineOf);
  const baseline = readBaselines(base, "BASELINE_DIR");
  const differ = mismatch(runs, baseline);
  if (differ) throw new FieldError("compare", differ);
  const findings = compareBaselines(runs, baseline);
  if (opts.json) console.log(JSON.stringify({ regressions: findings.length, findings }));
  else if (findings.length === 0)
    console.log(
      `no regression: ${runs.length} claim(s) (${runs.reduce((s, c) => s + c.assertions.length, 0)} assertions, budget ${runs[0]!.budget}, seed ${runs[0]!.seed}) match the baseline`,
    );
  else for (const f of findings) console.log(`REGRESSION ${f.claim} ${f.quantity}: ${f.message}`);
  return findings.length ? 1 : 0;
}
