import type { Xoshiro128 } from "../rng/xoshiro128.ts";

// The kernels' contracts, whatever the target they are compiled to (JS: sgdKernel.ts, exitKernel.ts;
// WebAssembly: wasmSgdKernel.ts, wasmExitKernel.ts). Both targets of a kernel give the same bits.

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

/**
 * Exit-time kernel: runs SGD particles [from, to) until each leaves the region (first iteration N ≥ 1 with
 * x_N in the exit set) or the horizon is reached. Writes N into `exitIteration[p]` (0 = censored: still inside
 * at the horizon) and leaves x at the exit (or horizon) position. Returns the number of exits.
 *
 * Exited particles are swapped out of the active range (`order` is scratch of length ≥ to − from), so late
 * steps cost only the survivors; the consumption order of random numbers is fixed by the block's stream and the
 * exits themselves, so the result is still a function of the stream alone.
 */
export type ExitKernel = (
  x: Float64Array,
  stride: number,
  from: number,
  to: number,
  horizon: number,
  eta: number,
  rng: Xoshiro128,
  exitIteration: Float64Array,
  order: Int32Array,
) => number;
