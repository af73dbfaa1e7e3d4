import { loadModules } from "../config/modules.js";
import { isUndecided, } from "../experiments/experiment.js";
import { BlockDispatcher } from "../parallel/dispatch.js";
import { WorkerPool } from "../parallel/pool.js";
import { SCHEMA_VERSION } from "../report/schema.js";
import { bonferroni, CLAIM_ALPHA } from "../stats/alphaBudget.js";
import { makeAssertion } from "../stats/decision.js";
import { mergedConfig } from "./configFiles.js";
import { suiteCommit, suiteVersion } from "./provenance.js";
import { claimById } from "./registry.js";
/** The experiments a config makes (validation happens here too: a claim may refuse a config while planning). */
export function planClaim(def, config, seed, budget) {
    const ctx = {
        seed,
        budget,
        stream: (...parts) => [seed, def.id, ...parts].join("/"),
    };
    const experiments = def.experiments(config, ctx);
    const names = new Set();
    for (const e of experiments) {
        if (names.has(e.name))
            throw new Error(`${def.id}: two experiments are named "${e.name}"`);
        names.add(e.name);
    }
    return experiments;
}
/** Runs one claim on a validated config. */
export async function runClaim(def, config, opts, planned) {
    const experiments = planned ?? planClaim(def, config, opts.seed, opts.budget);
    const alpha = bonferroni(opts.alpha ?? CLAIM_ALPHA, Math.max(1, experiments.length));
    const data = await runSimulations(experiments, opts.pool, opts.onProgress);
    const assertions = [];
    const parts = [];
    for (const e of experiments) {
        const d = e.simulations.map((s) => data.get(s.stream));
        const result = decideExperiment(e, d, alpha);
        assertions.push(result);
        if (e.present)
            parts.push(e.present(d, result));
    }
    opts.onProgress?.(1);
    return assemble(def, assertions, parts);
}
/**
 * Every simulation the experiments name, each run once (experiments naming the same stream share it), all
 * submitted together so the dispatcher batches their blocks.
 */
async function runSimulations(experiments, pool, onProgress) {
    const sims = new Map();
    for (const e of experiments)
        for (const s of e.simulations) {
            const seen = sims.get(s.stream);
            if (seen && seen.describe !== s.describe)
                throw new Error(`two different simulations own the stream "${s.stream}"`);
            if (!seen)
                sims.set(s.stream, s);
        }
    const dispatcher = new BlockDispatcher(pool, (f) => onProgress?.(Math.min(0.999, f)));
    const entries = [...sims.entries()];
    const results = await Promise.all(entries.map(([, s]) => s.run(dispatcher)));
    return new Map(entries.map(([stream], i) => [stream, results[i]]));
}
/** Statistic → estimate and interval; band; verdict. An undecidable estimate is INCONCLUSIVE with its reason. */
export function decideExperiment(e, data, alpha) {
    const band = typeof e.band === "function" ? e.band(data) : e.band;
    const est = e.statistic(data, alpha);
    const described = {
        ...(e.simulations.length ? { simulated: e.simulations.map((s) => s.describe) } : {}),
        reference: e.reference,
    };
    if (isUndecided(est)) {
        return {
            name: e.name,
            quantity: e.quantity,
            ...described,
            estimate: Number.NaN,
            se: Number.NaN,
            interval: [Number.NaN, Number.NaN],
            predicted: band.predicted,
            band: [band.lo, band.hi],
            bandWhy: band.why,
            alpha,
            verdict: "INCONCLUSIVE",
            detectable: Number.POSITIVE_INFINITY,
            method: est.method,
            notes: [est.undecided, ...(est.notes ?? [])],
        };
    }
    const decided = makeAssertion({
        name: e.name,
        quantity: e.quantity,
        estimate: est.estimate,
        se: est.se,
        interval: est.interval,
        predicted: band.predicted,
        band: [band.lo, band.hi],
        bandWhy: band.why,
        alpha,
        method: est.method,
        ...(est.notes ? { notes: est.notes } : {}),
    });
    const { name, quantity, ...rest } = decided;
    const result = { name, quantity, ...described, ...rest };
    const extra = e.explain?.(result) ?? [];
    if (extra.length)
        result.notes = [...(result.notes ?? []), ...extra];
    return result;
}
/** Measurements in experiment order; plot parts merged by panel title (same-named series joined); notes once. */
function assemble(def, assertions, parts) {
    const measurements = parts.flatMap((p) => p.measurements ?? []);
    const predictions = {};
    for (const p of parts)
        Object.assign(predictions, p.predictions ?? {});
    const notes = [];
    for (const n of [...(def.notes ?? []), ...parts.flatMap((p) => p.notes ?? [])])
        if (!notes.includes(n))
            notes.push(n);
    return {
        predictions,
        measurements,
        assertions,
        plots: mergePlots(parts.flatMap((p) => p.plots ?? [])),
        notes,
    };
}
export function mergePlots(parts) {
    const panels = new Map();
    for (const part of parts) {
        let panel = panels.get(part.panel.title);
        if (!panel)
            panels.set(part.panel.title, (panel = { ...part.panel, series: [] }));
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
            if (same.yLo && s.yLo)
                same.yLo.push(...s.yLo);
            if (same.yHi && s.yHi)
                same.yHi.push(...s.yHi);
        }
    }
    return [...panels.values()];
}
/**
 * Validate every selected claim's config, and plan its experiments, before anything runs: bad input fails fast
 * with exit code 2 and never leaves a partial report.
 */
export function prepareClaims(claims, budget, userConfig, configs = {}, seed = "plan") {
    return claims.map((c) => {
        const def = (typeof c === "string" ? claimById(c) : c);
        const raw = typeof c === "string" ? mergedConfig(def.id, budget, userConfig) : (configs[def.id] ?? {});
        const config = def.parseConfig(raw, "");
        return { def, raw, config, experiments: planClaim(def, config, seed, budget), seed };
    });
}
export async function runClaims(opts) {
    const prepared = opts.prepared?.every((p) => p.seed === opts.seed) === true
        ? opts.prepared
        : prepareClaims(opts.claims, opts.budget, await loadModules(opts.userConfig), await loadModules(opts.configs ?? {}), opts.seed);
    const alphaClaim = opts.alphaPerClaim ?? CLAIM_ALPHA;
    const startedAt = new Date();
    const t0 = performance.now();
    const pool = opts.pool ?? new WorkerPool(opts.workers);
    const reports = [];
    try {
        for (const { def, config, raw, experiments } of prepared) {
            const c0 = performance.now();
            const claimStarted = new Date().toISOString();
            const outcome = await runClaim(def, config, {
                seed: opts.seed,
                budget: opts.budget,
                pool,
                alpha: alphaClaim,
                onProgress: (f) => opts.onProgress?.(def.id, f),
            }, experiments);
            const report = {
                schemaVersion: SCHEMA_VERSION,
                id: def.id,
                title: def.title,
                statement: def.statement,
                provenance: { ...runProvenance(opts, claimStarted, c0), source: def.source },
                config: raw,
                predictions: outcome.predictions,
                measurements: outcome.measurements,
                assertions: outcome.assertions,
                verdict: combineVerdicts(outcome.assertions.map((a) => a.verdict)),
                plots: outcome.plots,
                notes: outcome.notes,
            };
            reports.push(report);
            opts.onClaimDone?.(report);
        }
    }
    finally {
        if (!opts.pool)
            await pool.close();
    }
    return {
        reports,
        summary: summarizeRun(reports, runProvenance(opts, startedAt.toISOString(), t0), alphaClaim),
    };
}
/** The run summary of a set of claim reports (index.md and summary.json are written from it). */
export function summarizeRun(reports, provenance, alphaPerClaim = CLAIM_ALPHA) {
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
function runProvenance(opts, startedAt, t0) {
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
export function combineVerdicts(verdicts) {
    if (verdicts.includes("FAIL"))
        return "FAIL";
    if (verdicts.includes("INCONCLUSIVE"))
        return "INCONCLUSIVE";
    return "PASS";
}
/** Exit code of a run: 0 all PASS, 1 some FAIL, 3 INCONCLUSIVE without FAIL (2 is bad input, set by the CLI). */
export function exitCodeFor(verdict) {
    return verdict === "PASS" ? 0 : verdict === "FAIL" ? 1 : 3;
}
const round3 = (x) => Math.round(x * 1000) / 1000;
//# sourceMappingURL=runner.js.map