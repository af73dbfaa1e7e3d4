import { lanczosTop, type TopEigen } from "../linalg/lanczos.ts";
import { type MinibatchSampling, minibatchSampler } from "../noise/minibatch.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { nextNormal } from "../rng/ziggurat.ts";
import { type ClassificationData, type Mlp, mlpLayout } from "./mlp.ts";

/**
 * SGD on a network's training objective L(θ) = mean ℓ_i + (λ/2)‖θ‖² (network/mlp.ts):
 *
 *   θ ← θ − η(ĝ_B(θ) + λθ),   ĝ_B = (1/B)Σ_{i∈batch} ∇ℓ_i(θ),
 *
 * batches drawn by the kernels' own sampler (noise/minibatch.ts: with or without replacement), phase after
 * phase (a batch-size schedule is a list of phases). One training run consumes one stream: the initial
 * parameters, then every batch, in that order, so a run is a function of its stream name alone.
 */
export interface TrainingPhase {
  batch: number;
  steps: number;
}

/**
 * Initial parameters: W₁ ~ N(0, 1/D), W₂ ~ N(0, 1/H) (LeCun normal: unit-variance pre-activations on
 * standardised inputs), biases 0, drawn from `rng` in θ's layout order.
 */
export function initialParameters(net: Mlp, rng: Xoshiro128): Float64Array {
  const { inputs: D, hidden: H, classes: K } = net.shape;
  const o = mlpLayout(net.shape);
  const theta = new Float64Array(net.size);
  const s1 = 1 / Math.sqrt(D);
  const s2 = 1 / Math.sqrt(H);
  for (let a = 0; a < H * D; a++) theta[o.w1 + a] = s1 * nextNormal(rng);
  for (let a = 0; a < K * H; a++) theta[o.w2 + a] = s2 * nextNormal(rng);
  return theta;
}

/**
 * Watches a run for escape: every `every` steps the full training objective is evaluated, and the run has
 * escaped at the first check where it exceeds `level`. Returns the step, or 0 when the run never did.
 */
export interface EscapeWatch {
  every: number;
  level: number;
}

/** Trains θ in place; returns the escape step under `watch` (0: none within the phases, or no watch). */
export function sgdTrain(
  net: Mlp,
  data: ClassificationData,
  theta: Float64Array,
  eta: number,
  phases: readonly TrainingPhase[],
  sampling: MinibatchSampling,
  rng: Xoshiro128,
  watch?: EscapeWatch,
): number {
  const g = new Float64Array(net.size);
  const decay = 1 - eta * net.weightDecay;
  let step = 0;
  for (const phase of phases) {
    const sampler = minibatchSampler(data.n, phase.batch, sampling);
    const w = 1 / phase.batch;
    for (let s = 0; s < phase.steps; s++) {
      const batch = sampler.draw(rng);
      g.fill(0);
      for (let k = 0; k < batch.length; k++) net.addSampleGradient(theta, data, batch[k]!, w, g);
      // θ − η(ĝ + λθ) = (1 − ηλ)θ − ηĝ.
      for (let a = 0; a < theta.length; a++) theta[a] = decay * theta[a]! - eta * g[a]!;
      step++;
      if (watch && step % watch.every === 0 && net.objective(theta, data) > watch.level) return step;
    }
  }
  return 0;
}

/** Full-batch gradient descent for `steps` steps (deterministic): how B7 finds its sharp minimum. */
export function gradientDescent(
  net: Mlp,
  data: ClassificationData,
  theta: Float64Array,
  eta: number,
  steps: number,
): number {
  const g = new Float64Array(net.size);
  let gradNorm = 0;
  for (let s = 0; s < steps; s++) {
    net.objectiveGradient(theta, data, g);
    gradNorm = 0;
    for (let a = 0; a < theta.length; a++) {
      gradNorm += g[a]! * g[a]!;
      theta[a] = theta[a]! - eta * g[a]!;
    }
  }
  return Math.sqrt(gradNorm);
}

/**
 * λ_max of ∇²L(θ) on `data`, by Lanczos on exact Hessian-vector products. The start vector is fixed (an
 * all-ones direction perturbed by a fixed pattern), so the value is a function of θ alone.
 */
export function sharpness(net: Mlp, data: ClassificationData, theta: Float64Array): TopEigen {
  const start = Float64Array.from({ length: net.size }, (_, a) => 1 + 0.5 * Math.sin(1 + 7 * a));
  return lanczosTop((v, out) => net.objectiveHessianVector(theta, data, v, out), start, {
    maxSteps: 100,
    relativeTolerance: 1e-8,
  });
}
