import type { LandscapeSpec } from "../landscapes/landscape.ts";
import type { NoiseSpec } from "../noise/noise.ts";
import type { Simulation } from "./experiment.ts";
/**
 * Plain SGD runs through a schedule of phases (B5: small batches, then large ones): `particles` runs from x0,
 * phase j taking `steps` iterations with its own noise, each run continuing from where the previous phase left
 * it. Block b of phase j owns the stream `${stream}/${j}/${b}` and starts from block b's state of phase j − 1,
 * so the final states are a function of the seed alone, whatever the worker count.
 */
export interface SgdPhase {
    noise: NoiseSpec;
    steps: number;
}
export interface SgdScheduleSpec {
    landscape: LandscapeSpec;
    x0: number[];
    eta: number;
    phases: readonly SgdPhase[];
    particles: number;
    blockSize: number;
    stream: string;
}
/** Final states in block order, structure of arrays within each block (1-D: the final positions). */
export declare function sgdScheduleRuns(spec: SgdScheduleSpec): Simulation<Float64Array>;
//# sourceMappingURL=sgdRuns.d.ts.map