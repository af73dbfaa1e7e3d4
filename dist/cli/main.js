import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { readUserConfig } from "../claims/configFiles.js";
import { REGISTRY } from "../claims/registry.js";
import { exitCodeFor, prepareClaims, runClaims } from "../claims/runner.js";
import { FieldError } from "../config/fieldError.js";
import { loadModules } from "../config/modules.js";
import { baselineOf, compareBaselines, readBaselines, readReports, writeBaselines, } from "../report/compare.js";
import { writeClaimReport, writeRunIndex } from "../report/writer.js";
import { parseArgs } from "./args.js";
import { Progress } from "./progress.js";
/** Default master seed: fixed so CI is deterministic (the paper's arXiv number); `--seed random` draws one. */
export const DEFAULT_SEED = "1705.07562";
const BUDGETS = ["quick", "standard", "thorough"];
const USAGE = `usage:
  claims list [--json]
  claims run [IDs…] [--budget quick|standard|thorough] [--seed S|random] [--workers N] [--out DIR]
                    [--config FILE] [--json] [--update-baseline]
  claims compare NEW_DIR BASELINE_DIR [--json]
exit codes: 0 all PASS, 1 FAIL or regression, 2 bad input, 3 INCONCLUSIVE without FAIL`;
/** Runs the CLI and returns its exit code (the bin sets process.exitCode; specs call this directly). */
export async function main(argv) {
    try {
        const [command, ...rest] = argv;
        switch (command) {
            case "list":
                return list(rest);
            case "run":
                return await run(rest);
            case "compare":
                return compare(rest);
            case undefined:
            case "--help":
            case "help":
                console.log(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new FieldError("command", `unknown command "${command}" (expected list, run, compare)`);
        }
    }
    catch (e) {
        if (e instanceof FieldError) {
            console.error(`error: ${e.message}`);
            return 2;
        }
        console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
        return 1;
    }
}
function list(argv) {
    const { flags } = parseArgs(argv, [], ["json"]);
    const rows = REGISTRY.map((c) => ({ id: c.id, family: c.family, title: c.title, source: c.source }));
    if (flags.has("json"))
        console.log(JSON.stringify(rows));
    else
        for (const r of rows)
            console.log(`${r.id.padEnd(4)} ${r.family.padEnd(10)} ${r.title}`);
    return 0;
}
async function run(argv) {
    const { positional, flags } = parseArgs(argv, ["budget", "seed", "workers", "out", "config"], ["json", "update-baseline"]);
    const budget = flags.get("budget") ?? "standard";
    if (!BUDGETS.includes(budget))
        throw new FieldError("--budget", `unknown budget "${budget}" (expected ${BUDGETS.join(", ")})`);
    let seed = flags.get("seed") ?? DEFAULT_SEED;
    if (seed === "random") {
        seed = randomBytes(6).toString("hex");
        console.error(`seed: ${seed}`);
    }
    const workersRaw = flags.get("workers") ?? String(availableParallelism());
    const workers = Number(workersRaw);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256)
        throw new FieldError("--workers", `must be an integer from 1 to 256, got "${workersRaw}"`);
    const out = resolve(flags.get("out") ?? "out/claims");
    const configPath = flags.get("config");
    // Landscapes from the user's own modules are imported first, relative to the config file.
    const userConfig = configPath
        ? await loadModules(readUserConfig(configPath), dirname(resolve(configPath)), "--config")
        : undefined;
    const ids = positional.length ? positional : REGISTRY.map((c) => c.id);
    // Validate and plan everything before running anything: bad input never leaves a partial report.
    const prepared = prepareClaims(ids, budget, userConfig, {}, seed);
    const command = [
        "npx claims run",
        ...ids,
        `--budget ${budget}`,
        `--seed ${seed}`,
        `--workers ${workers}`,
        ...(configPath ? [`--config ${configPath}`] : []),
    ].join(" ");
    const progress = new Progress(ids, !flags.has("json"));
    const pending = [];
    const { reports, summary } = await runClaims({
        claims: ids,
        prepared,
        budget: budget,
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
    if (flags.has("json"))
        console.log(JSON.stringify(summary));
    else
        console.log(`${summary.verdict}: ${reports.length} claim(s), ${summary.provenance.wallSeconds} s → ${out}`);
    return exitCodeFor(summary.verdict);
}
function compare(argv) {
    const { positional, flags } = parseArgs(argv, [], ["json"]);
    if (positional.length !== 2)
        throw new FieldError("compare", "needs NEW_DIR and BASELINE_DIR");
    const current = readReports(positional[0], "NEW_DIR").map(baselineOf);
    const baseline = readBaselines(positional[1], "BASELINE_DIR");
    const findings = compareBaselines(current, baseline);
    if (flags.has("json"))
        console.log(JSON.stringify({ regressions: findings.length, findings }));
    else if (findings.length === 0)
        console.log(`no regression: ${current.length} claim(s) match the baseline`);
    else
        for (const f of findings)
            console.log(`REGRESSION ${f.claim} ${f.quantity}: ${f.message}`);
    return findings.length ? 1 : 0;
}
//# sourceMappingURL=main.js.map