import { type ExitSet } from "../landscapes/exitSet.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
/**
 * Exit-time kernel: runs SGD particles [from, to) until each leaves the region (first iteration N ≥ 1 with
 * x_N in the exit set) or the horizon is reached. Writes N into `exitIteration[p]` (0 = censored: still inside
 * at the horizon) and leaves x at the exit (or horizon) position. Returns the number of exits.
 *
 * Exited particles are swapped out of the active range (`order` is scratch of length ≥ to − from), so late
 * steps cost only the survivors; the consumption order of random numbers is fixed by the block's stream and the
 * exits themselves, so the result is still a function of the stream alone.
 */
export type ExitKernel = (x: Float64Array, stride: number, from: number, to: number, horizon: number, eta: number, rng: Xoshiro128, exitIteration: Float64Array, order: Int32Array) => number;
export declare function exitKernel(landscape: Landscape, noise: NoiseModel | null, exitSet: ExitSet): ExitKernel;
//# sourceMappingURL=exitKernel.d.ts.map