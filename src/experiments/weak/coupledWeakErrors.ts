/**
 * Monte-Carlo weak errors of SGD against SME-1, SME-2 and gradient flow in d dimensions, with common random
 * numbers (DESIGN.md §3): for each η of a grid,
 *
 *   e(η, t) = E φ(x_{t/η}) − E φ(X_t),   estimated by the mean over particles of φ(x_{t/η}) − φ(X_t),
 *
 * where SGD x and its SDE reference X are driven by the same Gaussian increments (simulate/coupledPaths.ts).
 * Why coupled: SGD with Gaussian noise is Euler–Maruyama of SME-1 with step η, so the two paths differ by O(η)
 * pathwise and the per-particle difference has SD O(η) instead of the O(√η) of either term. The error of an
 * order-1 model is O(η) too, so its relative SE no longer grows as η shrinks, which is what makes a Monte-Carlo
 * order fit (claim W1 on nonlinear d-D landscapes, where no exact reference exists) affordable at all. Each
 * result reports the variance-reduction factor against independent sampling, (SE_indep/SE_coupled)² with
 * SE_indep² = (Var φ(x) + Var φ(X))/n from the same samples, so the gain is measured, not assumed.
 *
 * How: particles are split into fixed-size blocks; block b at step size η owns the stream `${stream}/${η}/${b}`
 * and runs as a "coupledBlock" task through the block dispatcher (one job per η, longest first). Blocks are folded in (η, block, particle) order, so the
 * numbers are bit-identical for any worker count. Streams are *independent across η* (not shared): coupledPaths
 * draws m·d normals per step, particle after particle, so one stream at two step sizes puts the same normal on
 * different particles and times — a correlation with no coupling in it — while orderFit weights each η as an
 * independent estimate. Independent η streams make that assumption exact (and an η's numbers do not change when
 * another η is added to the grid).
 *
 * The SDE reference is itself discretised (stochastic Heun with m substeps per SGD step for constant noise, weak
 * order 2 in h = η/m; Euler–Maruyama for state-dependent noise). Its bias must stay ≤ 1% of the smallest error
 * used: for an order-1 model the ratio bias/error ≈ K·η/m² shrinks with η, for SME-2 it is ≈ K/m² at every η —
 * hence the larger default m with SME-2 (defaultSubsteps; the spec checks both against exact Heun moments on a
 * quadratic).
 */
import { FieldError } from "../../config/fieldError.ts";
import { landscapeFromSpec } from "../../landscapes/fromSpec.ts";
import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import { noiseFromSpec } from "../../noise/fromSpec.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import { BlockDispatcher } from "../../parallel/dispatch.ts";
import type { WorkerPool } from "../../parallel/pool.ts";
import {
  assertTestFunction,
  evaluateTestFunction,
  type TestFunction,
  testFunctionLabel,
} from "../../reference/testFunction.ts";
import { SDE_MODELS, type SdeModel } from "../../simulate/sdeSchemes.ts";
import { RunningMoments } from "../../stats/estimators.ts";
import { type OrderFit, orderFit } from "../../stats/regression.ts";
import type { Simulation } from "../experiment.ts";

export interface CoupledWeakErrorSpec {
  landscape: LandscapeSpec;
  /** Gradient noise; required (without it every error is deterministic and has no SE to fit with). */
  noise: NoiseSpec;
  x0: number[];
  /** Horizon; every t in `times` (default [T]) must be a whole number of steps of every η. */
  T: number;
  etas: number[];
  models: SdeModel[];
  tests: TestFunction[];
  /** Particles per η. */
  particles: number;
  /** Particles per block (default DEFAULT_BLOCK_SIZE). Part of the result: streams are per block. */
  blockSize?: number;
  /** SDE substeps per SGD step (default defaultSubsteps(models)). */
  substeps?: number;
  /** Times at which errors are recorded (ascending, in (0, T], last = T); default [T]. */
  times?: number[];
  /** Fit the error at T ("final", default) or the max over `times` ("sup"). */
  fitOn?: "final" | "sup";
  /** Stream prefix, e.g. `${master}/W1/poly2d`. */
  stream: string;
  /** Two-sided level of the slope interval of each fit. */
  alpha: number;
}

/** Errors of one model and one test function along the η grid (index j follows `etas`). */
export interface TestWeakErrors {
  test: TestFunction;
  label: string;
  etas: number[];
  /** The errors the fit uses (signed): at T for fitOn "final", the sup over `times` for "sup". */
  errors: number[];
  /** Their coupled standard errors. */
  ses: number[];
  /** SE that independent sampling of the two expectations would give from n particles each. */
  independentSes: number[];
  /** (independentSes/ses)²: how many times more particles independent sampling would need. */
  varianceReduction: number[];
  /** Signed errors and SEs at every recorded time, [η][time]. */
  timeErrors: number[][];
  timeSes: number[][];
  /** max over times of |error| per η, with the SE at the maximising time (biased up by noise when unresolved). */
  supErrors: number[];
  supSes: number[];
  /** Time attaining the sup, per η. */
  supTimes: number[];
  fit: OrderFit;
}

export interface ModelWeakErrors {
  model: SdeModel;
  tests: TestWeakErrors[];
}

export interface CoupledWeakErrors {
  etas: number[];
  /** T/η per η. */
  steps: number[];
  times: number[];
  substeps: number;
  particles: number;
  blockSize: number;
  models: ModelWeakErrors[];
}

/**
 * Default particles per block, as for exit runs: a block of 250 particles × hundreds of steps is far more work
 * than its dispatch, and 1000 particles per η already make 4 blocks per η to spread over the workers.
 */
export const DEFAULT_BLOCK_SIZE = 250;

/**
 * SDE substeps m. Order-1 models: Heun's bias relative to an O(η) error is ≈ K·η/m², at most 0.53% at m = 4 for
 * η ≤ 0.1 on the spec's quadratic (curvature ≤ 2.1). SME-2: the ratio is ≈ K/m² at every η — 3.8% at m = 4,
 * 0.23% at m = 16 (exact Heun moments, spec). One m serves all models of a run: they share one coupledPaths
 * call, so SME-2 in the list makes every model pay for 16.
 */
export function defaultSubsteps(models: readonly SdeModel[]): number {
  return models.includes("sme2") ? 16 : 4;
}

/** Relative tolerance for t/η to count as a whole number of steps (decimal η such as 0.1 are not exact). */
const STEP_TOLERANCE = 1e-9;

/** The coupled errors of a spec without their fits: what the simulation produces (fits need the claim's α). */
export type CoupledErrors = Omit<CoupledWeakErrors, "models"> & {
  models: { model: SdeModel; tests: Omit<TestWeakErrors, "fit">[] }[];
};

/** The coupled SGD/SDE runs of a spec, as a Simulation the claims' runner dispatches with everything else. */
export function coupledRuns(spec: Omit<CoupledWeakErrorSpec, "alpha">): Simulation<CoupledErrors> {
  const checked = checkSpec(spec);
  return {
    stream: spec.stream,
    runs: spec.particles,
    // Per η: the SGD step and each SDE model's substeps.
    stepsPerRun: checked.steps.reduce((sum, k) => sum + k * (1 + spec.models.length * checked.substeps), 0),
    resize: (particles) => coupledRuns({ ...spec, particles }),
    describe: `SGD and ${spec.models.join(", ")} on common increments at η = ${checked.etas.join(", ")} to T = ${spec.T}: ${spec.particles} coupled pairs per η, ${checked.substeps} SDE substeps per step`,
    run: (dispatch) => coupledErrors(spec, checked, dispatch),
  };
}

/** The order fit of every model and test function at level α. */
export function fitCoupledErrors(errors: CoupledErrors, alpha: number): CoupledWeakErrors {
  return {
    ...errors,
    models: errors.models.map((m) => ({
      model: m.model,
      tests: m.tests.map((t) => ({ ...t, fit: fitErrors(errors.etas, t.errors, t.ses, alpha) })),
    })),
  };
}

/** Runs the coupled paths on `pool` and fits every order: the whole measurement, for tools and specs. */
export async function coupledWeakErrors(
  pool: WorkerPool,
  spec: CoupledWeakErrorSpec,
  onDone?: (done: number, total: number) => void,
): Promise<CoupledWeakErrors> {
  const checked = checkSpec(spec);
  const dispatch = new BlockDispatcher(pool, (_f, done, total) => onDone?.(done, total));
  return fitCoupledErrors(await coupledErrors(spec, checked, dispatch), spec.alpha);
}

async function coupledErrors(
  spec: Omit<CoupledWeakErrorSpec, "alpha">,
  checked: CheckedSpec,
  dispatch: BlockDispatcher,
): Promise<CoupledErrors> {
  const { etas, times, steps, checkpoints, substeps, blockSize, d } = checked;
  const { particles, models, tests } = spec;
  const blocks = Math.ceil(particles / blockSize);
  const resultOf = await Promise.all(
    etas.map((eta, j) =>
      dispatch.run({
        task: "coupledBlock",
        stream: `${spec.stream}/${eta}`,
        particles,
        blockSize,
        // Smallest η (most steps) first: the longest tasks start early, so the last worker does not run alone.
        cost: steps[j]! * substeps,
        payload: (b) => ({
          landscape: spec.landscape,
          noise: spec.noise,
          x0: spec.x0,
          eta,
          particles: b.particles,
          stream: b.stream,
          steps: steps[j]!,
          substeps,
          models: [...models],
          checkpoints: checkpoints[j]!,
        }),
      }),
    ),
  );
  // Moments per [η][test][time] (SGD) and [η][model][test][time] (SDE, difference), pushed particle by particle
  // in block order: the fold order is fixed, hence the bits.
  const grid = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
  const nT = times.length;
  const sgdM = grid(etas.length, () => grid(tests.length, () => grid(nT, () => new RunningMoments())));
  const sdeM = grid(etas.length, () =>
    grid(models.length, () => grid(tests.length, () => grid(nT, () => new RunningMoments()))),
  );
  const diffM = grid(etas.length, () =>
    grid(models.length, () => grid(tests.length, () => grid(nT, () => new RunningMoments()))),
  );
  const x = new Float64Array(d);
  const y = new Float64Array(d);
  for (let j = 0; j < etas.length; j++) {
    for (let b = 0; b < blocks; b++) {
      const r = resultOf[j]![b]!;
      const n = Math.min(blockSize, particles - b * blockSize);
      for (let c = 0; c < nT; c++) {
        const xs = r.sgd[c]!;
        const ys = models.map((m) => r.sde[m]![c]!);
        for (let p = 0; p < n; p++) {
          for (let i = 0; i < d; i++) x[i] = xs[i * n + p]!;
          if (!x.every(Number.isFinite))
            throw new Error(
              `SGD diverged at η = ${etas[j]} (particle ${b * blockSize + p}, t = ${times[c]}): ` +
                "η is beyond the stability limit of this landscape",
            );
          for (let k = 0; k < tests.length; k++) {
            const a = evaluateTestFunction(tests[k]!, x);
            sgdM[j]![k]![c]!.push(a);
            for (let mi = 0; mi < models.length; mi++) {
              const ym = ys[mi]!;
              for (let i = 0; i < d; i++) y[i] = ym[i * n + p]!;
              if (!y.every(Number.isFinite))
                throw new Error(
                  `the ${models[mi]} reference diverged at η = ${etas[j]} (t = ${times[c]}): use more substeps`,
                );
              const e = evaluateTestFunction(tests[k]!, y);
              sdeM[j]![mi]![k]![c]!.push(e);
              diffM[j]![mi]![k]![c]!.push(a - e);
            }
          }
        }
      }
    }
  }

  const fitOn = spec.fitOn ?? "final";
  const out = models.map((model, mi) => ({
    model,
    tests: tests.map((test, k) => {
      const timeErrors: number[][] = [];
      const timeSes: number[][] = [];
      const independentAt: number[][] = [];
      etas.forEach((_, j) => {
        const row = diffM[j]![mi]![k]!;
        timeErrors.push(row.map((m) => m.mean));
        timeSes.push(row.map((m) => m.standardError));
        independentAt.push(
          row.map((_m, c) =>
            Math.sqrt((sgdM[j]![k]![c]!.variance + sdeM[j]![mi]![k]![c]!.variance) / particles),
          ),
        );
      });
      const supAt = timeErrors.map((row) =>
        row.reduce((best, e, c) => (Math.abs(e) > Math.abs(row[best]!) ? c : best), 0),
      );
      const at = fitOn === "sup" ? supAt : etas.map(() => nT - 1);
      const errors = at.map((c, j) => timeErrors[j]![c]!);
      const ses = at.map((c, j) => timeSes[j]![c]!);
      const independentSes = at.map((c, j) => independentAt[j]![c]!);
      return {
        test,
        label: testFunctionLabel(test),
        etas: [...etas],
        errors,
        ses,
        independentSes,
        varianceReduction: ses.map((s, j) => (independentSes[j]! / s) ** 2),
        timeErrors,
        timeSes,
        supErrors: supAt.map((c, j) => Math.abs(timeErrors[j]![c]!)),
        supSes: supAt.map((c, j) => timeSes[j]![c]!),
        supTimes: supAt.map((c) => times[c]!),
      };
    }),
  }));
  return { etas: [...etas], steps, times, substeps, particles, blockSize, models: out };
}

/**
 * orderFit needs SE > 0; a zero SE means the difference is deterministic (e.g. a test function that both
 * processes move identically), which is an insufficient Monte-Carlo fit, not a crash.
 */
function fitErrors(etas: number[], errors: number[], ses: number[], alpha: number): OrderFit {
  if (ses.every((s) => s > 0)) return orderFit(etas, errors, ses, alpha);
  return {
    status: "insufficient",
    method: "monte-carlo",
    reason: "an SE is 0: the coupled difference has no spread",
    slope: Number.NaN,
    intercept: Number.NaN,
    se: Number.NaN,
    interval: [Number.NaN, Number.NaN],
    used: [],
    localSlopes: [],
    reducedChi2: Number.NaN,
    inflation: Number.NaN,
    curvature: { c: Number.NaN, se: Number.NaN, localSlopeChange: Number.NaN, curved: false, settled: true },
  };
}

interface CheckedSpec {
  etas: number[];
  times: number[];
  steps: number[];
  /** Checkpoint steps per η, one per time. */
  checkpoints: number[][];
  substeps: number;
  blockSize: number;
  d: number;
}

/** Every argument checked up front, with a one-line message naming it (DESIGN.md §10). */
function checkSpec(spec: Omit<CoupledWeakErrorSpec, "alpha"> & { alpha?: number }): CheckedSpec {
  const landscape = landscapeFromSpec(spec.landscape);
  if (spec.noise == null)
    throw new FieldError("noise", "is required: without noise the coupled difference has no spread");
  noiseFromSpec(spec.noise, landscape);
  const d = landscape.dim;
  if (!Array.isArray(spec.x0) || spec.x0.length !== d || !spec.x0.every(Number.isFinite))
    throw new FieldError("x0", `must be ${d} finite numbers (the landscape dimension), got ${json(spec.x0)}`);
  if (!(Number.isFinite(spec.T) && spec.T > 0))
    throw new FieldError("T", `must be a finite number > 0, got ${spec.T}`);
  if (!Array.isArray(spec.etas) || spec.etas.length === 0)
    throw new FieldError("etas", "must be a non-empty array of step sizes");
  spec.etas.forEach((eta, j) => {
    if (!(Number.isFinite(eta) && eta > 0 && eta <= spec.T))
      throw new FieldError(`etas[${j}]`, `must be a finite number in (0, T = ${spec.T}], got ${eta}`);
  });
  if (new Set(spec.etas).size !== spec.etas.length)
    throw new FieldError("etas", `has repeated values: ${json(spec.etas)}`);
  if (!Array.isArray(spec.models) || spec.models.length === 0)
    throw new FieldError("models", `must be a non-empty array of ${Object.keys(SDE_MODELS).join(", ")}`);
  spec.models.forEach((m, i) => {
    if (!Object.hasOwn(SDE_MODELS, m))
      throw new FieldError(
        `models[${i}]`,
        `unknown model ${json(m)} (use ${Object.keys(SDE_MODELS).join(", ")})`,
      );
  });
  if (new Set(spec.models).size !== spec.models.length)
    throw new FieldError("models", `has repeated models: ${json(spec.models)}`);
  if (!Array.isArray(spec.tests) || spec.tests.length === 0)
    throw new FieldError("tests", "must be a non-empty array of test functions");
  spec.tests.forEach((phi, k) => {
    try {
      assertTestFunction(phi, d);
    } catch (e) {
      throw new FieldError(`tests[${k}]`, (e as Error).message);
    }
  });
  if (!(Number.isInteger(spec.particles) && spec.particles >= 2))
    throw new FieldError("particles", `must be an integer ≥ 2 (a SE needs two), got ${spec.particles}`);
  const blockSize = spec.blockSize ?? DEFAULT_BLOCK_SIZE;
  if (!(Number.isInteger(blockSize) && blockSize >= 1))
    throw new FieldError("blockSize", `must be a positive integer, got ${blockSize}`);
  const substeps = spec.substeps ?? defaultSubsteps(spec.models);
  if (!(Number.isInteger(substeps) && substeps >= 1))
    throw new FieldError("substeps", `must be a positive integer, got ${substeps}`);
  if (typeof spec.stream !== "string" || spec.stream === "")
    throw new FieldError("stream", "must be a non-empty stream name");
  if (spec.alpha !== undefined && !(spec.alpha > 0 && spec.alpha < 1))
    throw new FieldError("alpha", `must be in (0, 1), got ${spec.alpha}`);
  if (spec.fitOn !== undefined && spec.fitOn !== "final" && spec.fitOn !== "sup")
    throw new FieldError("fitOn", `must be "final" or "sup", got ${json(spec.fitOn)}`);
  const times = spec.times ?? [spec.T];
  if (!Array.isArray(times) || times.length === 0)
    throw new FieldError("times", "must be a non-empty array of times");
  times.forEach((t, c) => {
    if (!(Number.isFinite(t) && t > 0 && t <= spec.T))
      throw new FieldError(`times[${c}]`, `must be in (0, T = ${spec.T}], got ${t}`);
    if (c > 0 && !(t > times[c - 1]!)) throw new FieldError("times", "must be strictly increasing");
  });
  if (times[times.length - 1] !== spec.T)
    throw new FieldError(
      "times",
      `must end at the horizon T = ${spec.T} (the final error is always reported)`,
    );
  const stepsAt = (t: number, eta: number, field: string) => {
    const ratio = t / eta;
    const k = Math.round(ratio);
    if (Math.abs(ratio - k) > STEP_TOLERANCE * ratio)
      throw new FieldError(field, `${t}/η = ${ratio} at η = ${eta} is not a whole number of steps`);
    return k;
  };
  const steps = spec.etas.map((eta, j) => stepsAt(spec.T, eta, `etas[${j}]`));
  const checkpoints = spec.etas.map((eta, j) =>
    times.map((t, c) => stepsAt(t, eta, `times[${c}] (η = etas[${j}])`)),
  );
  return { etas: [...spec.etas], times: [...times], steps, checkpoints, substeps, blockSize, d };
}

const json = (v: unknown) => JSON.stringify(v);
