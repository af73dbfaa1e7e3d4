import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import { RNG_LOCALS, RNG_STORE } from "../rng/inlineSource.ts";
import { compileKernel } from "./compile.ts";
import { stepSource } from "./kernelSource.ts";
import type { SgdKernel } from "./kernelTypes.ts";
import { wasmSgdKernel } from "./wasmSgdKernel.ts";

export type { SgdKernel } from "./kernelTypes.ts";

type Target = "wasm" | "js";
const caches: Record<Target, WeakMap<Landscape, WeakMap<NoiseModel | object, SgdKernel>>> = {
  wasm: new WeakMap(),
  js: new WeakMap(),
};
const NO_NOISE = {};

function cached(
  target: Target,
  landscape: Landscape,
  noise: NoiseModel | null,
  build: () => SgdKernel,
): SgdKernel {
  let byNoise = caches[target].get(landscape);
  if (!byNoise) caches[target].set(landscape, (byNoise = new WeakMap()));
  const key = noise ?? NO_NOISE;
  let k = byNoise.get(key);
  if (!k) byNoise.set(key, (k = build()));
  return k;
}

/**
 * The kernel the suite runs: compiled to WebAssembly when the landscape and noise allow it (wasmSgdKernel.ts;
 * ≈ 1.5× faster), else the JS kernel. Both give the same bits (specs/simulate/wasmSgdKernel.spec.ts).
 */
export function sgdKernel(landscape: Landscape, noise: NoiseModel | null): SgdKernel {
  return cached(
    "wasm",
    landscape,
    noise,
    () => wasmSgdKernel(landscape, noise) ?? jsSgdKernel(landscape, noise),
  );
}

/** The JS kernel: the reference the WebAssembly one is tested against, and the path for any landscape. */
export function jsSgdKernel(landscape: Landscape, noise: NoiseModel | null): SgdKernel {
  return cached("js", landscape, noise, () => buildSgdKernel(landscape, noise));
}

function buildSgdKernel(landscape: Landscape, noise: NoiseModel | null): SgdKernel {
  const src = stepSource(landscape, noise);
  const body = `
    return function sgdEnsemble(x, stride, from, to, steps, eta, rng) {
      ${RNG_LOCALS}
      ${src.locals}
      for (let k = 0; k < steps; k++) {
        for (let p = from; p < to; p++) {
          ${src.step}
          ${src.store}
        }
      }
      ${RNG_STORE}
    };`;
  return compileKernel<SgdKernel>("sgdEnsemble", body, src.bindings);
}
