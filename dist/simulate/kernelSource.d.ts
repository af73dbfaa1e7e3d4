import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
/**
 * What the SGD and exit kernels share in their generated source: the particle's coordinates as locals
 * x0 … x{d−1} and the update y_i = x_i − η(∂_i f + ξ_i), with ξ from the noise model's fragment. One step,
 * written once.
 */
export interface StepSource {
    /** Declarations of the noise fragment (top of the kernel). */
    locals: string;
    /** Loads particle p's state, draws the noise and computes y0 … y{d−1} (the new state). */
    step: string;
    /** Stores y0 … into x. */
    store: string;
    bindings: Record<string, unknown>;
}
/** Slot of coordinate i of particle p in the structure-of-arrays state. */
export declare const slot: (i: number) => string;
export declare function stepSource(landscape: Landscape, noise: NoiseModel | null): StepSource;
//# sourceMappingURL=kernelSource.d.ts.map