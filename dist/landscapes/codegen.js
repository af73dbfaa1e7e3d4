/**
 * Pieces of `Landscape.gradientSource`: the SGD kernels are compiled from these strings (DESIGN.md §4), so each
 * landscape writes its gradient as plain arithmetic over `x0 … x{d-1}`. The landscape's own `gradient` performs
 * the same operations in the same order, so the two agree to the last bit, not merely to round-off.
 */
/** Powers up to this are written as repeated multiplication: cheaper than Math.pow in V8's optimised code. */
export const MAX_UNROLLED_POWER = 8;
/** `x0*x0*x0` for p ≤ 8, `Math.pow(x0, 9)` beyond; p = 0 gives the empty list (the factor is 1). */
export function powerFactors(variable, p) {
    if (p === 0)
        return [];
    if (p <= MAX_UNROLLED_POWER)
        return new Array(p).fill(variable);
    return [`Math.pow(${variable}, ${p})`];
}
/** `(t0 + t1 + t2)`, evaluated left to right like the accumulating loop in `gradient`; `0` when empty. */
export function sumSource(terms) {
    return terms.length === 0 ? "0" : `(${terms.join(" + ")})`;
}
/**
 * Compiles a landscape's gradient source into a function of a point (for tests, references and tools; the
 * kernels inline the expressions themselves). One `new Function` per landscape, built once.
 */
export function compileGradientSource(gradientSource) {
    const d = gradientSource.length;
    const vars = Array.from({ length: d }, (_, i) => `x${i}`);
    const body = `return [${gradientSource.join(", ")}];`;
    const fn = new Function(...vars, body);
    return (x) => fn(...Array.from({ length: d }, (_, i) => x[i]));
}
//# sourceMappingURL=codegen.js.map