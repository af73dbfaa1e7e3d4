import { loadModules } from "../config/modules.ts";
import type { ExitSet } from "../landscapes/exitSet.ts";
import { landscapeFromSpec } from "../landscapes/fromSpec.ts";
import type { Landscape, LandscapeSpec } from "../landscapes/landscape.ts";
import type { NetworkProblem } from "../network/problem.ts";
import { alignmentRun, escapeRun, minimumRun, trainRun } from "../network/runs.ts";
import type { TrainingPhase } from "../network/training.ts";
import { noiseFromSpec } from "../noise/fromSpec.ts";
import {
  type MinibatchSampling,
  minibatchMeanGradient,
  minibatchSampler,
  populationMoments,
} from "../noise/minibatch.ts";
import type { NoiseModel, NoiseSpec } from "../noise/noise.ts";
import { Xoshiro128 } from "../rng/xoshiro128.ts";
import { type BoundedExitSpec, boundedExitCounts } from "../simulate/boundedExit.ts";
import { type CoupledResult, coupledPaths } from "../simulate/coupledPaths.ts";
import { exitKernel } from "../simulate/exitKernel.ts";
import { type HeavyTailedExitSpec, heavyTailedExitCounts } from "../simulate/heavyTailedExit.ts";
import { multilevelSplitting } from "../simulate/multilevelSplitting.ts";
import { quadraticPairs } from "../simulate/quadraticPairs.ts";
import { type CycleModel, cycleRuns, SplitChain } from "../simulate/regenerativeCycles.ts";
import type { SdeModel } from "../simulate/sdeSchemes.ts";
import { sgdKernel } from "../simulate/sgdKernel.ts";
import type { CycleSums } from "../stats/splittingExit.ts";

/**
 * Block tasks: pure functions of a serialisable payload that names its own random stream. The pool runs them
 * in workers or in-process; either way a block's result depends on its payload alone.
 */
interface ModelPayload {
  landscape: LandscapeSpec;
  noise: NoiseSpec | null;
  x0: number[];
  eta: number;
  particles: number;
  /** Stream name; its key comes from seedrandom (rng/streamKey.ts). */
  stream: string;
}

export interface SgdBlockPayload extends ModelPayload {
  steps: number;
  /** Per-particle start states (structure of arrays, d·particles), e.g. the end of a previous schedule phase. */
  start?: number[];
}
export interface ExitBlockPayload extends ModelPayload {
  horizon: number;
  exitSet: ExitSet;
}
export interface CoupledBlockPayload extends ModelPayload {
  steps: number;
  substeps: number;
  models: SdeModel[];
  checkpoints: number[];
}

/** Monte Carlo of the minibatch sampler the kernels use (claim B1): q = ‖ĝ − ḡ‖² over `samples` batches. */
export interface SamplerBlockPayload {
  gradients: number[][];
  batch: number;
  sampling: MinibatchSampling;
  samples: number;
  stream: string;
}

/** One network run (claims B6–B8): a block is one run, so a run's stream is the block's whatever the split. */
interface NetworkPayload {
  problem: NetworkProblem;
  stream: string;
}
export interface NetworkTrainPayload extends NetworkPayload {
  eta: number;
  phases: TrainingPhase[];
}
export interface NetworkMinimumPayload extends NetworkPayload {
  eta: number;
  phases: TrainingPhase[];
  gdEta: number;
  gdSteps: number;
}
export interface NetworkEscapePayload extends NetworkPayload {
  theta: number[];
  eta: number;
  batch: number;
  horizon: number;
  every: number;
  level: number;
}
export interface NetworkAlignmentPayload extends NetworkPayload {
  theta: number[];
  replicates: number;
}

/** Consecutive SGD pairs on a 1-D quadratic (claim V4): sums for the lag-one autocorrelation. */
export interface PairsBlockPayload {
  h: number;
  sigma: number;
  eta: number;
  burnIn: number;
  particles: number;
  stream: string;
}

/** Exit counts of 1-D SGD with bounded noise on the double well (claim V3). */
export interface BoundedExitBlockPayload extends BoundedExitSpec {
  stream: string;
}

/** Exit counts of 1-D SGD with heavy-tailed noise (claims V1, V2). */
export interface HeavyTailedExitBlockPayload extends HeavyTailedExitSpec {
  stream: string;
}

/** The split chain of the rare-event estimator (simulate/regenerativeCycles.ts), as data. */
export interface SplitChainPayload extends Omit<CycleModel, "landscape"> {
  landscape: LandscapeSpec;
  /** Longest cycle, in steps, before a run is refused. */
  maxLength: number;
  /** Runs in this block (splitting runs, or cycles). */
  particles: number;
  stream: string;
}
/** `particles` independent multilevel-splitting runs of `replicas` replicas each, one after another. */
export interface SplittingBlockPayload extends SplitChainPayload {
  replicas: number;
  maxRounds: number;
}
/** `particles` cycles from ν (`from` null) or heads from `from`. */
export interface CycleBlockPayload extends SplitChainPayload {
  from: number[] | null;
}

export interface ExitBlockResult {
  /** Exit iteration N per particle; 0 = censored at the horizon. */
  exitIteration: Float64Array;
  /** Position at exit (or at the horizon when censored), structure of arrays. */
  exitState: Float64Array;
  exits: number;
}

const TASKS = {
  sgdBlock(p: SgdBlockPayload): Float64Array {
    const { landscape, noise } = models(p);
    const x = p.start ? Float64Array.from(p.start) : initialState(p.x0, p.particles);
    sgdKernel(landscape, noise)(
      x,
      p.particles,
      0,
      p.particles,
      p.steps,
      p.eta,
      Xoshiro128.fromName(p.stream),
    );
    return x;
  },
  exitBlock(p: ExitBlockPayload): ExitBlockResult {
    const { landscape, noise } = models(p);
    const x = initialState(p.x0, p.particles);
    const exitIteration = new Float64Array(p.particles);
    const order = new Int32Array(p.particles);
    const exits = exitKernel(landscape, noise, p.exitSet)(
      x,
      p.particles,
      0,
      p.particles,
      p.horizon,
      p.eta,
      Xoshiro128.fromName(p.stream),
      exitIteration,
      order,
    );
    return { exitIteration, exitState: x, exits };
  },
  samplerBlock(p: SamplerBlockPayload): { sum: number; sum2: number; samples: number } {
    const mean = populationMoments(p.gradients).mean;
    const d = mean.length;
    const sampler = minibatchSampler(p.gradients.length, p.batch, p.sampling);
    const rng = Xoshiro128.fromName(p.stream);
    const g = new Float64Array(d);
    let sum = 0;
    let sum2 = 0;
    for (let s = 0; s < p.samples; s++) {
      minibatchMeanGradient(p.gradients, sampler.draw(rng), g);
      let q = 0;
      for (let a = 0; a < d; a++) q += (g[a]! - mean[a]!) ** 2;
      sum += q;
      sum2 += q * q;
    }
    return { sum, sum2, samples: p.samples };
  },
  boundedExitBlock: (p: BoundedExitBlockPayload) => boundedExitCounts(p, Xoshiro128.fromName(p.stream)),
  heavyTailedExitBlock: (p: HeavyTailedExitBlockPayload) =>
    heavyTailedExitCounts(p, Xoshiro128.fromName(p.stream)),
  splittingBlock(p: SplittingBlockPayload): { p: Float64Array; steps: number } {
    const chain = splitChain(p);
    const rng = Xoshiro128.fromName(p.stream);
    const out = new Float64Array(p.particles);
    let steps = 0;
    for (let r = 0; r < p.particles; r++) {
      const run = multilevelSplitting(chain, p.replicas, rng, p);
      out[r] = run.p;
      steps += run.steps;
    }
    return { p: out, steps };
  },
  cycleBlock: (p: CycleBlockPayload): CycleSums =>
    cycleRuns(splitChain(p), p.particles, p.from, Xoshiro128.fromName(p.stream), p.maxLength),
  pairsBlock: (p: PairsBlockPayload) =>
    quadraticPairs(p.h, p.sigma, p.eta, p.burnIn, p.particles, Xoshiro128.fromName(p.stream)),
  networkTrainBlock: (p: NetworkTrainPayload) => trainRun(p.problem, p.eta, p.phases, p.stream),
  networkMinimumBlock: (p: NetworkMinimumPayload) => minimumRun(p.problem, p, p.stream),
  networkEscapeBlock: (p: NetworkEscapePayload) => escapeRun(p.problem, p, p.stream),
  networkAlignmentBlock: (p: NetworkAlignmentPayload) => alignmentRun(p.problem, p, p.stream),
  coupledBlock(p: CoupledBlockPayload): CoupledResult {
    const { landscape, noise } = models(p);
    return coupledPaths({
      landscape,
      noise,
      x0: p.x0,
      eta: p.eta,
      steps: p.steps,
      substeps: p.substeps,
      models: p.models,
      particles: p.particles,
      rng: Xoshiro128.fromName(p.stream),
      checkpoints: p.checkpoints,
    });
  },
};

export type TaskName = keyof typeof TASKS;
export type TaskPayload<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskResult<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;

/** Runs a task (async: a payload may first need a user module loaded, see landscapes/modules.ts). */
export async function runTask<N extends TaskName>(task: N, payload: TaskPayload<N>): Promise<TaskResult<N>> {
  const fn = TASKS[task] as (p: TaskPayload<N>) => TaskResult<N>;
  if (!fn) throw new Error(`unknown task ${String(task)}`);
  // A user landscape or noise family travels as its module's URL: this thread imports it before building.
  const { landscape, noise } = payload as { landscape?: { kind?: string }; noise?: { kind?: string } | null };
  if (landscape?.kind === "module" || noise?.kind === "module") await loadModules({ landscape, noise });
  return fn(payload);
}

function initialState(x0: number[], particles: number): Float64Array {
  const x = new Float64Array(x0.length * particles);
  for (let i = 0; i < x0.length; i++) x.fill(x0[i]!, i * particles, (i + 1) * particles);
  return x;
}

// Landscapes and noise are rebuilt from their specs in each thread and cached by spec, so the compiled kernels
// (cached per landscape object) are reused across blocks.
const modelCache = new Map<string, { landscape: Landscape; noise: NoiseModel | null }>();
function models(p: Pick<ModelPayload, "landscape" | "noise">): {
  landscape: Landscape;
  noise: NoiseModel | null;
} {
  const key = JSON.stringify([p.landscape, p.noise]);
  let m = modelCache.get(key);
  if (!m) {
    const landscape = landscapeFromSpec(p.landscape);
    m = { landscape, noise: p.noise ? noiseFromSpec(p.noise, landscape) : null };
    modelCache.set(key, m);
  }
  return m;
}

function splitChain(p: SplitChainPayload): SplitChain {
  const { landscape } = models({ landscape: p.landscape, noise: null });
  return new SplitChain({ ...p, landscape });
}
