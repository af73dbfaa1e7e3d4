import { type Matrix, symmetricEigen } from "../linalg/dense.ts";
import { Xoshiro128 } from "../rng/xoshiro128.ts";
import {
  bootstrapNoiseCurvature,
  type NoiseCurvature,
  noiseCurvatureSamples,
  weightedNoiseCurvature,
} from "./noiseCurvature.ts";
import { type NetworkProblem, networkModels } from "./problem.ts";
import { gradientDescent, initialParameters, sgdTrain, sharpness, type TrainingPhase } from "./training.ts";

/**
 * The units of work of the network claims (B6–B8), each a pure function of its inputs and stream name, run by
 * the block tasks (parallel/tasks.ts):
 *   trainRun      one training run from initialisation: SGD through the phases, then the end point measured
 *   minimumRun    a minimum found by full-batch gradient descent (optionally after an SGD phase)
 *   escapeRun     SGD started at a minimum, watched until the training objective leaves its sublevel set
 *   alignmentRun  Σ₁ against H at a point, with bootstrap replicates
 */
export interface EndPoint {
  /** λ_max of ∇²L at the end (Lanczos; `sharpnessResidual` is ‖Hu − λu‖). */
  sharpness: number;
  sharpnessResidual: number;
  objective: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
}

function endPoint(problem: NetworkProblem, theta: Float64Array): EndPoint & { vector: Float64Array } {
  const { net, train, test } = networkModels(problem);
  const top = sharpness(net, train, theta);
  return {
    sharpness: top.value,
    sharpnessResidual: top.residual,
    vector: top.vector,
    objective: net.objective(theta, train),
    trainLoss: net.meanLoss(theta, train),
    testLoss: net.meanLoss(theta, test),
    trainAccuracy: net.accuracy(theta, train),
    testAccuracy: net.accuracy(theta, test),
  };
}

/** One run: θ₀ from the stream, then SGD at `eta` through `phases` on the same stream. */
export function trainRun(
  problem: NetworkProblem,
  eta: number,
  phases: TrainingPhase[],
  stream: string,
): EndPoint {
  const { net, train } = networkModels(problem);
  const rng = Xoshiro128.fromName(stream);
  const theta = initialParameters(net, rng);
  sgdTrain(net, train, theta, eta, phases, problem.sampling, rng);
  const { vector: _, ...end } = endPoint(problem, theta);
  return end;
}

export interface Minimum extends EndPoint {
  theta: number[];
  /** ‖∇L‖ at the last gradient-descent step. */
  gradientNorm: number;
  /** Unit top eigenvector of ∇²L. */
  topVector: number[];
  /** s₁² = Var_i(vᵀ∇ℓ_i) over the training set: one sample's gradient noise along the top eigenvector. */
  noiseAlongTop: number;
}

/** θ₀ from `stream`, optionally SGD `phases` at `eta`, then `gdSteps` full-batch steps of size `gdEta`. */
export function minimumRun(
  problem: NetworkProblem,
  spec: { eta: number; phases: TrainingPhase[]; gdEta: number; gdSteps: number },
  stream: string,
): Minimum {
  const { net, train } = networkModels(problem);
  const rng = Xoshiro128.fromName(stream);
  const theta = initialParameters(net, rng);
  sgdTrain(net, train, theta, spec.eta, spec.phases, problem.sampling, rng);
  const gradientNorm = gradientDescent(net, train, theta, spec.gdEta, spec.gdSteps);
  const { vector, ...end } = endPoint(problem, theta);
  const g = new Float64Array(net.size);
  const proj: number[] = [];
  for (let i = 0; i < train.n; i++) {
    g.fill(0);
    net.addSampleGradient(theta, train, i, 1, g);
    let s = 0;
    for (let a = 0; a < net.size; a++) s += g[a]! * vector[a]!;
    proj.push(s);
  }
  const mean = proj.reduce((s, v) => s + v, 0) / proj.length;
  const noiseAlongTop = proj.reduce((s, v) => s + (v - mean) ** 2, 0) / proj.length;
  return { ...end, theta: Array.from(theta), gradientNorm, topVector: Array.from(vector), noiseAlongTop };
}

/**
 * SGD with batch `batch` at `eta` from θ*, the objective checked every `every` steps against `level`: the
 * escape step (a multiple of `every`), or 0 when the run stays below the level for all `horizon` steps.
 */
export function escapeRun(
  problem: NetworkProblem,
  spec: { theta: number[]; eta: number; batch: number; horizon: number; every: number; level: number },
  stream: string,
): number {
  const { net, train } = networkModels(problem);
  const theta = Float64Array.from(spec.theta);
  return sgdTrain(
    net,
    train,
    theta,
    spec.eta,
    [{ batch: spec.batch, steps: spec.horizon }],
    problem.sampling,
    Xoshiro128.fromName(stream),
    { every: spec.every, level: spec.level },
  );
}

export interface Alignment {
  estimate: NoiseCurvature;
  replicates: NoiseCurvature[];
  /** Along H's eigenvectors v_k (k = 1…p): the curvature vᵀHv and the noise vᵀΣ₁v, for the scatter plot. */
  curvature: number[];
  noise: number[];
}

export function alignmentRun(
  problem: NetworkProblem,
  spec: { theta: number[]; replicates: number },
  stream: string,
): Alignment {
  const { net, train } = networkModels(problem);
  const theta = Float64Array.from(spec.theta);
  const samples = noiseCurvatureSamples(net, train, theta);
  const n = train.n;
  const estimate = weightedNoiseCurvature(samples, new Float64Array(n).fill(1 / n));
  const replicates = bootstrapNoiseCurvature(samples, spec.replicates, Xoshiro128.fromName(stream));
  // H and Σ₁ as dense matrices for the eigen-components (p of a few hundred: Jacobi is seconds at most).
  const p = samples.p;
  const H: Matrix = Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => {
      let s = 0;
      for (const h of samples.hessians) s += h[a * p + b]!;
      return s / n + (a === b ? problem.weightDecay : 0);
    }),
  );
  const mean = new Float64Array(p);
  for (const g of samples.gradients) for (let a = 0; a < p; a++) mean[a]! += g[a]! / n;
  const eig = symmetricEigen(H);
  const curvature: number[] = [];
  const noise: number[] = [];
  for (let k = p - 1; k >= 0; k--) {
    curvature.push(eig.values[k]!);
    let s = 0;
    for (const g of samples.gradients) {
      let d = 0;
      for (let a = 0; a < p; a++) d += (g[a]! - mean[a]!) * eig.vectors[a]![k]!;
      s += d * d;
    }
    noise.push(s / n);
  }
  return { estimate, replicates, curvature, noise };
}
