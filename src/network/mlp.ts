/**
 * A one-hidden-layer classifier on a real dataset (claims B6–B8): out(x) = W₂·tanh(W₁x + b₁) + b₂ with H hidden
 * units, K classes, softmax cross-entropy ℓ_i(θ) = −log softmax(out(x_i))_{y_i}, and the training objective
 *
 *   L(θ) = (1/n)Σ_i ℓ_i(θ) + (λ/2)‖θ‖²,
 *
 * whose weight decay λ > 0 makes its minima genuine (cross-entropy alone has none on separable data: the loss
 * keeps falling as ‖θ‖ → ∞). θ is laid out W₁ (H×D, row-major), b₁ (H), W₂ (K×H, row-major), b₂ (K).
 *
 * Everything is exact: the gradient by backpropagation, Hessian-vector products by Pearlmutter's R-operator
 * (the directional derivative of backpropagation, one more forward/backward pass), so the top Hessian eigenvalue
 * and the full Hessian are computed to round-off. The hot paths (one sample's gradient or H·v) write into buffers
 * allocated once per network: a training step allocates nothing.
 */

export interface MlpShape {
  /** D: input dimension. */
  inputs: number;
  /** H: hidden units. */
  hidden: number;
  /** K: classes. */
  classes: number;
}

/** Offsets of θ's blocks. */
export function mlpLayout(shape: MlpShape) {
  const { inputs: D, hidden: H, classes: K } = shape;
  const b1 = H * D;
  const w2 = b1 + H;
  const b2 = w2 + K * H;
  return { w1: 0, b1, w2, b2, size: b2 + K };
}

export function mlpParameterCount(shape: MlpShape): number {
  return mlpLayout(shape).size;
}

/** Samples as the network reads them: features row-major (n×D) and labels in {0, …, K−1}. */
export interface ClassificationData {
  features: Float64Array;
  labels: Int32Array;
  n: number;
}

export class Mlp {
  readonly size: number;
  private readonly D: number;
  private readonly H: number;
  private readonly K: number;
  private readonly o: ReturnType<typeof mlpLayout>;
  // Per-sample scratch: activations, softmax, back-propagated errors and their R-op directional derivatives.
  private readonly h: Float64Array;
  private readonly p: Float64Array;
  private readonly dh: Float64Array;
  private readonly rh: Float64Array;
  private readonly ro: Float64Array;
  private readonly rdh: Float64Array;

  constructor(
    readonly shape: MlpShape,
    /** λ in L(θ) = mean ℓ_i + (λ/2)‖θ‖². */
    readonly weightDecay: number,
  ) {
    this.D = shape.inputs;
    this.H = shape.hidden;
    this.K = shape.classes;
    this.o = mlpLayout(shape);
    this.size = this.o.size;
    this.h = new Float64Array(this.H);
    this.dh = new Float64Array(this.H);
    this.rh = new Float64Array(this.H);
    this.rdh = new Float64Array(this.H);
    this.p = new Float64Array(this.K);
    this.ro = new Float64Array(this.K);
  }

  /** Forward pass of sample `i`: fills h = tanh(W₁x + b₁) and p = softmax(out); returns ℓ_i. */
  private forward(theta: Float64Array, data: ClassificationData, i: number): number {
    const { D, H, K, h, p } = this;
    const { b1, w2, b2 } = this.o;
    const x = data.features;
    const xo = i * D;
    for (let j = 0; j < H; j++) {
      let z = theta[b1 + j]!;
      const row = j * D;
      for (let k = 0; k < D; k++) z += theta[row + k]! * x[xo + k]!;
      h[j] = Math.tanh(z);
    }
    let max = -Infinity;
    for (let c = 0; c < K; c++) {
      let out = theta[b2 + c]!;
      const row = w2 + c * H;
      for (let j = 0; j < H; j++) out += theta[row + j]! * h[j]!;
      p[c] = out;
      if (out > max) max = out;
    }
    // log-sum-exp shifted by the largest logit: no overflow, and ℓ = lse − out_y to full precision.
    let sum = 0;
    for (let c = 0; c < K; c++) {
      const e = Math.exp(p[c]! - max);
      sum += e;
      p[c] = e;
    }
    const y = data.labels[i]!;
    const loss = Math.log(sum) - Math.log(p[y]!);
    for (let c = 0; c < K; c++) p[c] = p[c]! / sum;
    return loss;
  }

  /** ℓ_i(θ). */
  sampleLoss(theta: Float64Array, data: ClassificationData, i: number): number {
    return this.forward(theta, data, i);
  }

  /** Whether sample i's largest logit is its label (ties count as wrong). */
  sampleCorrect(theta: Float64Array, data: ClassificationData, i: number): boolean {
    this.forward(theta, data, i);
    const y = data.labels[i]!;
    for (let c = 0; c < this.K; c++) if (c !== y && this.p[c]! >= this.p[y]!) return false;
    return true;
  }

  /** out += scale·∇ℓ_i(θ) (backpropagation); returns ℓ_i. Weight decay is not included. */
  addSampleGradient(
    theta: Float64Array,
    data: ClassificationData,
    i: number,
    scale: number,
    out: Float64Array,
  ): number {
    const loss = this.forward(theta, data, i);
    const { D, H, K, h, p, dh } = this;
    const { b1, w2, b2 } = this.o;
    const x = data.features;
    const xo = i * D;
    const y = data.labels[i]!;
    dh.fill(0);
    for (let c = 0; c < K; c++) {
      const d = (p[c]! - (c === y ? 1 : 0)) * scale;
      out[b2 + c]! += d;
      const row = w2 + c * H;
      for (let j = 0; j < H; j++) {
        out[row + j]! += d * h[j]!;
        dh[j]! += d * theta[row + j]!;
      }
    }
    for (let j = 0; j < H; j++) {
      const dz = dh[j]! * (1 - h[j]! * h[j]!);
      out[b1 + j]! += dz;
      const row = j * D;
      for (let k = 0; k < D; k++) out[row + k]! += dz * x[xo + k]!;
    }
    return loss;
  }

  /**
   * out += scale·∇²ℓ_i(θ)·v by the R-operator: with z = W₁x + b₁, h = tanh z, o = W₂h + b₂, p = softmax o and
   * direction v = (V₁, c₁, V₂, c₂):
   *   Rz = V₁x + c₁,  Rh = (1 − h²)Rz,  Ro = W₂Rh + V₂h + c₂,  Rδ = p⊙Ro − p(pᵀRo)         (δ = p − e_y)
   *   R∇W₂ = Rδ hᵀ + δ Rhᵀ,  R∇b₂ = Rδ,  R(δh) = V₂ᵀδ + W₂ᵀRδ,
   *   R(δz) = R(δh)(1 − h²) − 2h·Rh·δh,  R∇W₁ = R(δz) xᵀ,  R∇b₁ = R(δz).
   */
  addSampleHessianVector(
    theta: Float64Array,
    data: ClassificationData,
    i: number,
    v: Float64Array,
    scale: number,
    out: Float64Array,
  ): void {
    this.forward(theta, data, i);
    const { D, H, K, h, p, dh, rh, ro, rdh } = this;
    const { b1, w2, b2 } = this.o;
    const x = data.features;
    const xo = i * D;
    const y = data.labels[i]!;
    for (let j = 0; j < H; j++) {
      let rz = v[b1 + j]!;
      const row = j * D;
      for (let k = 0; k < D; k++) rz += v[row + k]! * x[xo + k]!;
      rh[j] = (1 - h[j]! * h[j]!) * rz;
    }
    let pro = 0;
    for (let c = 0; c < K; c++) {
      let r = v[b2 + c]!;
      const row = w2 + c * H;
      for (let j = 0; j < H; j++) r += theta[row + j]! * rh[j]! + v[row + j]! * h[j]!;
      ro[c] = r;
      pro += p[c]! * r;
    }
    dh.fill(0);
    rdh.fill(0);
    for (let c = 0; c < K; c++) {
      const d = p[c]! - (c === y ? 1 : 0);
      const rd = p[c]! * (ro[c]! - pro);
      out[b2 + c]! += scale * rd;
      const row = w2 + c * H;
      for (let j = 0; j < H; j++) {
        out[row + j]! += scale * (rd * h[j]! + d * rh[j]!);
        dh[j]! += d * theta[row + j]!;
        rdh[j]! += v[row + j]! * d + theta[row + j]! * rd;
      }
    }
    for (let j = 0; j < H; j++) {
      const g = 1 - h[j]! * h[j]!;
      const rdz = scale * (rdh[j]! * g - 2 * h[j]! * rh[j]! * dh[j]!);
      out[b1 + j]! += rdz;
      const row = j * D;
      for (let k = 0; k < D; k++) out[row + k]! += rdz * x[xo + k]!;
    }
  }

  /** L(θ) over `data` (mean cross-entropy plus weight decay). */
  objective(theta: Float64Array, data: ClassificationData): number {
    let s = 0;
    for (let i = 0; i < data.n; i++) s += this.forward(theta, data, i);
    return s / data.n + 0.5 * this.weightDecay * squaredNorm(theta);
  }

  /** Mean cross-entropy over `data`, without weight decay (what train and test losses report). */
  meanLoss(theta: Float64Array, data: ClassificationData): number {
    let s = 0;
    for (let i = 0; i < data.n; i++) s += this.forward(theta, data, i);
    return s / data.n;
  }

  accuracy(theta: Float64Array, data: ClassificationData): number {
    let right = 0;
    for (let i = 0; i < data.n; i++) if (this.sampleCorrect(theta, data, i)) right++;
    return right / data.n;
  }

  /** out = ∇L(θ) over `data`; returns L(θ). */
  objectiveGradient(theta: Float64Array, data: ClassificationData, out: Float64Array): number {
    out.fill(0);
    let s = 0;
    const w = 1 / data.n;
    for (let i = 0; i < data.n; i++) s += this.addSampleGradient(theta, data, i, w, out);
    const lambda = this.weightDecay;
    for (let a = 0; a < this.size; a++) out[a]! += lambda * theta[a]!;
    return s * w + 0.5 * lambda * squaredNorm(theta);
  }

  /** out = ∇²L(θ)·v over `data`. */
  objectiveHessianVector(
    theta: Float64Array,
    data: ClassificationData,
    v: Float64Array,
    out: Float64Array,
  ): void {
    out.fill(0);
    const w = 1 / data.n;
    for (let i = 0; i < data.n; i++) this.addSampleHessianVector(theta, data, i, v, w, out);
    const lambda = this.weightDecay;
    for (let a = 0; a < this.size; a++) out[a]! += lambda * v[a]!;
  }
}

export function squaredNorm(v: ArrayLike<number>): number {
  let s = 0;
  for (let a = 0; a < v.length; a++) s += v[a]! * v[a]!;
  return s;
}
