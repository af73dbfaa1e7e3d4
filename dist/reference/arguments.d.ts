/**
 * Argument checks shared by the exact references (quadratic recursions, exit times, saddle formulas). Every
 * reference is a long computation whose inputs are plain numbers, matrices and functions, so a bad input (η ≤ 0, a start outside the interval, a drift that returns NaN) is
 * rejected up front with a one-line message naming the argument, instead of surfacing later as a NaN time.
 */
import { type Matrix, type Vector } from "../linalg/dense.ts";
export declare function assertFinite(name: string, value: number): void;
/** A resolution parameter (panel or node count): an integer ≥ `min`. */
export declare function assertCount(name: string, value: number, min: number): void;
export declare function assertFunction(name: string, value: unknown): void;
/** lower < upper, both finite. */
export declare function assertInterval(lowerName: string, lower: number, upperName: string, upper: number): void;
/** A user function's value at x must be finite (and > 0 when `positive`); names the function and the point. */
export declare function checkedValue(name: string, fn: (x: number) => number, x: number, positive?: boolean): number;
export declare function assertFinitePositive(name: string, value: number): void;
export declare function assertSymmetricMatrix(name: string, M: Matrix, dim?: number): void;
/** Σ must be a covariance: symmetric with eigenvalues ≥ 0 up to round-off. */
export declare function assertCovariance(name: string, M: Matrix, dim: number): void;
export declare function assertVector(name: string, x: Vector, dim: number): void;
//# sourceMappingURL=arguments.d.ts.map