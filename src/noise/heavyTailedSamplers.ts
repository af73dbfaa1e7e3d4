import type { Uint32Source } from "./minibatch.ts";

/**
 * Heavy-tailed gradient-noise samplers (claims V1, V2), exact transformations of 32-bit words, in the
 * normalisations of math/heavyTailedLaws.ts:
 *   stableDraw    symmetric α-stable, E e^{iuZ} = e^{−|u|^α}, by Chambers–Mallows–Stuck (1976) with β = 0:
 *                 Z = sin(αV)/cos(V)^{1/α}·(cos((1 − α)V)/W)^{(1−α)/α}, V = π(u₁ − ½), W = −ln u₂ — exactly two
 *                 words per draw (u₁ first), so stable streams stay aligned whatever α. At α = 2 the formula
 *                 collapses to 2 sin(V)√W, i.e. √2·(Box–Muller with a Rayleigh radius √(2W)) = N(0, 2).
 *   studentTDraw  Student-t_ν for any real ν > 0 by Bailey's polar method (Math. Comp. 62, 1994): U, V uniform on
 *                 (−1, 1), W = U² + V² < 1, T = U·√(ν(W^{−2/ν} − 1)/W). Two words per attempt, acceptance π/4,
 *                 so a variable 2k words (k ≥ 1 geometric, mean 8/π ≈ 2.55 words per draw).
 * Uniforms are u = (w + ½)·2^{−32} as in boundedSamplers.ts: the open interval, never 0 or 1, so ln u and
 * cos(V) are never 0 (|V| ≤ π/2 − π·2^{−33}), and 2u − 1 is never 0 (so W > 0 always).
 * No validation in the hot functions (callers validate once with validateStableIndex/validateDegreesOfFreedom
 * from math/heavyTailedLaws.ts, re-exported here); no allocation.
 */
export { validateDegreesOfFreedom, validateStableIndex } from "../math/heavyTailedLaws.ts";

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** One symmetric α-stable draw (1 < α ≤ 2 assumed), consuming exactly two words. */
export function stableDraw(rng: Uint32Source, alpha: number): number {
  const u1 = (rng.nextUint32() + 0.5) * TWO_POW_MINUS_32;
  const u2 = (rng.nextUint32() + 0.5) * TWO_POW_MINUS_32;
  const v = Math.PI * (u1 - 0.5);
  const w = -Math.log(u2);
  // cos(π(u₁ − ½)) = sin(π·min(u₁, 1 − u₁)): near |V| = π/2 the direct cosine would be a rounding residue of
  // π/2 (relative error ~1e-7 at the last word), the sine of the exact small argument keeps every digit.
  const cosV = Math.sin(Math.PI * Math.min(u1, 1 - u1));
  const exponent = (1 - alpha) / alpha;
  return (Math.sin(alpha * v) / cosV ** (1 / alpha)) * (Math.cos((1 - alpha) * v) / w) ** exponent;
}

/** One Student-t_ν draw (ν > 0 assumed), two words per polar attempt. */
export function studentTDraw(rng: Uint32Source, nu: number): number {
  for (;;) {
    const u = 2 * (rng.nextUint32() + 0.5) * TWO_POW_MINUS_32 - 1;
    const v = 2 * (rng.nextUint32() + 0.5) * TWO_POW_MINUS_32 - 1;
    const w = u * u + v * v;
    if (w < 1) {
      // W^{−2/ν} − 1 = expm1(−(2/ν)ln W): for large ν the direct form cancels to a few digits.
      return u * Math.sqrt((nu * Math.expm1((-2 / nu) * Math.log(w))) / w);
    }
  }
}
