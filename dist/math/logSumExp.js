/**
 * Sums of exponentials kept as logarithms. Exit times grow like e^{2Δf/ε²}: the mean first-passage integrands
 * overflow double precision for ε² ≲ 0.05 on the double well, so the exact references carry ln of every
 * positive partial sum and only exponentiate differences. −∞ stands for an exact zero.
 */
/** ln(e^a + e^b), exact for a or b = −∞. */
export function logAddExp(a, b) {
    if (a === Number.NEGATIVE_INFINITY)
        return b;
    if (b === Number.NEGATIVE_INFINITY)
        return a;
    return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
/**
 * ln Σ_i w_i e^{a_i} for weights w_i ≥ 0 (quadrature weights): the largest exponent is factored out so every
 * term is ≤ w_i; terms more than ~745 below it underflow to 0, which is below the sum's rounding anyway.
 */
export function logWeightedSumExp(weights, exponents) {
    let m = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < exponents.length; i++)
        if (exponents[i] > m)
            m = exponents[i];
    if (m === Number.NEGATIVE_INFINITY)
        return m;
    let s = 0;
    for (let i = 0; i < exponents.length; i++)
        s += weights[i] * Math.exp(exponents[i] - m);
    return s > 0 ? m + Math.log(s) : Number.NEGATIVE_INFINITY;
}
//# sourceMappingURL=logSumExp.js.map