import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import { RNG_LOCALS, RNG_STORE } from "../rng/inlineSource.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { compileKernel } from "./compile.ts";
import { stepSource } from "./kernelSource.ts";
import { wasmSgdKernel } from "./wasmSgdKernel.ts";

/**
 * SGD ensemble kernel: x_{k+1} = x_k − η(∇f(x_k) + ξ_k), ξ_k = L(x_k) z_k, z_k ~ N(0, I), L Lᵀ = Σ.
 *
 * State is structure-of-arrays: coordinate i of particle p is x[i·stride + p]. The loop runs steps outside and
 * particles inside, so consecutive particles' updates are independent and overlap in the pipeline (a particle-
 * outer loop is latency-bound on the x³ chain: 5.7 vs 2.6 ns/step in C). Random numbers are consumed in the
 * order (step, particle, coordinate): a block's result depends only on its stream, never on who runs it.
 *
 * Compiled once per (landscape, noise): gradients come from `landscape.gradientSource`, the noise draw from the
 * model's kernel fragment (a constant Gaussian factor is spliced in as literals with zero entries dropped, so
 * isotropic noise costs one multiply per coordinate).
 */
export type SgdKernel = (
  x: Float64Array,
  stride: number,
  from: number,
  to: number,
  steps: number,
  eta: number,
  rng: Xoshiro128,
) => void;

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
