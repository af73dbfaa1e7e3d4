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
import type { NoiseFragment } from "../codegen/fragment.ts";
import { FieldError } from "../config/fieldError.ts";
import { uint32Draw } from "../rng/inlineSource.ts";
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
  const minibatch: MinibatchKernelData = {
    n,
    batch: spec.batch,
    sampling,
    features: M,
    coefficients,
    featureSources: [input.featureSources],
  };
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
    // Discrete: a batch mean of finitely many per-sample gradients (bounded, but its support depends on x).
    properties: { gaussian: false },
    minibatch,
    kernelFragment: () => minibatchFragment(minibatch),
  };
}

const TWO_32 = 4294967296;

/**
 * The kernel fragment: one batch per step, drawn from the inlined xoshiro128** state exactly as
 * minibatchSampler(n, B, sampling).draw(rng) draws it (rng.nextUint32, uniformIndex's rejection) on a fresh
 * sampler, leaving the batch means of the coefficients in th0 … th{M−1}; the noise term per coordinate is
 * Σ_m ψ_m(x)·θ̄_m. The permutation scratch is reset to the identity in `locals`, i.e. at every kernel call, so
 * a block's result depends on its stream alone.
 */
function minibatchFragment(data: MinibatchKernelData): NoiseFragment {
  const { n, batch, features } = data;
  const next = `do { ${uint32Draw("w")} } while (w >= lim);`;
  const th = Array.from({ length: features }, (_, m) => `th${m}`);
  const zero = th.map((v) => `${v} = 0.0;`).join(" ");
  const add = (idx: string) => th.map((v, m) => `${v} += mbCoef[${m * n} + ${idx}];`).join(" ");
  const mean = th.map((v) => `${v} /= ${batch};`).join(" ");
  const draw =
    data.sampling === "with-replacement"
      ? `${zero}
          for (let j = 0; j < ${batch}; j++) {
            lim = ${TWO_32 - (TWO_32 % n)};
            ${next}
            const idx = w % ${n};
            ${add("idx")}
          }
          ${mean}`
      : `${zero}
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
  return {
    locals: `let w = 0, lim = 0, ${th.map((v) => `${v} = 0.0`).join(", ")};
      for (let i = 0; i < ${n}; i++) mbPerm[i] = i;`,
    draw,
    terms: data.featureSources.map((row) => row.map((src, m) => `(${src}) * th${m}`).join(" + ")),
    bindings: { mbCoef: data.coefficients, mbPerm: new Int32Array(n) },
    declares: ["w", "lim", ...th, "mbCoef", "mbPerm"],
  };
}
