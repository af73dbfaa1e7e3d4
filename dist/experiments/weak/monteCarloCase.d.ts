import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import type { TestFunction } from "../../reference/testFunction.ts";
/**
 * A d-D nonlinear case of the weak claims decided by Monte Carlo with common random numbers
 * (coupledWeakErrors.ts): no exact reference exists, so the error at T is estimated from coupled SGD/SDE pairs
 * with a standard error, and the order fit uses only η resolved above the noise floor (DESIGN.md §6). Each case
 * carries its own η grid (the claims' 0.05 start is pre-asymptotic for nonlinear drifts: the error behaves like
 * C·η(1 − 8η) on the 2-D polynomial) and its particle count.
 */
export interface MonteCarloCase {
    key: string;
    name: string;
    landscape: LandscapeSpec;
    noise: NoiseSpec;
    x0: number[];
    T: number;
    tests: TestFunction[];
    etas: number[];
    particles: number;
    substeps?: number;
}
export declare function readMonteCarloCases(raw: unknown, path: string): MonteCarloCase[];
//# sourceMappingURL=monteCarloCase.d.ts.map