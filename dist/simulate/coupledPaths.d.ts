import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import type { SdeIntegrator, SdeModel } from "./sdeSchemes.ts";
/**
 * SGD and its SDE references driven by the same Gaussian increments (common random numbers, DESIGN.md §3).
 *
 * Step k of SGD spans time η, split into m substeps of h = η/m with increments ΔW_j = √h z_j. The SDEs use
 * them directly; SGD uses ζ_k = Σ_j z_j/√m, which is standard normal, so its noise term η L ζ_k equals the SDE's
 * total noise √η L Σ_j ΔW_j over the step. SGD is written x_{k+1} = x_k − η∇f(x_k) + η L ζ_k (ξ = −Lζ has the
 * same law), so both processes move together and E φ(SGD) − E φ(SDE) has a small variance.
 *
 * Random numbers are consumed per particle, step, substep, coordinate. Not a hot kernel: gradients and
 * Hessians go through the Landscape interface (preallocated buffers, no allocation in the loops).
 */
export interface CoupledOptions {
    landscape: Landscape;
    noise: NoiseModel | null;
    x0: readonly number[];
    eta: number;
    steps: number;
    substeps: number;
    models: readonly SdeModel[];
    /** Integrator for the SDEs; default: Heun for constant noise, Euler–Maruyama otherwise. */
    integrator?: SdeIntegrator;
    particles: number;
    rng: Xoshiro128;
    /** Step indices (0 … steps, ascending) at which states are recorded. */
    checkpoints: readonly number[];
}
/** States at each checkpoint, structure of arrays: coordinate i of particle p at [i·particles + p]. */
export interface CoupledResult {
    sgd: Float64Array[];
    sde: Partial<Record<SdeModel, Float64Array[]>>;
}
export declare function coupledPaths(o: CoupledOptions): CoupledResult;
//# sourceMappingURL=coupledPaths.d.ts.map