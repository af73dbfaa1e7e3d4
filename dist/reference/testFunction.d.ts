/**
 * Test functions φ of the weak-approximation claims (THEORY.md §W: smooth with polynomial growth — x, x², cos(ωx),
 * x⁴, mixed products in d-D), as JSON-able descriptors so that configs and reports can name them. Coordinates are
 * 0-based.
 */
export type TestFunction = {
    kind: "coordinate";
    i: number;
} | {
    kind: "square";
    i: number;
} | {
    kind: "product";
    i: number;
    j: number;
} | {
    kind: "cos";
    omega: number[];
} | {
    kind: "fourth";
    i: number;
};
/** Throws a one-line error naming the field when φ does not fit dimension `dim`. */
export declare function assertTestFunction(phi: TestFunction, dim: number): void;
/** φ(x), for Monte Carlo estimates of E φ(x_k). */
export declare function evaluateTestFunction(phi: TestFunction, x: ArrayLike<number>): number;
/** Short name for reports: "x_0", "x_1²", "x_0·x_2", "cos(ωᵀx), ω = [1,2]", "x_0⁴". */
export declare function testFunctionLabel(phi: TestFunction): string;
/**
 * Every test function here depends on x only through r ≤ 2 linear functionals: φ(x) = φ_r(Lx) with L an r×d
 * matrix. Under x ~ N(m, C), Lx ~ N(Lm, LCLᵀ), so E φ needs only r means and an r×r covariance — O(r²d²) per
 * evaluation instead of the O(d³) full change of basis.
 */
export interface TestFunctionProjection {
    /** Rows of L (original coordinates). */
    directions: number[][];
    /** φ_r, acting on the r-vector Lx. */
    reduced: TestFunction;
}
export declare function testFunctionProjection(phi: TestFunction, dim: number): TestFunctionProjection;
//# sourceMappingURL=testFunction.d.ts.map