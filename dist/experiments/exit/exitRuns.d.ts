import type { ExitSet } from "../../landscapes/exitSet.ts";
import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import type { Simulation } from "../experiment.ts";
/**
 * Exit-time runs (DESIGN.md §4): `particles` independent SGD runs from x0 until each first enters the exit set
 * (N = the first iteration k ≥ 1 with x_k in it) or reaches the horizon, where it is censored — kept and
 * counted, never dropped. Blocks own their streams; results are folded in block and particle order.
 */
export interface ExitRunSpec {
    landscape: LandscapeSpec;
    noise: NoiseSpec | null;
    x0: number[];
    exitSet: ExitSet;
    eta: number;
    /** Iterations after which a run still inside is censored. */
    horizon: number;
    particles: number;
    blockSize: number;
    stream: string;
    /** Expected iterations per run (orders the blocks across simulations; never changes results). */
    expected?: number;
}
/** The runs of one experiment, combined in block order (so the result is independent of the worker count). */
export interface ExitSample {
    dim: number;
    runs: number;
    exits: number;
    censored: number;
    horizon: number;
    /** Exit iterations N ≥ 1 of the runs that exited, in block and particle order. */
    exitTimes: Float64Array;
    /** Positions at exit of those runs, d numbers per run (array of structures). */
    exitStates: Float64Array;
}
/** Particles per block: far more work than its dispatch, and enough blocks per experiment to spread. */
export declare const DEFAULT_BLOCK_SIZE = 250;
export declare function exitRuns(spec: ExitRunSpec): Simulation<ExitSample>;
//# sourceMappingURL=exitRuns.d.ts.map