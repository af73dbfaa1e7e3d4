import type { SymmetricLaw } from "../../math/heavyTailedLaws.ts";
import { BandedChain } from "./bandedChain.ts";

/**
 * The exact mean exit count of 1-D SGD with heavy-tailed gradient noise (claims V1, V2): x ← m(x) − sZ, m the
 * deterministic step x − ηf′(x), s = ησ, Z a symmetric law with unbounded support (α-stable, Student-t), on a state
 * interval [a, b]; outside it T takes fixed values (`outside`): 0 where leaving is the exit, 1 where the caller has
 * shown that the next step leaves for good (V1's catapult: past b the cubic step lands far below 0). T solves
 *
 *   T(x) = 1 + E[T(m(x) − sZ)],   x ∈ [a, b].
 *
 * One step reaches anywhere (long jumps), so the chain is dense, and its one-step law is sharply peaked (width s)
 * while T varies on the scale of the landscape except in boundary layers of width ~s. Collocation with T piecewise
 * linear on a graded mesh (fine only where T varies) needs no resolution of the kernel: the weight of hat φ_j
 * in row i is ∫φ_j dF_i, F_i(y) = P(m_i − sZ ≤ y), which integrates by parts to second divided differences of
 * Φ_i(y) = ∫_{−∞}^y F_i = s·E(Z − (m_i − y)/s)_+ — the law's `excess` — exactly, whatever h/s is. On the far side
 * of m_i the same differences are taken of the mirror Ψ_i(y) = ∫_y^∞ (1 − F_i) = s·excess((y − m_i)/s), which
 * is small there (no cancellation of the linear part of Φ). The mass past each end (exit or `outside`) is the
 * law's `survival`, computed directly, so the exit probabilities that carry E N are not differences of ~1 —
 * and the dense system is solved by GTH elimination (BandedChain with full bandwidth): subtraction-free, so E N
 * keeps full relative accuracy however large.
 *
 * Error: O(h²T″) from the interpolant, estimated by the caller from two meshes (gradedMesh's `refine`).
 */
export interface HeavyTailedChainInput {
  /** The deterministic part of one step, m(x) = x − ηf′(x). */
  step: (x: number) => number;
  /** Noise scale s = ησ of the step's −sZ. */
  scale: number;
  law: SymmetricLaw;
  /** Sorted mesh on [a, b]; nodes[0] = a and the last node = b carry T's one-sided limits there. */
  nodes: Float64Array;
  /** T below a and above b. */
  outside: { below: number; above: number };
}

export interface HeavyTailedChain {
  /** T at a point of [a, b] by the interpolant (the outside values beyond). */
  meanExitSteps(x: number): number;
  /** T at the nodes. */
  readonly values: Float64Array;
}

export function heavyTailedChain(input: HeavyTailedChainInput): HeavyTailedChain {
  const { step, scale: s, law, nodes: xs, outside } = input;
  const N = xs.length;
  if (!(N >= 3)) throw new RangeError(`the mesh needs at least 3 nodes, got ${N}`);
  for (let j = 1; j < N; j++)
    if (!(xs[j]! > xs[j - 1]!)) throw new RangeError(`mesh nodes must increase (node ${j})`);
  if (!(s > 0 && Number.isFinite(s))) throw new RangeError(`noise scale must be positive, got ${s}`);
  const a = xs[0]!;
  const b = xs[N - 1]!;
  const chain = new BandedChain(N, N - 1, N - 1);
  const P = chain.transition;
  const stride = chain.stride;
  const rhs = new Float64Array(N);
  const phi = new Float64Array(N);
  const psi = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const m = step(xs[i]!);
    if (!Number.isFinite(m)) throw new RangeError(`the step from ${xs[i]} is not finite`);
    // P(next < a) = P(Z > (m − a)/s), P(next > b) = P(Z > (b − m)/s): tails, computed directly.
    const pBelow = law.survival((m - a) / s);
    const pAbove = law.survival((b - m) / s);
    for (let j = 0; j < N; j++) {
      const u = (m - xs[j]!) / s;
      // Φ at nodes left of m (small there), Ψ at nodes right of m (small there); both at m itself.
      if (u >= 0) phi[j] = s * law.excess(u);
      if (u <= 0) psi[j] = s * law.excess(-u);
    }
    // Φ(y) − Ψ(y) = y − m for every y (E[next] = m): convert where a hat straddles m.
    const Phi = (j: number) => (xs[j]! <= m ? phi[j]! : psi[j]! + (xs[j]! - m));
    const Psi = (j: number) => (xs[j]! >= m ? psi[j]! : phi[j]! - (xs[j]! - m));
    const row = i * stride + (N - 1) - i; // P[row + j] = P_ij
    for (let j = 0; j < N; j++) {
      // ∫φ_j dF = −∫φ_j′F (interior hats, = ∫φ_j′(1 − F) since ∫φ_j′ = 0); the end hats add their boundary terms:
      // the first −F(a) = −pBelow, the last F(b) = 1 − pAbove (T's one-sided limits sit at a and b).
      const left = j > 0;
      const right = j < N - 1;
      const hl = left ? xs[j]! - xs[j - 1]! : 0;
      const hr = right ? xs[j + 1]! - xs[j]! : 0;
      let w: number;
      if (xs[j]! >= m) {
        // Right of m: in terms of Ψ, where ∫_I F = |I| − ∫_I (1 − F) turns the end hats' F-integrals around.
        w = 0;
        if (left) w += (Psi(j - 1) - Psi(j)) / hl;
        if (right) w -= (Psi(j) - Psi(j + 1)) / hr;
        if (!left) w += 1 - pBelow;
        if (!right) w -= pAbove;
      } else {
        w = 0;
        if (right) w += (Phi(j + 1) - Phi(j)) / hr;
        if (left) w -= (Phi(j) - Phi(j - 1)) / hl;
        if (!left) w -= pBelow;
        if (!right) w += 1 - pAbove;
      }
      P[row + j] = Math.max(w, 0); // round-off can leave −1e-17 on a hat far in the tail
    }
    // The exit probability directly from the tails, not as 1 − Σw (which would lose what carries a large E N).
    // Mass that leaves to where T is a constant c > 0 leaves the chain too, adding c to the right-hand side.
    chain.exit[i] = pBelow + pAbove;
    rhs[i] = 1 + outside.below * pBelow + outside.above * pAbove;
  }
  chain.factor();
  const T = chain.solve(rhs);
  return {
    values: T,
    meanExitSteps(x: number): number {
      if (x < a) return outside.below;
      if (x > b) return outside.above;
      let lo = 0;
      let hi = N - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (xs[mid]! <= x) lo = mid;
        else hi = mid;
      }
      const f = (x - xs[lo]!) / (xs[hi]! - xs[lo]!);
      return (1 - f) * T[lo]! + f * T[hi]!;
    },
  };
}

/**
 * A graded mesh on [a, b]: spacing h(x) = min(hMax, h0 + g·dist(x, features ∪ {a, b})), so it is ~h0 (a fraction
 * of the noise scale) at the ends and at the given features (where T has boundary layers) and grows
 * geometrically away from them. `refine` divides h0, g and hMax by the same factor (for the two-mesh error check).
 */
export function gradedMesh(
  a: number,
  b: number,
  opts: { h0: number; growth: number; hMax: number; features?: readonly number[]; refine?: number },
): Float64Array {
  const r = opts.refine ?? 1;
  const h0 = opts.h0 / r;
  const g = opts.growth / r;
  const hMax = Math.max(opts.hMax, opts.h0) / r; // never finer in the bulk than at the features
  if (!(b > a && h0 > 0 && g > 0 && r >= 1))
    throw new RangeError("gradedMesh: need b > a, h0 > 0, growth > 0, refine ≥ 1");
  const feats = [a, b, ...(opts.features ?? []).filter((f) => f > a && f < b)];
  const spacing = (x: number) => {
    let d = Number.POSITIVE_INFINITY;
    for (const f of feats) d = Math.min(d, Math.abs(x - f));
    return Math.min(hMax, h0 + g * d);
  };
  const out: number[] = [a];
  let x = a;
  while (x < b) {
    // A step that does not jump over a feature: the spacing at the far end is no smaller than needed there.
    let h = spacing(x);
    const ahead = feats.filter((f) => f > x).reduce((m, f) => Math.min(m, f), b);
    if (x + h > ahead) h = ahead - x;
    // Do not step past a point where the spacing would be smaller than h (approaching a feature).
    while (h > h0 && spacing(x + h) < 0.5 * h) h *= 0.5;
    x = Math.min(b, x + h);
    if (b - x < 0.25 * h0) x = b;
    out.push(x);
  }
  return Float64Array.from(out);
}
