import { normalDraw, RNG_LOCALS, RNG_STORE } from "../../src/rng/inlineSource.ts";
import type { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { compileKernel } from "../../src/simulate/compile.ts";

/**
 * The inlined normal sampler every kernel splices in, compiled alone to fill an array: `fillInlineNormal(out,
 * rng)` consumes `rng`'s stream as a kernel would (state loaded into locals, stored back after the loop).
 */
export const fillInlineNormal = compileKernel<(out: Float64Array, rng: Xoshiro128) => void>(
  "fillNormal",
  `
  return function fill(out, rng) {
    ${RNG_LOCALS}
    let z = 0.0;
    for (let j = 0; j < out.length; j++) { ${normalDraw("z")} out[j] = z; }
    ${RNG_STORE}
  };`,
);
