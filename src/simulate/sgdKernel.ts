import type { Landscape } from "../landscapes/landscape.ts";
import {
  isMinibatchNoise,
  minibatchBindings,
  minibatchDrawSource,
  minibatchLocals,
  minibatchTermSources,
} from "../noise/minibatchNoise.ts";
import type { NoiseModel } from "../noise/noise.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { compileKernel, literal } from "./compile.ts";
import { normalDraw, RNG_LOCALS, RNG_STORE } from "./normalSnippet.ts";

/**
 * SGD ensemble kernel: x_{k+1} = x_k − η(∇f(x_k) + ξ_k), ξ_k = L(x_k) z_k, z_k ~ N(0, I), L Lᵀ = Σ.
 *
 * State is structure-of-arrays: coordinate i of particle p is x[i·stride + p]. The loop runs steps outside and
 * particles inside, so consecutive particles' updates are independent and overlap in the pipeline (a particle-
 * outer loop is latency-bound on the x³ chain: 5.7 vs 2.6 ns/step in C). Random numbers are consumed in the
 * order (step, particle, coordinate): a block's result depends only on its stream, never on who runs it.
 *
 * Compiled once per (landscape, noise): gradients come from `landscape.gradientSource`, a constant noise factor
 * is spliced in as literals with zero entries dropped, so isotropic noise costs one multiply per coordinate.
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

const cache = new WeakMap<Landscape, WeakMap<NoiseModel | object, SgdKernel>>();
const NO_NOISE = {};

export function sgdKernel(landscape: Landscape, noise: NoiseModel | null): SgdKernel {
  let byNoise = cache.get(landscape);
  if (!byNoise) cache.set(landscape, (byNoise = new WeakMap()));
  const key = noise ?? NO_NOISE;
  let k = byNoise.get(key);
  if (!k) byNoise.set(key, (k = buildSgdKernel(landscape, noise)));
  return k;
}

/** Per-coordinate source of the noise term (L z)_i, or null for no noise. */
export function noiseTermSources(dim: number, noise: NoiseModel | null): string[] | null {
  if (!noise) return null;
  if (noise.dim !== dim)
    throw new Error(`noise dimension ${noise.dim} does not match landscape dimension ${dim}`);
  if (isMinibatchNoise(noise)) return minibatchTermSources(noise.minibatch);
  if (!noise.constant) {
    return Array.from({ length: dim }, (_, i) =>
      Array.from({ length: dim }, (_, j) => `Lb[${i * dim + j}] * z${j}`).join(" + "),
    );
  }
  const L = noise.factor(new Float64Array(dim), new Float64Array(dim * dim));
  return Array.from({ length: dim }, (_, i) => {
    const terms: string[] = [];
    for (let j = 0; j < dim; j++) {
      const v = L[i * dim + j]!;
      if (v !== 0) terms.push(`${literal(v)} * z${j}`);
    }
    return terms.length ? terms.join(" + ") : "0";
  });
}

/** Source that loads particle p's coordinates into locals x0 … x{d-1}. */
export function loadCoordinates(dim: number, xs = "x"): string {
  return Array.from(
    { length: dim },
    (_, i) => `const x${i} = ${xs}[${i === 0 ? "p" : `${i} * stride + p`}];`,
  ).join("\n        ");
}

/**
 * Bindings a kernel needs for a state-dependent noise model: the factor callback and its two scratch buffers
 * (allocated once per compiled kernel, never in the loop). Constant noise is spliced in as literals instead.
 */
export function noiseBindings(dim: number, noise: NoiseModel | null): Record<string, unknown> {
  if (isMinibatchNoise(noise)) return minibatchBindings(noise.minibatch);
  if (!noise || noise.constant) return {};
  return {
    noiseFactor: (xv: Float64Array, out: Float64Array) => noise.factor(xv, out),
    xb: new Float64Array(dim),
    Lb: new Float64Array(dim * dim),
  };
}

/**
 * Source of one step's noise draw at the current locals: d normals (and the factor of a state-dependent model),
 * or a minibatch for real finite-sum noise. With `noiseLocals`, the whole of how kernels draw noise.
 */
export function noiseDrawSource(dim: number, noise: NoiseModel | null): string {
  if (!noise) return "";
  if (isMinibatchNoise(noise)) return minibatchDrawSource(noise.minibatch);
  const zs = Array.from({ length: dim }, (_, i) => normalDraw(`z${i}`)).join("\n          ");
  return noise.constant ? zs : `${zs}\n          ${stateDependentFactor(dim)}`;
}

/** Declarations the noise draw needs, after RNG_LOCALS. */
export function noiseLocals(dim: number, noise: NoiseModel | null): string {
  if (isMinibatchNoise(noise)) return minibatchLocals(noise.minibatch);
  return `let ${Array.from({ length: dim }, (_, i) => `z${i} = 0.0`).join(", ")};`;
}

/** Source that evaluates a state-dependent noise factor into Lb at the current locals (slow path models). */
export function stateDependentFactor(dim: number): string {
  return `${Array.from({ length: dim }, (_, i) => `xb[${i}] = x${i};`).join(" ")} noiseFactor(xb, Lb);`;
}

function buildSgdKernel(landscape: Landscape, noise: NoiseModel | null): SgdKernel {
  const d = landscape.dim;
  const grad = landscape.gradientSource;
  if (grad.length !== d)
    throw new Error(`landscape ${landscape.name}: gradientSource has ${grad.length} entries`);
  const noiseTerms = noiseTermSources(d, noise);
  const body = `
    return function sgdEnsemble(x, stride, from, to, steps, eta, rng) {
      ${RNG_LOCALS}
      ${noiseLocals(d, noise)}
      for (let k = 0; k < steps; k++) {
        for (let p = from; p < to; p++) {
          ${loadCoordinates(d)}
          ${noiseDrawSource(d, noise)}
          ${Array.from(
            { length: d },
            (_, i) =>
              `x[${i === 0 ? "p" : `${i} * stride + p`}] = x${i} - eta * ((${grad[i]})${noiseTerms ? ` + ${noiseTerms[i]}` : ""});`,
          ).join("\n          ")}
        }
      }
      ${RNG_STORE}
    };`;
  return compileKernel<SgdKernel>(body, noiseBindings(d, noise));
}
