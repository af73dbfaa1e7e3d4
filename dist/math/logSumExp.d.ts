/**
 * Sums of exponentials kept as logarithms. Exit times grow like e^{2Δf/ε²}: the mean first-passage integrands
 * overflow double precision for ε² ≲ 0.05 on the double well, so the exact references carry ln of every
 * positive partial sum and only exponentiate differences. −∞ stands for an exact zero.
 */
/** ln(e^a + e^b), exact for a or b = −∞. */
export declare function logAddExp(a: number, b: number): number;
/**
 * ln Σ_i w_i e^{a_i} for weights w_i ≥ 0 (quadrature weights): the largest exponent is factored out so every
 * term is ≤ w_i; terms more than ~745 below it underflow to 0, which is below the sum's rounding anyway.
 */
export declare function logWeightedSumExp(weights: ArrayLike<number>, exponents: ArrayLike<number>): number;
//# sourceMappingURL=logSumExp.d.ts.map