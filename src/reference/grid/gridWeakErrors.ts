/**
 * Deterministic weak errors of SGD against SME-1, SME-2 and gradient flow on a nonlinear 1-D landscape
 * (THEORY.md §W, "Nonlinear 1-D"): e_k = E φ(x_k) − E φ(X_{kη}) is the difference of two numbers that are each
 * computed without Monte Carlo, so weak errors down to ~1e-9 (SME-2 at small η) are measurable at all.
 *
 *   SGD    E φ(x_k)     = ℓ(x0)·A^k·φ         A = one-step backward operator (sgdTransition.ts)
 *   SDE    E φ(X_{kη})  = ℓ(x0)·(e^{ηL})^k·φ  L = collocated generator (sdeSemigroup.ts)
 *   GF     φ(X_{kη})                          one RK4 trajectory (gradientFlow.ts)
 *
 * on a Chebyshev grid over an interval that holds the law and is invariant under the dynamics (gridDomain.ts).
 * The numbers are exact up to the grid's interpolation error, the Gauss–Hermite error (Gaussian noise only) and
 * round-off; `estimateGridError` repeats the computation on a finer grid, a richer quadrature and a wider interval
 * and reports the differences, which is how a claim shows that the grid error is far below the weak error.
 */
import { chebyshevGrid, differentiationMatrices, interpolationRow } from "./chebyshevGrid.ts";
import { DEFAULT_FLOW_STEP, gradientFlowPath } from "./gradientFlow.ts";
import { DEFAULT_CORE_WIDTH, gridDomain } from "./gridDomain.ts";
import {
  assertGridTestFunction,
  evaluateGridTestFunction,
  type GridTestFunction,
  gridTestFunctionLabel,
} from "./gridTestFunction.ts";
import { assertNoiseLaw, type NoiseLaw1d, noiseQuadrature } from "./noiseLaw.ts";
import { sdeStepOperator } from "./sdeSemigroup.ts";
import {
  GRID_SCHEMES,
  type GridScheme,
  type Landscape1d,
  type NoiseScale,
  noiseScaleFunction,
} from "./setting1d.ts";
import { sgdTransitionMatrix } from "./sgdTransition.ts";
import { type FlatMatrix, rowTimesInto } from "./squareMatrix.ts";

export interface GridResolution {
  /** Polynomial degree N of the Chebyshev grid (N + 1 nodes; default 128). */
  degree?: number;
  /** Gauss–Hermite nodes for Gaussian SGD noise (default 20; ignored for discrete noise). */
  quadratureNodes?: number;
  /** Truncation interval; default: chosen by gridDomain.ts. A given interval must be invariant (else throws). */
  domain?: readonly [number, number];
  /** Standard deviations of linearized spread kept in the core of the automatic interval (default 8). */
  coreWidth?: number;
  /** Bound on h·max(1, |f''|) of the gradient-flow RK4 substeps (default 1e-3). */
  flowStep?: number;
}

export interface GridWeakErrorInput {
  /** f' (gradient) and f'' (curvature) of the landscape; see landscape1d() for a 1-D Landscape. */
  landscape: Landscape1d;
  /** s(x): the gradient noise has variance s(x)²; SME-1/2 diffuse with √η s(X). */
  noiseScale: NoiseScale;
  /** Law of the standardized SGD noise v (mean 0, variance 1). */
  sgdNoise: NoiseLaw1d;
  x0: number;
  eta: number;
  /** Horizon T; K = round(T/η) steps, compared at the times kη (k ≤ K). */
  horizon: number;
  tests: readonly GridTestFunction[];
  /** Models compared with SGD (default all three). */
  models?: readonly GridScheme[];
  /** Steps k at which to compare, strictly increasing in [0, K] (default 0..K). */
  checkpoints?: readonly number[];
  resolution?: GridResolution;
  /**
   * Also solve at a finer resolution and report the differences as `gridError` (about 3–4× the cost). `true`
   * uses REFINEMENT (1.5× degree, +12 Gauss–Hermite nodes, interval 10% wider each side, half the flow step);
   * a GridResolution gives the finer resolution explicitly.
   */
  estimateGridError?: boolean | GridResolution;
}

/** The resolution actually used (after defaults and the automatic interval). */
export interface GridResolutionUsed {
  degree: number;
  /** Nodes of the noise rule actually used (Gauss–Hermite after dropping weights < 1e-18, or the atoms). */
  quadratureNodes: number;
  domain: readonly [number, number];
  /** The linearized core that the automatic interval holds in its middle. */
  core: readonly [number, number];
  flowStep: number;
}

export interface GridSchemeErrors {
  /** e_k = E φ(x_k) − E φ(X_{kη}), [test][checkpoint]. */
  signed: number[][];
  /** max_k |e_k| per test. */
  sup: number[];
  /** The checkpoint step attaining sup, per test (first on ties). */
  argmaxStep: number[];
  /** |e_k| at the last checkpoint, per test. */
  final: number[];
}

export interface GridErrorEstimate {
  finer: GridResolutionUsed;
  /** max_k |E φ(x_k) − (same at the finer resolution)| per test. */
  sgd: number[];
  /** Same for each model's expectations. */
  sde: Partial<Record<GridScheme, number[]>>;
  /** max_k |e_k − e_k(finer)| per test: the uncertainty of the weak error itself. */
  errors: Partial<Record<GridScheme, number[]>>;
  /** The finer solve's E φ(x_k), [test][checkpoint], for callers that combine expectations before differencing. */
  sgdValues: number[][];
  /** The finer solve's E φ(X_{kη}) per model, [test][checkpoint]. */
  sdeValues: Partial<Record<GridScheme, number[][]>>;
}

export interface GridWeakErrors {
  eta: number;
  /** K = round(T/η). */
  steps: number;
  checkpoints: number[];
  /** kη at each checkpoint. */
  times: number[];
  /** Labels of the test functions, in input order. */
  tests: string[];
  models: GridScheme[];
  /** E φ(x_k), [test][checkpoint]. */
  sgd: number[][];
  /** E φ(X_{kη}) per model, [test][checkpoint]. */
  sde: Partial<Record<GridScheme, number[][]>>;
  errors: Partial<Record<GridScheme, GridSchemeErrors>>;
  resolution: GridResolutionUsed;
  /** Present when estimateGridError was set. */
  gridError?: GridErrorEstimate;
}

export const DEFAULT_DEGREE = 128;
export const DEFAULT_QUADRATURE_NODES = 20;

/** How the finer solve of estimateGridError differs: 1.5× degree, +12 Gauss–Hermite nodes, ±10% wider, h/2. */
export const REFINEMENT = { degreeFactor: 1.5, extraQuadratureNodes: 12, widening: 0.1, flowStepFactor: 0.5 };

export function gridWeakErrors(input: GridWeakErrorInput): GridWeakErrors {
  const base = solve(input, input.resolution ?? {}, false);
  if (!input.estimateGridError) return base;
  const finer = solve(input, finerResolution(input, base.resolution), true);
  const supDifference = (p: number[][], q: number[][]) =>
    p.map((row, j) => row.reduce((m, v, c) => Math.max(m, Math.abs(v - q[j]![c]!)), 0));
  const gridError: GridErrorEstimate = {
    finer: finer.resolution,
    sgd: supDifference(base.sgd, finer.sgd),
    sde: {},
    errors: {},
    sgdValues: finer.sgd,
    sdeValues: finer.sde,
  };
  for (const model of base.models) {
    gridError.sde[model] = supDifference(base.sde[model]!, finer.sde[model]!);
    gridError.errors[model] = supDifference(base.errors[model]!.signed, finer.errors[model]!.signed);
  }
  return { ...base, gridError };
}

/** The resolution of the refinement solve: explicit, or REFINEMENT applied to the one actually used. */
function finerResolution(input: GridWeakErrorInput, used: GridResolutionUsed): GridResolution {
  if (typeof input.estimateGridError === "object") return input.estimateGridError;
  const [a, b] = used.domain;
  const widen = REFINEMENT.widening * (b - a);
  return {
    degree: Math.ceil(used.degree * REFINEMENT.degreeFactor),
    quadratureNodes:
      (input.resolution?.quadratureNodes ?? DEFAULT_QUADRATURE_NODES) + REFINEMENT.extraQuadratureNodes,
    domain: [a - widen, b + widen],
    coreWidth: input.resolution?.coreWidth,
    flowStep: used.flowStep * REFINEMENT.flowStepFactor,
  };
}

/** One solve at one resolution; `widenable` lets a given domain grow (the refinement's derived interval). */
function solve(input: GridWeakErrorInput, resolution: GridResolution, widenable: boolean): GridWeakErrors {
  const { landscape, sgdNoise, x0, eta, horizon, tests } = input;
  if (!landscape || typeof landscape.gradient !== "function" || typeof landscape.curvature !== "function")
    throw new Error("landscape must provide gradient(x) = f'(x) and curvature(x) = f''(x)");
  if (!Number.isFinite(eta) || eta <= 0) throw new Error(`eta must be a finite number > 0 (got ${eta})`);
  if (!Number.isFinite(horizon) || horizon <= 0)
    throw new Error(`horizon must be a finite number > 0 (got ${horizon})`);
  if (!Number.isFinite(x0)) throw new Error(`x0 must be finite (got ${x0})`);
  const steps = Math.round(horizon / eta);
  if (steps < 1) throw new Error(`horizon ${horizon} is shorter than one step of eta = ${eta}`);
  if (steps > 1e6)
    throw new Error(`horizon/eta = ${horizon / eta} steps is more than this reference supports (1e6)`);
  assertNoiseLaw(sgdNoise);
  if (!Array.isArray(tests) || tests.length === 0) throw new Error("tests must be a non-empty array");
  tests.forEach(assertGridTestFunction);
  const models = [...(input.models ?? GRID_SCHEMES)];
  for (const m of models)
    if (!GRID_SCHEMES.includes(m)) throw new Error(`unknown model ${JSON.stringify(m)} (use sme1, sme2, gf)`);
  const checkpoints = resolveCheckpoints(input.checkpoints, steps);
  const s = noiseScaleFunction(input.noiseScale);

  const degree = resolution.degree ?? DEFAULT_DEGREE;
  if (!Number.isInteger(degree) || degree < 8 || degree > 1000)
    throw new Error(`resolution.degree must be an integer in [8, 1000] (got ${degree})`);
  const gaussNodes = resolution.quadratureNodes ?? DEFAULT_QUADRATURE_NODES;
  const flowStep = resolution.flowStep ?? DEFAULT_FLOW_STEP;
  if (!Number.isFinite(flowStep) || flowStep <= 0)
    throw new Error(`resolution.flowStep must be a finite number > 0 (got ${flowStep})`);
  const rule = noiseQuadrature(sgdNoise, gaussNodes);
  let vmin = Number.POSITIVE_INFINITY;
  let vmax = Number.NEGATIVE_INFINITY;
  for (const v of rule.nodes) {
    vmin = Math.min(vmin, v);
    vmax = Math.max(vmax, v);
  }
  const domain = gridDomain(
    {
      landscape,
      noiseScale: s,
      x0,
      eta,
      steps,
      noiseRange: [vmin, vmax],
      degree,
      coreWidth: resolution.coreWidth ?? DEFAULT_CORE_WIDTH,
    },
    resolution.domain,
    resolution.domain !== undefined && !widenable,
  );
  const grid = chebyshevGrid(degree, domain.a, domain.b);
  const n = grid.nodes.length;
  const testValues = tests.map((phi) =>
    Float64Array.from(grid.nodes, (x) => evaluateGridTestFunction(phi, x)),
  );
  const start = interpolationRow(grid, x0);

  const sgd = propagate(
    start,
    sgdTransitionMatrix(grid, landscape, s, eta, rule),
    n,
    checkpoints,
    testValues,
  );
  const sde: Partial<Record<GridScheme, number[][]>> = {};
  const errors: Partial<Record<GridScheme, GridSchemeErrors>> = {};
  const derivatives = models.some((m) => m !== "gf") ? differentiationMatrices(grid) : undefined;
  for (const model of models) {
    let values: number[][];
    if (model === "gf") {
      const path = gradientFlowPath(landscape, x0, eta, checkpoints[checkpoints.length - 1]!, flowStep);
      values = tests.map((phi) => checkpoints.map((k) => evaluateGridTestFunction(phi, path[k]!)));
    } else {
      const { matrix } = sdeStepOperator(grid, landscape, s, eta, model, derivatives);
      values = propagate(start, matrix, n, checkpoints, testValues);
    }
    sde[model] = values;
    errors[model] = schemeErrors(sgd, values, checkpoints);
  }
  return {
    eta,
    steps,
    checkpoints,
    times: checkpoints.map((k) => k * eta),
    tests: tests.map(gridTestFunctionLabel),
    models,
    sgd,
    sde,
    errors,
    resolution: {
      degree,
      quadratureNodes: rule.nodes.length,
      domain: [domain.a, domain.b],
      core: domain.core,
      flowStep,
    },
  };
}

/** r_k = ℓ(x0)·P^k for k up to the last checkpoint; returns r_k·φ_j, [test][checkpoint]. */
function propagate(
  start: Float64Array,
  P: FlatMatrix,
  n: number,
  checkpoints: readonly number[],
  testValues: readonly Float64Array[],
): number[][] {
  const out = testValues.map(() => new Array<number>(checkpoints.length));
  let r: Float64Array = Float64Array.from(start);
  let spare: Float64Array = new Float64Array(n);
  let c = 0;
  const last = checkpoints[checkpoints.length - 1]!;
  for (let k = 0; k <= last; k++) {
    if (k > 0) {
      const next = rowTimesInto(r, P, n, spare);
      spare = r;
      r = next;
    }
    if (checkpoints[c] === k) {
      testValues.forEach((phi, j) => {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += r[i]! * phi[i]!;
        out[j]![c] = sum;
      });
      c++;
    }
  }
  return out;
}

function schemeErrors(sgd: number[][], sde: number[][], checkpoints: readonly number[]): GridSchemeErrors {
  const signed = sgd.map((row, j) => row.map((v, c) => v - sde[j]![c]!));
  const sup: number[] = [];
  const argmaxStep: number[] = [];
  for (const row of signed) {
    let best = -1;
    let at = 0;
    row.forEach((e, c) => {
      if (Math.abs(e) > best) {
        best = Math.abs(e);
        at = checkpoints[c]!;
      }
    });
    sup.push(best);
    argmaxStep.push(at);
  }
  return { signed, sup, argmaxStep, final: signed.map((row) => Math.abs(row[row.length - 1]!)) };
}

function resolveCheckpoints(checkpoints: readonly number[] | undefined, steps: number): number[] {
  if (checkpoints === undefined) return Array.from({ length: steps + 1 }, (_, k) => k);
  if (!Array.isArray(checkpoints) || checkpoints.length === 0)
    throw new Error("checkpoints must be a non-empty array of steps");
  checkpoints.forEach((k, c) => {
    if (!Number.isInteger(k) || k < 0 || k > steps)
      throw new Error(`checkpoints must be integer steps in [0, ${steps}] (got ${k})`);
    if (c > 0 && k <= checkpoints[c - 1]!) throw new Error("checkpoints must be strictly increasing");
  });
  return [...checkpoints];
}
