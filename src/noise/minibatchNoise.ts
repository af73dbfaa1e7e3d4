/**
 * Real minibatch gradient noise for the kernels (THEORY.md §B): SGD on a finite sum f = (1/n)Σ f_i steps with
 * the mean gradient of a sampled batch, not with ∇f plus a Gaussian. The kernels support the finite sums whose
 * per-sample gradients are linear in per-sample coefficients,
 *
 *   ∇f_i(x) = ∇f(x) + Σ_m θ_{i,m}·ψ_m(x),   Σ_i θ_{i,m} = 0 (coefficients centred over the dataset),
 *
 * so a batch's gradient is ∇f(x) + Σ_m θ̄_m ψ_m(x) with θ̄ the batch mean of the coefficients: a step costs B
 * index draws and M additions, whatever the dimension. The residual two-well dataset is of this form with
 * θ = (e, b), ψ = (2g', 1) (datasets/residualTwoWell.ts). Batches are drawn exactly as minibatchSampler draws
 * them (unbiased index by rejection; partial Fisher–Yates without replacement) from the kernel's xoshiro128**
 * stream, and the permutation buffer is reset to the identity at every kernel call, so a block's result depends
 * on its stream alone (reproducible for any worker count).
 *
 * For the references (exact chain, quadrature, horizon sizing) the model also reports its covariance:
 * Cov = c_B·ψ(x)ᵀ C ψ(x), C = (1/n)Σ_i θ_i θ_iᵀ, c_B = minibatchCovarianceFactor(n, B, sampling) — the
 * diffusion of this noise. 1-D only (the factor is a square root).
 */
import { FieldError } from "../config/fieldError.ts";
import { assertBatchSize, type MinibatchSampling, minibatchCovarianceFactor } from "./minibatch.ts";
import type { NoiseModel, NoiseSpec } from "./noise.ts";

/** What a kernel splices in for minibatch noise. */
export interface MinibatchKernelData {
  n: number;
  batch: number;
  sampling: MinibatchSampling;
  /** Number of coefficients per sample, M. */
  features: number;
  /** Centred coefficients θ_{i,m} at [m·n + i]. */
  coefficients: Float64Array;
  /** Source of ψ_m(x) in terms of the kernel locals x0 …, per coordinate: [i][m]. */
  featureSources: string[][];
}

export interface MinibatchNoiseModel extends NoiseModel {
  readonly minibatch: MinibatchKernelData;
}

export interface MinibatchNoiseInput {
  spec: Extract<NoiseSpec, { kind: "minibatch" }>;
  /** Per-sample coefficients, n rows of M (centred here; their means belong to ∇f). */
  coefficients: number[][];
  /** ψ_m(x) for a 1-D x. */
  features: (x: number) => number[];
  featureSources: string[];
}

export function minibatchNoise(input: MinibatchNoiseInput): MinibatchNoiseModel {
  const { spec } = input;
  const n = input.coefficients.length;
  const M = input.featureSources.length;
  if (n < 1 || M < 1) throw new FieldError("dataset", "needs at least one sample and one coefficient");
  assertBatchSize(spec.batch, n);
  const sampling = spec.sampling ?? "with-replacement";
  const coefficients = new Float64Array(M * n);
  const C = new Float64Array(M * M);
  for (let m = 0; m < M; m++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += input.coefficients[i]![m]! / n;
    for (let i = 0; i < n; i++) coefficients[m * n + i] = input.coefficients[i]![m]! - mean;
  }
  for (let a = 0; a < M; a++)
    for (let b = 0; b < M; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += coefficients[a * n + i]! * coefficients[b * n + i]!;
      C[a * M + b] = s / n;
    }
  const cB = minibatchCovarianceFactor(n, spec.batch, sampling);
  const variance = (x: ArrayLike<number>) => {
    const psi = input.features(x[0]!);
    let s = 0;
    for (let a = 0; a < M; a++) for (let b = 0; b < M; b++) s += psi[a]! * C[a * M + b]! * psi[b]!;
    return cB * s;
  };
  return {
    kind: "minibatch",
    dim: 1,
    constant: false,
    covariance: (x, out) => {
      out[0] = variance(x);
      return out;
    },
    factor: (x, out) => {
      out[0] = Math.sqrt(variance(x));
      return out;
    },
    spec: { ...spec, sampling },
    minibatch: {
      n,
      batch: spec.batch,
      sampling,
      features: M,
      coefficients,
      featureSources: [input.featureSources],
    },
  };
}

export function isMinibatchNoise(noise: NoiseModel | null): noise is MinibatchNoiseModel {
  return noise !== null && (noise as Partial<MinibatchNoiseModel>).minibatch !== undefined;
}

const TWO_32 = 4294967296;

/**
 * Kernel source that draws one batch from the inlined xoshiro128** state (locals s0 … s3, scratch `w`) and
 * leaves the batch means of the coefficients in th0 … th{M−1}. Bit-for-bit the draws of
 * minibatchSampler(n, B, sampling).draw(rng) (rng.nextUint32, uniformIndex's rejection) on a fresh sampler.
 */
export function minibatchDrawSource(data: MinibatchKernelData): string {
  const { n, batch, features } = data;
  const next = `do { r5 = Math.imul(s1, 5); w = Math.imul((r5 << 7) | (r5 >>> 25), 9) >>> 0; t = s1 << 9;
            s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21); } while (w >= lim);`;
  const zero = Array.from({ length: features }, (_, m) => `th${m} = 0.0;`).join(" ");
  const add = (idx: string) =>
    Array.from({ length: features }, (_, m) => `th${m} += mbCoef[${m * n} + ${idx}];`).join(" ");
  const mean = Array.from({ length: features }, (_, m) => `th${m} /= ${batch};`).join(" ");
  if (data.sampling === "with-replacement")
    return `${zero}
          for (let j = 0; j < ${batch}; j++) {
            lim = ${TWO_32 - (TWO_32 % n)};
            ${next}
            const idx = w % ${n};
            ${add("idx")}
          }
          ${mean}`;
  return `${zero}
          for (let j = 0; j < ${batch}; j++) {
            const m = ${n} - j;
            lim = ${TWO_32} - (${TWO_32} % m);
            ${next}
            const r = j + (w % m);
            const idx = mbPerm[r];
            mbPerm[r] = mbPerm[j];
            mbPerm[j] = idx;
            ${add("idx")}
          }
          ${mean}`;
}

/** Declarations a minibatch kernel needs (after RNG_LOCALS), and the per-call reset of the permutation. */
export function minibatchLocals(data: MinibatchKernelData): string {
  const th = Array.from({ length: data.features }, (_, m) => `th${m} = 0.0`).join(", ");
  return `let w = 0, lim = 0, ${th};
      for (let i = 0; i < ${data.n}; i++) mbPerm[i] = i;`;
}

/** Noise term per coordinate: Σ_m ψ_m(x)·θ̄_m. */
export function minibatchTermSources(data: MinibatchKernelData): string[] {
  return data.featureSources.map((row) => row.map((src, m) => `(${src}) * th${m}`).join(" + "));
}

/** Bindings: the coefficients and the permutation scratch (allocated once per compiled kernel). */
export function minibatchBindings(data: MinibatchKernelData): Record<string, unknown> {
  return { mbCoef: data.coefficients, mbPerm: new Int32Array(data.n) };
}
