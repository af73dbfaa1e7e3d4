/**
 * Inverting an increasing function by safeguarded Newton iteration (Numerical Recipes `rtsafe`): Newton steps
 * where they stay inside a shrinking bracket and make progress, bisection otherwise. Quantile functions in
 * quantiles.ts use it on a reparametrised axis (log x, logit x) so one absolute tolerance gives full relative
 * precision in the variable, from 1e-300 to 1e300.
 */
/**
 * Solve g(u) = target for u, where g is increasing and `slope` is g'. Starts from `start`, expands a bracket
 * by doubling steps, then refines. If the target lies beyond the range g reaches numerically the nearest
 * bracket end is returned (e.g. a quantile so extreme that its CDF underflows).
 */
export declare function solveIncreasing(g: (u: number) => number, slope: (u: number) => number, target: number, start: number): number;
//# sourceMappingURL=monotoneInverse.d.ts.map