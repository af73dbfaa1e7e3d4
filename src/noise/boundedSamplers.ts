import type { Uint32Source } from "./minibatch.ts";

/**
 * Bounded gradient-noise samplers (claim V3), exact and branch-light, from 32-bit words:
 *   rademacherMean  the mean of B i.i.d. Rademacher ±b draws, from the popcount of B random bits of one word
 *                   (B ≤ 32): b(2k/B − 1), k ~ Binomial(B, ½) exactly — B = 1 is Rademacher itself
 *   uniform         b(2u − 1), u = (w + ½)/2³² on the open unit interval (32-bit resolution, symmetric)
 * One word per draw either way, so a stream's draws line up across the two and the golden streams pin both.
 */
export const MAX_RADEMACHER_BATCH = 32;

export function popcount32(w: number): number {
  let v = w - ((w >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function rademacherMeanDraw(rng: Uint32Source, b: number, batch: number): number {
  const w = batch === 32 ? rng.nextUint32() : rng.nextUint32() & (((1 << batch) - 1) >>> 0);
  return b * ((2 * popcount32(w)) / batch - 1);
}

export function uniformDraw(rng: Uint32Source, b: number): number {
  return b * (2 * ((rng.nextUint32() + 0.5) * 2.3283064365386963e-10) - 1);
}
