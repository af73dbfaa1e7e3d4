import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import { type Matrix } from "../../linalg/dense.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import type { TestFunction } from "../../reference/testFunction.ts";
/**
 * A quadratic test case of the weak-approximation claims: f = ½xᵀHx with constant noise covariance Σ, where
 * the laws of SGD and of the SDEs are Gaussian with exact moments (THEORY.md §W), so no Monte Carlo is needed.
 */
export interface QuadraticCase {
    name: string;
    landscape: LandscapeSpec;
    noise: NoiseSpec;
    H: Matrix;
    Sigma: Matrix;
    lambdaMax: number;
    x0: number[];
    T: number;
    testFunctions: TestFunction[];
}
/**
 * Reads `cases`, or — when a user config sets case fields at the top level (`landscape`, `noise`, `x0`, `T`,
 * `testFunctions`) — a single case made of those fields over the first default case.
 */
export declare function readCases(cfg: Record<string, unknown>, path: string, needsT: boolean): QuadraticCase[];
export declare function readTestFunction(raw: unknown, path: string, d: number): TestFunction;
/** SGD on a quadratic is stable only for ηλ_max < 2 (THEORY.md "Setting"); the weak claims need stability. */
export declare function checkStable(etas: number[], lambdaMax: number, path: string): void;
/** Short human name of a test function for tables and legends. */
export declare function phiName(phi: TestFunction): string;
//# sourceMappingURL=quadraticCase.d.ts.map