/**
 * Pieces of `Landscape.gradientSource`: the SGD kernels are compiled from these strings (DESIGN.md §4), so each
 * landscape writes its gradient as plain arithmetic over `x0 … x{d-1}`. The landscape's own `gradient` performs
 * the same operations in the same order, so the two agree to the last bit, not merely to round-off.
 */
/** Powers up to this are written as repeated multiplication: cheaper than Math.pow in V8's optimised code. */
export declare const MAX_UNROLLED_POWER = 8;
/** `x0*x0*x0` for p ≤ 8, `Math.pow(x0, 9)` beyond; p = 0 gives the empty list (the factor is 1). */
export declare function powerFactors(variable: string, p: number): string[];
/** `(t0 + t1 + t2)`, evaluated left to right like the accumulating loop in `gradient`; `0` when empty. */
export declare function sumSource(terms: readonly string[]): string;
/**
 * Compiles a landscape's gradient source into a function of a point (for tests, references and tools; the
 * kernels inline the expressions themselves). One `new Function` per landscape, built once.
 */
export declare function compileGradientSource(gradientSource: readonly string[]): (x: ArrayLike<number>) => number[];
//# sourceMappingURL=codegen.d.ts.map