import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import type { SplitChain } from "./regenerativeCycles.ts";
import { PATH_FULL, PATH_REGENERATED } from "./splitChainKernel.ts";

/**
 * Adaptive multilevel splitting (Cérou & Guyader 2007) for p = P_ν(a cycle of the split chain ends by an exit),
 * in the generalized form whose estimator is unbiased for every replica count n ≥ 2 and whatever the score
 * (Bréhier, Gazeau, Goudenège, Lelièvre & Rousset 2016, Ann. Appl. Probab. 26(6)): ties are killed together.
 *
 *   n replicas: cycles from ν, each stored as its path x_0 … x_end, scored by max_k ξ(x_k) (+∞ once exited).
 *   Repeat: z = the lowest score; if z = +∞ stop. Kill the K replicas with score ≤ z (K = n: p̂ = 0). Each is
 *   replaced by a copy of a survivor drawn uniformly, cut at its first state with ξ > z, continued with fresh
 *   randomness to the end of its cycle. The factor (1 − K/n) enters the estimate.
 *   p̂ = Π_q (1 − K_q/n) · (replicas that exited)/n.
 *
 * In discrete time the level crossings overshoot, so copies cut at the same state tie; killing all ties is
 * what keeps p̂ unbiased. The relative variance is about ln(1/p)/n for a score ordered like the committor
 * (in 1-D any increasing ξ is) and larger otherwise; intervals come from independent runs, never from this.
 */
export interface SplittingRun {
  /** The unbiased estimate p̂ of P_ν(cycle ends by exit). */
  p: number;
  /** Killing rounds, and chain steps simulated in all. */
  rounds: number;
  steps: number;
}

export interface SplittingLimits {
  /** Longest cycle (steps) before the run is refused (see cycleRuns). */
  maxLength: number;
  /** Most killing rounds: ln(1/p)·n rounds are expected, so this bounds p from below. */
  maxRounds: number;
}

export function multilevelSplitting(
  chain: SplitChain,
  n: number,
  rng: Xoshiro128,
  limits: SplittingLimits,
): SplittingRun {
  if (!(Number.isInteger(n) && n >= 2)) throw new Error(`splitting needs n ≥ 2 replicas, got ${n}`);
  const d = chain.dim;
  // Replica i: its states (d per state) from its start or its last cut, and their ξ. A killed replica's
  // buffers take its copy (the parent is a survivor, so never the same buffers).
  let paths: Float64Array[] = [];
  let xis: Float64Array[] = [];
  const lengths = new Int32Array(n);
  const scores = new Float64Array(n);
  let steps = 0;

  /** Runs replica i on from its state `len − 1` to the end of its cycle, growing its buffers as needed. */
  const extend = (i: number, len: number, best: number): void => {
    for (;;) {
      const path = paths[i]!;
      const xi = xis[i]!;
      const status = chain.advance(rng, path, xi, len, xi.length, best);
      // Steps: the states stored, plus the regenerating step (its state starts the next cycle, not stored).
      steps += chain.length - len + (status === PATH_REGENERATED ? 1 : 0);
      len = chain.length;
      best = chain.best;
      if (status !== PATH_FULL) break;
      if (len >= limits.maxLength)
        throw new Error(
          `a splitting replica ran ${limits.maxLength} steps without regenerating or exiting: the chain has left the minimizer's basin without crossing the exit level`,
        );
      const grownPath = new Float64Array(path.length * 2);
      grownPath.set(path);
      paths[i] = grownPath;
      const grownXi = new Float64Array(xi.length * 2);
      grownXi.set(xi);
      xis[i] = grownXi;
    }
    lengths[i] = len;
    scores[i] = best;
  };

  for (let i = 0; i < n; i++) {
    paths.push(new Float64Array(64 * d));
    xis.push(new Float64Array(64));
    chain.drawNu(rng, paths[i]!, 0);
    const v = chain.xi(paths[i]!, 0);
    xis[i]![0] = v;
    if (v >= 0) {
      lengths[i] = 1;
      scores[i] = Number.POSITIVE_INFINITY;
    } else extend(i, 1, v);
  }

  let logP = 0;
  let rounds = 0;
  const killed = new Int32Array(n);
  const survivors = new Int32Array(n);
  for (;;) {
    let z = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) if (scores[i]! < z) z = scores[i]!;
    if (z === Number.POSITIVE_INFINITY) break;
    let k = 0;
    let alive = 0;
    for (let i = 0; i < n; i++) {
      if (scores[i]! <= z) killed[k++] = i;
      else survivors[alive++] = i;
    }
    if (alive === 0) return { p: 0, rounds, steps };
    if (++rounds > limits.maxRounds)
      throw new Error(
        `splitting needed more than ${limits.maxRounds} killing rounds: P(exit before regeneration) is below ~e^(−${Math.round(limits.maxRounds / n)}), outside what the estimator is sized for`,
      );
    logP += Math.log1p(-k / n);
    // Copies are drawn from this round's survivors only (their buffers are not touched in the round).
    for (let q = 0; q < k; q++) {
      const parent = survivors[Math.floor(rng.nextOpenUnit() * alive)]!;
      const srcXi = xis[parent]!;
      const srcPath = paths[parent]!;
      let cut = 0;
      while (srcXi[cut]! <= z) cut++;
      const i = killed[q]!;
      // Only the cut state is copied: every state before it has ξ ≤ z, so no later, higher level can cut there;
      // the copy's path starts at the cut state (its running maximum so far is that state's ξ).
      const dstPath = paths[i]!;
      const dstXi = xis[i]!;
      dstXi[0] = srcXi[cut]!;
      for (let j = 0; j < d; j++) dstPath[j] = srcPath[cut * d + j]!;
      // A cut at the parent's exit state is an exited copy.
      if (cut + 1 === lengths[parent] && scores[parent] === Number.POSITIVE_INFINITY) {
        lengths[i] = 1;
        scores[i] = Number.POSITIVE_INFINITY;
      } else extend(i, 1, srcXi[cut]!);
    }
  }
  let exited = 0;
  for (let i = 0; i < n; i++) if (scores[i] === Number.POSITIVE_INFINITY) exited++;
  // Release the buffers before returning (large runs keep n paths alive otherwise).
  paths = [];
  xis = [];
  return { p: Math.exp(logP) * (exited / n), rounds, steps };
}
