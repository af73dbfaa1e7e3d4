/**
 * Seeded draws for the specs' fixed-seed statistical checks, from the project's own generator: a stream is
 * named (src/rng/streamKey.ts), so two checks never share draws by accident and a check can be re-run on
 * another stream by changing its name.
 */

import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { fillNormal } from "../../src/rng/ziggurat.ts";

/** `n` uniforms on the open interval (0, 1) (32-bit resolution, never 0: log() is safe) from stream `name`. */
export function uniforms(name: string, n: number): Float64Array {
  const rng = Xoshiro128.fromName(name);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.nextOpenUnit();
  return out;
}

/** `n` standard normals (the reference ziggurat) from stream `name`. */
export function normals(name: string, n: number): Float64Array {
  return fillNormal(Xoshiro128.fromName(name), new Float64Array(n));
}

/** `n` exponentials with the given mean (inverse CDF of open-unit uniforms) from stream `name`. */
export function exponentials(name: string, n: number, mean: number): Float64Array {
  return uniforms(name, n).map((u) => -mean * Math.log(u));
}
