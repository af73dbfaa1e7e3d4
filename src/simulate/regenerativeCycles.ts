import type { Landscape } from "../landscapes/landscape.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { nextNormal } from "../rng/ziggurat.ts";
import type { CycleSums } from "../stats/splittingExit.ts";
import { PATH_EXITED, PATH_FULL, type SplitPathKernel, splitPathKernel } from "./splitChainKernel.ts";

/**
 * SGD with isotropic Gaussian gradient noise, x ← m(x) − s·z with m(x) = x − η∇f(x), s = ησ, split into
 * independent cycles by Nummelin's construction — the renewal structure the rare-event estimator of mean exit
 * counts rests on (simulate/multilevelSplitting.ts; stats/splittingExit.ts).
 *
 * Minorization. Let M be the box of half-width h = a·s around the minimizer x* (m(x*) = x*) and C = {x : m(x) ∈ M}.
 * For x ∈ C the one-step density p(x, y) = Π_i φ_s(y_i − m_i(x)) is at least
 *   g(y) = Π_i φ_s(|y_i − x*_i| + h) = ε·ν(y),   ε = (2Φ(−a))^d,
 * since |y_i − m_i| ≤ |y_i − x*_i| + h. So a step from x ∈ C can be drawn as usual and then, with probability
 * r(x, y) = g(y)/p(x, y) ≤ 1, declared a regeneration: given that, y ~ ν whatever x and the past were. C is
 * tested through m(x), which the step computes anyway, so no enclosure of C is needed in any dimension.
 *
 * Cycles. A cycle starts at y ~ ν at time 0 and ends at the first regeneration R (the next cycle starts at x_R)
 * or at the first exit N* = first k ≥ 0 with x_k in the exit half-space ξ(x) = n·x − offset ≥ 0, whichever
 * is first (a regeneration at step k is decided before the exit test of x_k, which then belongs to the next
 * cycle). By the strong Markov property at R,
 *   E_ν N* = E_ν L / P_ν(cycle ends by exit),   L = the cycle's length,
 * exactly, and from a start x0 ∉ B with the head H = its first cycle (ended by R₁ or by an exit N),
 *   E_x0 N = E H + P(H ends by regeneration)·E_ν N*.
 * a = 0.6 roughly maximises the regeneration rate P(C)·ε per step (P(C) ∝ a near x*, ε_1 = 2Φ(−a) ≈ 0.55).
 */
export const REGENERATION_HALF_WIDTH = 0.6;

export interface CycleModel {
  landscape: Landscape;
  eta: number;
  sigma: number;
  /** The minimizer x* (the centre of the regeneration box). */
  center: readonly number[];
  /** The exit half-space n·x ≥ offset. */
  normal: readonly number[];
  offset: number;
}

/**
 * The split chain's step, shared by the cycle runs and by splitting: a state in `x` (length d) becomes the next
 * iterate in `y`; the result says whether the transition regenerated. Scratch `g` holds ∇f (length d).
 */
export class SplitChain {
  readonly dim: number;
  private readonly s: number;
  private readonly h: number;
  private readonly inv2s2: number;
  private readonly g: Float64Array;
  private readonly m: Float64Array;
  private readonly kernel: SplitPathKernel;
  private readonly out = new Float64Array(3);
  /** Set by advance(): the path's length and the running max of ξ. */
  length = 0;
  best = Number.NEGATIVE_INFINITY;

  constructor(readonly model: CycleModel) {
    this.dim = model.landscape.dim;
    this.s = model.eta * model.sigma;
    this.h = REGENERATION_HALF_WIDTH * this.s;
    this.inv2s2 = 1 / (2 * this.s * this.s);
    this.g = new Float64Array(this.dim);
    this.m = new Float64Array(this.dim);
    this.kernel = splitPathKernel(model.landscape, {
      eta: model.eta,
      s: this.s,
      h: this.h,
      center: model.center,
      normal: model.normal,
      offset: model.offset,
    });
  }

  /** ξ(x) = n·x − offset: ≥ 0 is an exit; the splitting's score is its running maximum. */
  xi(x: ArrayLike<number>, at = 0): number {
    const { normal, offset } = this.model;
    let v = -offset;
    for (let i = 0; i < this.dim; i++) v += normal[i]! * x[at + i]!;
    return v;
  }

  /** A draw from ν into y[at…]: per coordinate x*_i + s·Z − sign(Z)·h with Z ~ N(0, 1) given |Z| ≥ a. */
  drawNu(rng: Xoshiro128, y: Float64Array, at = 0): void {
    const { center } = this.model;
    for (let i = 0; i < this.dim; i++) {
      let z = nextNormal(rng);
      while (Math.abs(z) < REGENERATION_HALF_WIDTH) z = nextNormal(rng);
      y[at + i] = center[i]! + this.s * z - (z > 0 ? this.h : -this.h);
    }
  }

  /** One step from x[xa…] to y[ya…]; true if it regenerated (then y ~ ν given the past). */
  step(rng: Xoshiro128, x: Float64Array, xa: number, y: Float64Array, ya: number): boolean {
    const d = this.dim;
    const { center, landscape, eta } = this.model;
    const m = this.m;
    for (let i = 0; i < d; i++) m[i] = x[xa + i]!;
    landscape.gradient(m, this.g);
    let inC = true;
    for (let i = 0; i < d; i++) {
      m[i] = m[i]! - eta * this.g[i]!;
      if (Math.abs(m[i]! - center[i]!) > this.h) inC = false;
    }
    for (let i = 0; i < d; i++) y[ya + i] = m[i]! - this.s * nextNormal(rng);
    if (!inC) return false;
    // The same arithmetic, in the same order, as the compiled kernel (simulate/splitChainKernel.ts).
    let sum = 0;
    for (let i = 0; i < d; i++) {
      const dy = y[ya + i]! - m[i]!;
      const far = Math.abs(y[ya + i]! - center[i]!) + this.h;
      sum = i === 0 ? dy * dy - far * far : sum + (dy * dy - far * far);
    }
    // The coin's uniform is drawn only from C, so the stream a run consumes is a function of its path.
    return Math.log(rng.nextOpenUnit()) < sum * this.inv2s2;
  }

  /**
   * Runs the compiled path kernel from state len − 1 of `path` (see splitChainKernel.ts): SplitChain.step
   * repeated until a regeneration, an exit or `cap` states, with each new state's ξ in `xis`. Returns the
   * status; `length` and `best` hold the new path length and running max of ξ.
   */
  advance(
    rng: Xoshiro128,
    path: Float64Array,
    xis: Float64Array,
    len: number,
    cap: number,
    best: number,
  ): number {
    this.kernel(rng, path, xis, len, cap, best, this.out);
    this.length = this.out[0]!;
    this.best = this.out[1]!;
    return this.out[2]!;
  }
}

/**
 * `runs` cycles, each from its own draw of ν (`from` = null) or from `from` (the head from x0), run to their end.
 * A cycle longer than `maxLength` steps is an error: the chain has wandered where it neither regenerates nor
 * exits (a second basin outside the exit set), which the renewal identity cannot describe.
 */
export function cycleRuns(
  chain: SplitChain,
  runs: number,
  from: readonly number[] | null,
  rng: Xoshiro128,
  maxLength: number,
): CycleSums {
  const d = chain.dim;
  // A rewinding buffer: when full, its last state moves to the front and the cycle goes on.
  const cap = 256;
  const path = new Float64Array(cap * d);
  const xis = new Float64Array(cap);
  let length = 0;
  let length2 = 0;
  let exits = 0;
  let regeneratedLength = 0;
  for (let r = 0; r < runs; r++) {
    if (from) path.set(from);
    else chain.drawNu(rng, path, 0);
    let n = 0;
    let exited = from === null && chain.xi(path) >= 0;
    if (!exited) {
      let at = 1;
      for (;;) {
        const status = chain.advance(rng, path, xis, at, cap, Number.NEGATIVE_INFINITY);
        // Steps taken: states stored, plus the regenerating step (its state is not stored).
        n += chain.length - at + (status === PATH_FULL || status === PATH_EXITED ? 0 : 1);
        if (status === PATH_EXITED) exited = true;
        if (status !== PATH_FULL) break;
        if (n >= maxLength)
          throw new Error(
            `a cycle ran ${maxLength} steps without regenerating or exiting: the chain has left the minimizer's basin without crossing the exit level`,
          );
        path.copyWithin(0, (cap - 1) * d, cap * d);
        at = 1;
      }
    }
    if (exited) exits++;
    else regeneratedLength += n;
    length += n;
    length2 += n * n;
  }
  return { runs, length, length2, exits, regeneratedLength };
}
