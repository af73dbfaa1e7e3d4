import type { Alternative } from "./types.ts";
/** A test statistic and its p-value. */
export interface ZTest {
    z: number;
    p: number;
}
/**
 * p-value of a standard-normal statistic. "greater": H₁ says the statistic's mean is > 0, so p = P(Z ≥ z);
 * "less": p = P(Z ≤ z); two-sided: 2·P(Z ≥ |z|). Tails via Φ(−·) so tiny p-values keep their digits.
 */
export declare function pValueFromZ(z: number, alternative?: Alternative): number;
/** An independent estimate with its standard error. */
export interface EstimateWithSe {
    estimate: number;
    se: number;
}
/** z-test of a − b = 0 for independent, approximately normal estimates: z = (a − b)/√(se_a² + se_b²). */
export declare function zTestDifference(a: EstimateWithSe, b: EstimateWithSe, alternative?: Alternative): ZTest & {
    difference: number;
    se: number;
};
/** Two-proportion z-test of p₁ = p₂ with the pooled variance p̂(1 − p̂)(1/n₁ + 1/n₂) under H₀. */
export declare function twoProportionZTest(successes1: number, n1: number, successes2: number, n2: number, alternative?: Alternative): ZTest & {
    difference: number;
    se: number;
};
/**
 * A proportion k/n with its binomial SE √(p(1 − p)/n) and the exact Clopper–Pearson (1 − α) interval: how the
 * claims estimate every fraction (exits through a saddle, aligned exits, runs that escape).
 */
export declare function proportionEstimate(k: number, n: number, alpha: number): {
    estimate: number;
    se: number;
    interval: [number, number];
};
/**
 * p₁ − p₂ of two independent binomial proportions with its unpooled Wald SE √(p₁q₁/n₁ + p₂q₂/n₂) and
 * two-sided (1 − α) interval: the estimate an ordering assertion ("more often than") decides against 0. Wald is
 * adequate at the counts the claims use (every n ≥ 10³, proportions away from 0 and 1); its coverage is checked
 * by the spec over many streams.
 */
export declare function proportionDifference(successes1: number, n1: number, successes2: number, n2: number, alpha: number): {
    estimate: number;
    se: number;
    interval: [number, number];
};
/**
 * Survival function of the Kolmogorov distribution, P(K > λ), K = sup|B(t)| of a Brownian bridge. Two series
 * (Numerical Recipes §6.14): the alternating one 2Σ(−1)^{j−1}e^{−2j²λ²} converges fast for λ ≥ 1.18, the
 * Jacobi-transformed one √(2π)/λ Σ e^{−(2j−1)²π²/(8λ²)} for the CDF below that.
 */
export declare function kolmogorovSurvival(lambda: number): number;
/** One-sample Kolmogorov–Smirnov result. */
export interface KolmogorovSmirnovResult {
    /** D = sup|F_n − F|. */
    statistic: number;
    /** sup(F_n − F) and sup(F − F_n). */
    dPlus: number;
    dMinus: number;
    n: number;
    /** Two-sided p-value from Stephens' modification; accurate to ~1e-2 absolute for n ≥ 35. */
    p: number;
}
/**
 * One-sample two-sided KS test of `sample` against a continuous distribution function. p-value: the limiting
 * Kolmogorov law at λ = (√n + 0.12 + 0.11/√n)·D (Stephens 1970), which corrects the finite-n bias well
 * enough for n ≥ 35. With `sorted: true` the sample is used in place (checked, not copied: the n = 10⁷ exit-time
 * samples must not be duplicated); otherwise one sorted Float64Array copy is made.
 */
export declare function kolmogorovSmirnovTest(sample: ArrayLike<number>, cdf: (x: number) => number, options?: {
    sorted?: boolean;
}): KolmogorovSmirnovResult;
/** Pearson χ² goodness-of-fit result. */
export interface ChiSquaredGoodnessOfFit {
    statistic: number;
    df: number;
    p: number;
    expected: number[];
    /** Smallest expected count: below ~5 the χ² approximation to the statistic's law is poor. */
    minExpected: number;
}
/**
 * Pearson's X² = Σ (O − E)²/E with E_i = N·p_i; p from the χ² upper tail with df = bins − 1 − fittedParameters
 * (subtract one per parameter estimated from the same counts).
 */
export declare function chiSquaredGoodnessOfFit(observed: readonly number[], probabilities: readonly number[], fittedParameters?: number): ChiSquaredGoodnessOfFit;
/** P(X ≤ k) for X ~ Binomial(n, p) via the beta identity P(X ≤ k) = I_{1−p}(n − k, k + 1). */
export declare function binomialCdf(k: number, n: number, p: number): number;
/** P(X ≥ k) for X ~ Binomial(n, p), computed directly: I_p(k, n − k + 1). */
export declare function binomialUpperTail(k: number, n: number, p: number): number;
/**
 * Exact binomial test of H₀: success probability = p0. Two-sided p-value: total probability of outcomes no
 * more likely than the observed one (R's binom.test convention, with its 1 + 1e-7 tie tolerance). The other
 * tail's cut point is found by bisection, since the pmf is monotone on each side of the mean, so the cost is
 * O(log n) whatever n.
 */
export declare function binomialTest(k: number, n: number, p0: number, alternative?: Alternative): {
    estimate: number;
    p: number;
};
/**
 * Clopper–Pearson interval for a binomial proportion: [B(α/2; k, n−k+1), B(1−α/2; k+1, n−k)], with the
 * endpoints 0 and 1 at k = 0 and k = n. Exact (coverage ≥ 1 − α for every p), hence conservative.
 */
export declare function clopperPearson(k: number, n: number, alpha: number): [number, number];
//# sourceMappingURL=tests.d.ts.map