import type { MinibatchSampling } from "../noise/minibatch.ts";
import type { Simulation } from "./experiment.ts";
/**
 * The kernels' minibatch sampler run `samples` times on per-sample gradients (claim B1's Monte-Carlo side):
 * q = ‖ĝ − ḡ‖² per batch, whose mean is c·tr Σ_n. Blocks own their streams; the sums are folded in block order.
 */
export interface SamplerSpec {
    gradients: number[][];
    batch: number;
    sampling: MinibatchSampling;
    samples: number;
    blockSize: number;
    stream: string;
}
export interface SamplerMoments {
    samples: number;
    /** Mean of q and its standard error. */
    mean: number;
    se: number;
}
export declare function samplerRuns(spec: SamplerSpec): Simulation<SamplerMoments>;
//# sourceMappingURL=samplerRuns.d.ts.map