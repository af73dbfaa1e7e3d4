import { uniformIndex } from "../noise/minibatch.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import type { ClassificationData, Mlp } from "./mlp.ts";

/**
 * The assumption behind the batch-size theory (B4, B6–B8): near a minimum the minibatch gradient covariance is
 * shaped like the Hessian, Σ_B ≈ c·H/B. At a point θ this measures, on the training set,
 *
 *   Σ₁ = (1/n)Σ_i (g_i − ḡ)(g_i − ḡ)ᵀ       (per-sample gradient covariance; Σ_B = Σ₁/B with replacement)
 *   H  = ∇²L(θ) = (1/n)Σ_i ∇²ℓ_i + λI        (exact: one Hessian-vector product per coordinate and sample)
 *
 * and reports the alignment ⟨Σ₁, H⟩_F/(‖Σ₁‖_F‖H‖_F) (1 when Σ₁ ∝ H, 0 when orthogonal) and the least-squares
 * c = ⟨Σ₁, H⟩_F/‖H‖²_F in Σ_B ≈ c·H/B. Intervals come from the nonparametric bootstrap over training samples
 * (each replicate reweights the per-sample g_i and ∇²ℓ_i by multinomial counts, so Σ and H move together).
 */
export interface NoiseCurvature {
  alignment: number;
  c: number;
  /** Eigen-components for the report's scatter: (vᵀHv, vᵀΣ₁v) along H's eigenvectors v are not computed here. */
  traceSigma: number;
  traceH: number;
  gradientNorm: number;
}

export interface NoiseCurvatureSamples {
  /** Per-sample gradients, n rows of p. */
  gradients: Float64Array[];
  /** Per-sample Hessians ∇²ℓ_i, row-major p×p. */
  hessians: Float64Array[];
  weightDecay: number;
  p: number;
}

export function noiseCurvatureSamples(
  net: Mlp,
  data: ClassificationData,
  theta: Float64Array,
): NoiseCurvatureSamples {
  const p = net.size;
  const gradients: Float64Array[] = [];
  const hessians: Float64Array[] = [];
  const e = new Float64Array(p);
  const col = new Float64Array(p);
  for (let i = 0; i < data.n; i++) {
    const g = new Float64Array(p);
    net.addSampleGradient(theta, data, i, 1, g);
    gradients.push(g);
    const h = new Float64Array(p * p);
    for (let a = 0; a < p; a++) {
      e[a] = 1;
      col.fill(0);
      net.addSampleHessianVector(theta, data, i, e, 1, col);
      e[a] = 0;
      for (let b = 0; b < p; b++) h[b * p + a] = col[b]!;
    }
    hessians.push(h);
  }
  return { gradients, hessians, weightDecay: net.weightDecay, p };
}

/** The statistics under sample weights w (w_i ≥ 0, Σw_i = 1; uniform weights give the plain estimate). */
/** Work buffers of weightedNoiseCurvature (mean, d: p; Σ, H: p²), reused across bootstrap replicates. */
export interface NoiseCurvatureScratch {
  mean: Float64Array;
  d: Float64Array;
  sigma: Float64Array;
  H: Float64Array;
}

export function noiseCurvatureScratch(p: number): NoiseCurvatureScratch {
  return {
    mean: new Float64Array(p),
    d: new Float64Array(p),
    sigma: new Float64Array(p * p),
    H: new Float64Array(p * p),
  };
}

export function weightedNoiseCurvature(
  s: NoiseCurvatureSamples,
  w: Float64Array,
  scratch: NoiseCurvatureScratch = noiseCurvatureScratch(s.p),
): NoiseCurvature {
  const { p, gradients, hessians } = s;
  const n = gradients.length;
  const { mean, d, sigma, H } = scratch;
  mean.fill(0);
  sigma.fill(0);
  H.fill(0);
  for (let i = 0; i < n; i++) {
    const wi = w[i]!;
    if (wi === 0) continue;
    const g = gradients[i]!;
    for (let a = 0; a < p; a++) mean[a]! += wi * g[a]!;
  }
  for (let i = 0; i < n; i++) {
    const wi = w[i]!;
    if (wi === 0) continue;
    const g = gradients[i]!;
    for (let a = 0; a < p; a++) d[a] = g[a]! - mean[a]!;
    const h = hessians[i]!;
    for (let a = 0; a < p; a++) {
      const da = wi * d[a]!;
      const row = a * p;
      for (let b = 0; b < p; b++) {
        sigma[row + b]! += da * d[b]!;
        H[row + b]! += wi * h[row + b]!;
      }
    }
  }
  for (let a = 0; a < p; a++) H[a * p + a]! += s.weightDecay;
  let sh = 0;
  let ss = 0;
  let hh = 0;
  for (let k = 0; k < p * p; k++) {
    sh += sigma[k]! * H[k]!;
    ss += sigma[k]! * sigma[k]!;
    hh += H[k]! * H[k]!;
  }
  let trS = 0;
  let trH = 0;
  for (let a = 0; a < p; a++) {
    trS += sigma[a * p + a]!;
    trH += H[a * p + a]!;
  }
  let gn = 0;
  for (let a = 0; a < p; a++) gn += mean[a]! * mean[a]!;
  return {
    alignment: sh / Math.sqrt(ss * hh),
    c: sh / hh,
    traceSigma: trS,
    traceH: trH,
    gradientNorm: Math.sqrt(gn),
  };
}

/** `replicates` bootstrap replicates (multinomial resampling of the n samples, drawn from `rng`). */
export function bootstrapNoiseCurvature(
  s: NoiseCurvatureSamples,
  replicates: number,
  rng: Xoshiro128,
): NoiseCurvature[] {
  const n = s.gradients.length;
  const w = new Float64Array(n);
  const scratch = noiseCurvatureScratch(s.p);
  const out: NoiseCurvature[] = [];
  for (let r = 0; r < replicates; r++) {
    w.fill(0);
    for (let k = 0; k < n; k++) w[uniformIndex(rng, n)]! += 1 / n;
    out.push(weightedNoiseCurvature(s, w, scratch));
  }
  return out;
}
