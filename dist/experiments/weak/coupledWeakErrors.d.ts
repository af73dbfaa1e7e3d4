import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import type { WorkerPool } from "../../parallel/pool.ts";
import { type TestFunction } from "../../reference/testFunction.ts";
import { type SdeModel } from "../../simulate/sdeSchemes.ts";
import { type OrderFit } from "../../stats/regression.ts";
import type { Simulation } from "../experiment.ts";
export interface CoupledWeakErrorSpec {
    landscape: LandscapeSpec;
    /** Gradient noise; required (without it every error is deterministic and has no SE to fit with). */
    noise: NoiseSpec;
    x0: number[];
    /** Horizon; every t in `times` (default [T]) must be a whole number of steps of every η. */
    T: number;
    etas: number[];
    models: SdeModel[];
    tests: TestFunction[];
    /** Particles per η. */
    particles: number;
    /** Particles per block (default DEFAULT_BLOCK_SIZE). Part of the result: streams are per block. */
    blockSize?: number;
    /** SDE substeps per SGD step (default defaultSubsteps(models)). */
    substeps?: number;
    /** Times at which errors are recorded (ascending, in (0, T], last = T); default [T]. */
    times?: number[];
    /** Fit the error at T ("final", default) or the max over `times` ("sup"). */
    fitOn?: "final" | "sup";
    /** Stream prefix, e.g. `${master}/W1/poly2d`. */
    stream: string;
    /** Two-sided level of the slope interval of each fit. */
    alpha: number;
}
/** Errors of one model and one test function along the η grid (index j follows `etas`). */
export interface TestWeakErrors {
    test: TestFunction;
    label: string;
    etas: number[];
    /** The errors the fit uses (signed): at T for fitOn "final", the sup over `times` for "sup". */
    errors: number[];
    /** Their coupled standard errors. */
    ses: number[];
    /** SE that independent sampling of the two expectations would give from n particles each. */
    independentSes: number[];
    /** (independentSes/ses)²: how many times more particles independent sampling would need. */
    varianceReduction: number[];
    /** Signed errors and SEs at every recorded time, [η][time]. */
    timeErrors: number[][];
    timeSes: number[][];
    /** max over times of |error| per η, with the SE at the maximising time (biased up by noise when unresolved). */
    supErrors: number[];
    supSes: number[];
    /** Time attaining the sup, per η. */
    supTimes: number[];
    fit: OrderFit;
}
export interface ModelWeakErrors {
    model: SdeModel;
    tests: TestWeakErrors[];
}
export interface CoupledWeakErrors {
    etas: number[];
    /** T/η per η. */
    steps: number[];
    times: number[];
    substeps: number;
    particles: number;
    blockSize: number;
    models: ModelWeakErrors[];
}
/**
 * Default particles per block, as for exit runs: a block of 250 particles × hundreds of steps is far more work
 * than its dispatch, and 1000 particles per η already make 4 blocks per η to spread over the workers.
 */
export declare const DEFAULT_BLOCK_SIZE = 250;
/**
 * SDE substeps m. Order-1 models: Heun's bias relative to an O(η) error is ≈ K·η/m², at most 0.53% at m = 4 for
 * η ≤ 0.1 on the spec's quadratic (curvature ≤ 2.1). SME-2: the ratio is ≈ K/m² at every η — 3.8% at m = 4,
 * 0.23% at m = 16 (exact Heun moments, spec). One m serves all models of a run: they share one coupledPaths
 * call, so SME-2 in the list makes every model pay for 16.
 */
export declare function defaultSubsteps(models: readonly SdeModel[]): number;
/** The coupled errors of a spec without their fits: what the simulation produces (fits need the claim's α). */
export type CoupledErrors = Omit<CoupledWeakErrors, "models"> & {
    models: {
        model: SdeModel;
        tests: Omit<TestWeakErrors, "fit">[];
    }[];
};
/** The coupled SGD/SDE runs of a spec, as a Simulation the claims' runner dispatches with everything else. */
export declare function coupledRuns(spec: Omit<CoupledWeakErrorSpec, "alpha">): Simulation<CoupledErrors>;
/** The order fit of every model and test function at level α. */
export declare function fitCoupledErrors(errors: CoupledErrors, alpha: number): CoupledWeakErrors;
/** Runs the coupled paths on `pool` and fits every order: the whole measurement, for tools and specs. */
export declare function coupledWeakErrors(pool: WorkerPool, spec: CoupledWeakErrorSpec, onDone?: (done: number, total: number) => void): Promise<CoupledWeakErrors>;
//# sourceMappingURL=coupledWeakErrors.d.ts.map