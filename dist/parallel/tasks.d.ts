import type { ExitSet } from "../landscapes/exitSet.ts";
import type { LandscapeSpec } from "../landscapes/landscape.ts";
import { type MinibatchSampling } from "../noise/minibatch.ts";
import type { NoiseSpec } from "../noise/noise.ts";
import { type CoupledResult } from "../simulate/coupledPaths.ts";
import type { SdeModel } from "../simulate/sdeSchemes.ts";
/**
 * Block tasks: pure functions of a serialisable payload that names its own random stream. The pool runs them
 * in workers or in-process; either way a block's result depends on its payload alone.
 */
interface ModelPayload {
    landscape: LandscapeSpec;
    noise: NoiseSpec | null;
    x0: number[];
    eta: number;
    particles: number;
    /** Stream name; its key comes from seedrandom (rng/streamKey.ts). */
    stream: string;
}
export interface SgdBlockPayload extends ModelPayload {
    steps: number;
    /** Per-particle start states (structure of arrays, d·particles), e.g. the end of a previous schedule phase. */
    start?: number[];
}
export interface ExitBlockPayload extends ModelPayload {
    horizon: number;
    exitSet: ExitSet;
}
export interface CoupledBlockPayload extends ModelPayload {
    steps: number;
    substeps: number;
    models: SdeModel[];
    checkpoints: number[];
}
/** Monte Carlo of the minibatch sampler the kernels use (claim B1): q = ‖ĝ − ḡ‖² over `samples` batches. */
export interface SamplerBlockPayload {
    gradients: number[][];
    batch: number;
    sampling: MinibatchSampling;
    samples: number;
    stream: string;
}
export interface ExitBlockResult {
    /** Exit iteration N per particle; 0 = censored at the horizon. */
    exitIteration: Float64Array;
    /** Position at exit (or at the horizon when censored), structure of arrays. */
    exitState: Float64Array;
    exits: number;
}
declare const TASKS: {
    sgdBlock(p: SgdBlockPayload): Float64Array;
    exitBlock(p: ExitBlockPayload): ExitBlockResult;
    samplerBlock(p: SamplerBlockPayload): {
        sum: number;
        sum2: number;
        samples: number;
    };
    coupledBlock(p: CoupledBlockPayload): CoupledResult;
};
export type TaskName = keyof typeof TASKS;
export type TaskPayload<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskResult<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;
/** Runs a task (async: a payload may first need a user module loaded, see landscapes/modules.ts). */
export declare function runTask<N extends TaskName>(task: N, payload: TaskPayload<N>): Promise<TaskResult<N>>;
export {};
//# sourceMappingURL=tasks.d.ts.map