import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { nextNormal } from "../rng/ziggurat.ts";

/**
 * Consecutive pairs (x_K, x_{K+1}) of SGD on f = hx²/2 with Gaussian gradient noise σ (claim V4's lag-one
 * autocorrelation), `particles` independent runs from x₀ = 0 after K = `burnIn` steps, by the reference
 * generator (a scalar recursion: the compiled kernels return final states only). Returns the sums the sample
 * correlation needs.
 */
export interface PairSums {
  n: number;
  sx: number;
  sy: number;
  sxx: number;
  syy: number;
  sxy: number;
}

export function quadraticPairs(
  h: number,
  sigma: number,
  eta: number,
  burnIn: number,
  particles: number,
  rng: Xoshiro128,
): PairSums {
  const a = 1 - eta * h;
  const s = eta * sigma;
  const out: PairSums = { n: particles, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0 };
  for (let p = 0; p < particles; p++) {
    let x = 0;
    for (let k = 0; k < burnIn; k++) x = a * x - s * nextNormal(rng);
    const y = a * x - s * nextNormal(rng);
    out.sx += x;
    out.sy += y;
    out.sxx += x * x;
    out.syy += y * y;
    out.sxy += x * y;
  }
  return out;
}
