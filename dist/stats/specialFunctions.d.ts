/**
 * ln Γ(x) for x > 0. simple-statistics' `gammaln` is Lanczos (g = 607/128, 15 terms), accurate to ~1e-15
 * for x ≥ 1. It evaluates at x − 1, which for small x rounds away x's own digits (x = 1e-8 loses eight), so
 * below 1 the recurrence lnΓ(x) = lnΓ(1 + x) − ln x is used instead: small shape parameters stay exact.
 */
export declare function logGamma(x: number): number;
/**
 * ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b). For large arguments the three lnΓ's are huge and nearly cancel,
 * so (as in R's lbeta) Stirling's leading terms are combined analytically and only the δ corrections summed.
 */
export declare function logBeta(a: number, b: number): number;
/** Both tails of a distribution function evaluated at one point, each accurate on its own. */
export interface Tails {
    /** P(X ≤ x). */
    lower: number;
    /** P(X > x). */
    upper: number;
}
/**
 * Regularized incomplete gamma: lower = P(a, x) = γ(a, x)/Γ(a), upper = Q(a, x) = Γ(a, x)/Γ(a).
 * Series for x < a + 1 (converges fast there), Lentz continued fraction otherwise (Numerical Recipes §6.2).
 */
export declare function incompleteGammaTails(a: number, x: number): Tails;
/** P(a, x), the regularized lower incomplete gamma function. */
export declare function regularizedGammaP(a: number, x: number): number;
/** Q(a, x) = 1 − P(a, x), computed directly (no cancellation in the upper tail). */
export declare function regularizedGammaQ(a: number, x: number): number;
/**
 * Regularized incomplete beta: lower = I_x(a, b), upper = 1 − I_x(a, b).
 *
 * `y` is 1 − x supplied by the caller when it knows it more accurately than `1 - x` (e.g. x = df/(df+t²),
 * y = t²/(df+t²) for Student's t, or x, y from a logistic parametrisation); pass it to keep tails near x ≈ 1 exact.
 */
export declare function incompleteBetaTails(x: number, a: number, b: number, y?: number): Tails;
/** I_x(a, b), the regularized incomplete beta function (the Beta(a, b) distribution function at x). */
export declare function regularizedBeta(x: number, a: number, b: number): number;
/** 1 − I_x(a, b), computed directly. */
export declare function regularizedBetaComplement(x: number, a: number, b: number): number;
//# sourceMappingURL=specialFunctions.d.ts.map