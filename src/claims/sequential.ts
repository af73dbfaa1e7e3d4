import { readFileSync } from "node:fs";
import type { Experiment, Simulation } from "../experiments/experiment.ts";
import { normalCdf } from "../math/normal.ts";
import type { BlockStore } from "../parallel/blockStore.ts";
import { BlockDispatcher } from "../parallel/dispatch.ts";
import type { WorkerPool } from "../parallel/pool.ts";
import type { Budget } from "../report/schema.ts";
import { stageAlphas } from "../stats/alphaBudget.ts";
import { bandRoom, nonPassProbability, plannedSe } from "../stats/power.ts";
import { normalQuantile } from "../stats/quantiles.ts";
import type { AssertionResult } from "../stats/types.ts";
import { decideExperiment, isFinalUndecided } from "./decideExperiment.ts";

/**
 * Power planning and sequential escalation (DESIGN.md §6). Every experiment first runs at its configured size
 * (the pilot) and is decided at the first stage's α. An interval that still straddles a band edge is rerun at
 * the size its planned power needs — the SE with (half-band − |bias|) ≥ (z(α_next/2) + z(β))·SE, from the
 * pilot's SE and SE ∝ 1/√runs — at least ×2, then ×4 per stage, capped at the budget's maxScale, until it is
 * decided or the stages run out; α is spent over the stages (geometrically, summing to the assertion's α),
 * so the false-FAIL rate stays ≤ α. Escalated simulations keep their streams, so their first blocks are the
 * pilot's runs again (the dispatcher does not rerun them): a stage costs only its new blocks.
 *
 * A claim whose estimates are clear at the pilot size costs nothing extra; a tight one gets the samples it
 * needs, and an assertion still undecided at the cap is INCONCLUSIVE with "underpowered" and its planned β,
 * a different message from FAIL.
 */
export interface BudgetKnobs {
  maxStages: number;
  maxScale: number;
}

let knobs: Record<string, BudgetKnobs> | undefined;
export function budgetKnobs(budget: Budget): BudgetKnobs {
  knobs ??= JSON.parse(readFileSync(new URL("../../fixtures/claims/budgets.json", import.meta.url), "utf8"));
  const k = knobs![budget];
  if (!k) throw new Error(`fixtures/claims/budgets.json has no budget "${budget}"`);
  return k;
}

export interface SequentialOptions {
  /** α and β of each assertion. */
  alpha: number;
  beta: number;
  knobs: BudgetKnobs;
  pool: WorkerPool;
  onProgress?: (fraction: number) => void;
  /** Where blocks are kept and found (parallel/blockStore.ts); a shard's store makes this a shard run. */
  store?: BlockStore;
}

export interface Decided {
  experiment: Experiment;
  data: readonly unknown[];
  result: AssertionResult;
}

interface State {
  scale: number;
  stages: number;
  decided?: Decided;
}

export async function runSequentially(
  experiments: readonly Experiment[],
  o: SequentialOptions,
): Promise<Decided[]> {
  const alphas = stageAlphas(o.alpha, o.knobs.maxStages);
  // Progress: the simulations' share of the bar is the share of experiments that simulate; the rest moves as
  // experiments are decided (exact ones compute their references then: W1's sweeps used to sit at 86%, then
  // jump to 100%).
  const exactCount = experiments.filter((e) => e.simulations.length === 0).length;
  const simShare = experiments.length ? 1 - exactCount / experiments.length : 1;
  let shown = 0;
  let decidedCount = 0;
  const show = (simulated: number) => {
    const f = simulated * simShare + (decidedCount / Math.max(1, exactCount)) * (1 - simShare);
    shown = Math.max(shown, Math.min(0.999, f));
    o.onProgress?.(shown);
  };
  let simulatedFraction = 0;
  const dispatcher = new BlockDispatcher(
    o.pool,
    (f) => {
      simulatedFraction = f;
      show(f);
    },
    o.store,
  );
  if (o.store?.shard) {
    // A shard runs its own blocks of the first stage and decides nothing: the merge has every shard's blocks.
    let failure: { error: unknown } | undefined;
    runStage(
      experiments.map((e) => ({ e, scale: 1 })),
      dispatcher,
    ).catch((error: unknown) => {
      failure = { error };
    });
    await dispatcher.idle();
    if (failure) throw failure.error;
    return [];
  }
  const states = experiments.map((): State => ({ scale: 1, stages: 0 }));
  for (let stage = 0; stage < o.knobs.maxStages; stage++) {
    const active = experiments.flatMap((_e, i) => (states[i]!.decided ? [] : [i]));
    if (!active.length) break;
    const data = await runStage(
      active.map((i) => ({ e: experiments[i]!, scale: states[i]!.scale })),
      dispatcher,
    );
    const last = stage === o.knobs.maxStages - 1;
    for (const i of active) {
      const e = experiments[i]!;
      const s = states[i]!;
      s.stages = stage + 1;
      const d = e.simulations.map((sim) => data.get(sim.stream));
      const exact = e.simulations.length === 0;
      const alpha = exact ? o.alpha : alphas[stage]!;
      const result = decideExperiment(e, d, alpha);
      if (o.onProgress) {
        if (exact) decidedCount++;
        show(simulatedFraction);
        // Let a progress bar redraw between decisions (an exact reference can take seconds).
        await new Promise((r) => setImmediate(r));
      }
      const capped = s.scale >= o.knobs.maxScale;
      // A deterministic estimate from simulations (a noise-free run) is not helped by more runs either.
      if (
        result.verdict !== "INCONCLUSIVE" ||
        exact ||
        result.method === "exact" ||
        last ||
        capped ||
        isFinalUndecided(result)
      ) {
        s.decided = {
          experiment: e,
          data: d,
          result: withPower(
            e,
            result,
            s,
            o,
            alphas,
            !exact && result.method !== "exact" && (last || capped) && !isFinalUndecided(result),
          ),
        };
        continue;
      }
      const factor = escalation(e, result, alphas[stage + 1]!, o.beta);
      s.scale = Math.min(o.knobs.maxScale, s.scale * Math.max(stage === 0 ? 2 : 4, factor));
    }
  }
  return states.map((s) => s.decided!);
}

/** Runs every simulation the active experiments need, each at the largest scale any of them asks for. */
async function runStage(
  active: { e: Experiment; scale: number }[],
  dispatcher: BlockDispatcher,
): Promise<Map<string, unknown>> {
  const sims = new Map<string, Simulation<unknown>>();
  for (const { e, scale } of active)
    for (const s of e.simulations) {
      const seen = sims.get(s.stream);
      const runs = Math.ceil(s.runs * scale);
      if (seen && seen.runs >= runs) continue;
      sims.set(s.stream, runs === s.runs ? s : s.resize(runs));
    }
  const entries = [...sims.entries()];
  const results = await Promise.all(entries.map(([, s]) => s.run(dispatcher)));
  return new Map(entries.map(([stream], i) => [stream, results[i]]));
}

/** The SE the interval shows: the statistic's SE, or its half-width over z(α/2) when it has none (DKW). */
function effectiveSe(r: AssertionResult): number {
  if (r.se > 0 && Number.isFinite(r.se)) return r.se;
  const hw = (r.interval[1] - r.interval[0]) / 2;
  return hw > 0 ? hw / normalQuantile(1 - r.alpha / 2) : Number.NaN;
}

/** How much larger the next stage must be for its planned power (SE ∝ 1/√runs); 4 when it cannot be planned. */
function escalation(e: Experiment, r: AssertionResult, alphaNext: number, beta: number): number {
  const se = effectiveSe(r);
  const target = plannedSe(bandRoom(bandOf(r), e.power?.bias ?? 0), alphaNext, beta);
  if (!(se > 0) || !(target > 0)) return 4;
  return (se / target) ** 2;
}

const bandOf = (r: AssertionResult) => ({
  predicted: r.predicted,
  lo: r.band[0],
  hi: r.band[1],
  ...(r.bandBound ? { bound: r.bandBound } : {}),
});

/**
 * What the report shows of the design: stages run, the final scale and runs, the slack (how many SEs the
 * interval could still move before it touches the band edge), and the planned β — the non-PASS probability of
 * the sequential design when the theory holds: at the SE its plan reaches within the cap.
 */
function withPower(
  e: Experiment,
  r: AssertionResult,
  s: State,
  o: SequentialOptions,
  alphas: number[],
  underpowered: boolean,
): AssertionResult {
  const exact = e.simulations.length === 0 || r.method === "exact";
  const runs = e.simulations.reduce((t, sim) => t + Math.ceil(sim.runs * s.scale), 0);
  const se = effectiveSe(r);
  // Room between interval and band, on the sides that can be crossed (an edge at the prediction is a bound of
  // the quantity: a fraction's 1, a distance's 0). Exact estimates have no sampling noise: no slack in SE units.
  const [lo, hi] = r.band;
  const below = lo === r.predicted || r.bandBound === "lo" ? Number.POSITIVE_INFINITY : r.interval[0] - lo;
  const above = hi === r.predicted || r.bandBound === "hi" ? Number.POSITIVE_INFINITY : hi - r.interval[1];
  let room = Math.min(below, above);
  // A designed contrast is expected outside its band: its slack is the margin by which the interval misses the
  // band (the nearer edge to the far end of the interval), in SE.
  if (e.contrast) room = Math.max(r.interval[0] - hi, lo - r.interval[1]);
  const slack = exact || !(se > 0) || !Number.isFinite(room) ? null : room / se;
  const bias = e.power?.bias ?? 0;
  const alphaLast = alphas[alphas.length - 1]!;
  let beta = exact ? (r.verdict === "PASS" ? 0 : 1) : Number.NaN;
  if (e.contrast && !exact && se > 0) {
    // The chance that an interval of this SE would still touch the rival's band, given the margin measured.
    beta = normalCdf(-(room / se));
  } else if (!exact && se > 0) {
    const bandRoomNow = bandRoom(bandOf(r), bias);
    // SE at the end of the plan: the target where the cap allows it, else the SE at the cap.
    const target = plannedSe(bandRoomNow, alphaLast, o.beta);
    const atCap = se * Math.sqrt(s.scale / o.knobs.maxScale);
    beta = nonPassProbability(bandRoomNow, Math.max(target, atCap), alphaLast);
  }
  const power = {
    stages: s.stages,
    scale: s.scale,
    runs,
    slack,
    plannedBeta: beta,
    bias,
    ...(e.power ? { biasWhy: e.power.why } : {}),
  };
  const notes = [...(r.notes ?? [])];
  if (underpowered && r.verdict === "INCONCLUSIVE")
    notes.push(
      `underpowered: still INCONCLUSIVE after ${s.stages} stage(s) at ×${+s.scale.toFixed(2)} the configured runs (the budget's cap is ×${o.knobs.maxScale}); planned β at the cap ${beta.toPrecision(2)}`,
    );
  return { ...r, power, ...(notes.length ? { notes } : {}) };
}
