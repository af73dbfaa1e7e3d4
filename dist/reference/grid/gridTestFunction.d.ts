/**
 * Test functions φ for the 1-D grid references: the descriptors of reference/testFunction.ts at coordinate 0
 * (x, x², x⁴, cos(ωx) — JSON-able, named in reports), or any other smooth φ of polynomial growth given as a
 * function with a label. The grid represents E[φ(x_k) | x_0 = x] by polynomial interpolation, so φ must be smooth
 * (analytic near the interval) for the spectral accuracy to hold.
 */
import { type TestFunction } from "../testFunction.ts";
export interface CustomTestFunction {
    kind: "custom";
    label: string;
    value: (x: number) => number;
}
export type GridTestFunction = TestFunction | CustomTestFunction;
/** φ = x, x², x⁴ and cos(ωx) as 1-D descriptors. */
export declare const X: TestFunction;
export declare const X_SQUARED: TestFunction;
export declare const X_FOURTH: TestFunction;
export declare function cosine(omega: number): TestFunction;
export declare function assertGridTestFunction(phi: GridTestFunction): void;
export declare function evaluateGridTestFunction(phi: GridTestFunction, x: number): number;
export declare function gridTestFunctionLabel(phi: GridTestFunction): string;
//# sourceMappingURL=gridTestFunction.d.ts.map