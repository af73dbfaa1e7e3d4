/**
 * Hypothesis tests: comparisons of estimates and proportions, goodness of fit (Kolmogorov–Smirnov, Pearson
 * χ²), and the exact binomial test with its Clopper–Pearson interval.
 */
import { betaQuantile, betaQuantileUpper, chiSquaredSurvival, normalCdf, normalQuantile, } from "./quantiles.js";
import { incompleteBetaTails, logGamma } from "./specialFunctions.js";
/**
 * p-value of a standard-normal statistic. "greater": H₁ says the statistic's mean is > 0, so p = P(Z ≥ z);
 * "less": p = P(Z ≤ z); two-sided: 2·P(Z ≥ |z|). Tails via Φ(−·) so tiny p-values keep their digits.
 */
export function pValueFromZ(z, alternative = "two-sided") {
    if (Number.isNaN(z))
        return Number.NaN;
    if (alternative === "greater")
        return normalCdf(-z);
    if (alternative === "less")
        return normalCdf(z);
    return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
/** z-test of a − b = 0 for independent, approximately normal estimates: z = (a − b)/√(se_a² + se_b²). */
export function zTestDifference(a, b, alternative = "two-sided") {
    const difference = a.estimate - b.estimate;
    const se = Math.hypot(a.se, b.se);
    // se = 0 (two exact values): any difference is infinitely significant, no difference is not at all.
    const z = se > 0 ? difference / se : difference === 0 ? 0 : Math.sign(difference) * Number.POSITIVE_INFINITY;
    return { z, p: pValueFromZ(z, alternative), difference, se };
}
/** Two-proportion z-test of p₁ = p₂ with the pooled variance p̂(1 − p̂)(1/n₁ + 1/n₂) under H₀. */
export function twoProportionZTest(successes1, n1, successes2, n2, alternative = "two-sided") {
    checkCount(successes1, n1);
    checkCount(successes2, n2);
    const pooled = (successes1 + successes2) / (n1 + n2);
    const difference = successes1 / n1 - successes2 / n2;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    const z = se > 0 ? difference / se : 0;
    return { z, p: pValueFromZ(z, alternative), difference, se };
}
/**
 * A proportion k/n with its binomial SE √(p(1 − p)/n) and the exact Clopper–Pearson (1 − α) interval: how the
 * claims estimate every fraction (exits through a saddle, aligned exits, runs that escape).
 */
export function proportionEstimate(k, n, alpha) {
    const p = k / n;
    return { estimate: p, se: Math.sqrt((p * (1 - p)) / n), interval: clopperPearson(k, n, alpha) };
}
/**
 * p₁ − p₂ of two independent binomial proportions with its unpooled Wald SE √(p₁q₁/n₁ + p₂q₂/n₂) and
 * two-sided (1 − α) interval: the estimate an ordering assertion ("more often than") decides against 0. Wald is
 * adequate at the counts the claims use (every n ≥ 10³, proportions away from 0 and 1); its coverage is checked
 * by the spec over many streams.
 */
export function proportionDifference(successes1, n1, successes2, n2, alpha) {
    checkCount(successes1, n1);
    checkCount(successes2, n2);
    const p1 = successes1 / n1;
    const p2 = successes2 / n2;
    const estimate = p1 - p2;
    const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
    const z = normalQuantile(1 - alpha / 2);
    return { estimate, se, interval: [estimate - z * se, estimate + z * se] };
}
function checkCount(k, n) {
    if (!(Number.isInteger(n) && n >= 1 && Number.isInteger(k) && k >= 0 && k <= n)) {
        throw new RangeError(`need integers 0 ≤ k ≤ n, n ≥ 1; got k=${k}, n=${n}`);
    }
}
/**
 * Survival function of the Kolmogorov distribution, P(K > λ), K = sup|B(t)| of a Brownian bridge. Two series
 * (Numerical Recipes §6.14): the alternating one 2Σ(−1)^{j−1}e^{−2j²λ²} converges fast for λ ≥ 1.18, the
 * Jacobi-transformed one √(2π)/λ Σ e^{−(2j−1)²π²/(8λ²)} for the CDF below that.
 */
export function kolmogorovSurvival(lambda) {
    if (!(lambda >= 0))
        throw new RangeError(`kolmogorovSurvival: λ must be ≥ 0, got ${lambda}`);
    if (lambda < 0.04)
        return 1; // P(K ≤ 0.04) < 1e-300.
    if (lambda < 1.18) {
        const w = (Math.PI * Math.PI) / (8 * lambda * lambda);
        let sum = 0;
        for (let j = 1; j <= 20; j++)
            sum += Math.exp(-((2 * j - 1) ** 2) * w);
        return 1 - (Math.sqrt(2 * Math.PI) / lambda) * sum;
    }
    let sum = 0;
    for (let j = 1; j <= 100; j++) {
        const term = Math.exp(-2 * j * j * lambda * lambda);
        sum += j % 2 === 1 ? term : -term;
        if (term < 1e-17 * sum)
            break;
    }
    return Math.max(0, Math.min(1, 2 * sum));
}
/**
 * One-sample two-sided KS test of `sample` against a continuous distribution function. p-value: the limiting
 * Kolmogorov law at λ = (√n + 0.12 + 0.11/√n)·D (Stephens 1970), which corrects the finite-n bias well
 * enough for n ≥ 35. With `sorted: true` the sample is used in place (checked, not copied: the n = 10⁷ exit-time
 * samples must not be duplicated); otherwise one sorted Float64Array copy is made.
 */
export function kolmogorovSmirnovTest(sample, cdf, options = {}) {
    const n = sample.length;
    if (n < 1)
        throw new RangeError("kolmogorovSmirnovTest: empty sample");
    let sortedSample;
    if (options.sorted === true) {
        for (let i = 1; i < n; i++) {
            if (!(sample[i] >= sample[i - 1])) {
                throw new RangeError(`kolmogorovSmirnovTest: sample marked sorted but x[${i}] < x[${i - 1}] (or NaN)`);
            }
        }
        sortedSample = sample;
    }
    else {
        sortedSample = Float64Array.from(sample).sort();
        if (Number.isNaN(sortedSample[n - 1]))
            throw new RangeError("kolmogorovSmirnovTest: sample contains NaN");
    }
    let dPlus = 0;
    let dMinus = 0;
    for (let i = 0; i < n; i++) {
        const f = cdf(sortedSample[i]);
        dPlus = Math.max(dPlus, (i + 1) / n - f);
        dMinus = Math.max(dMinus, f - i / n);
    }
    const statistic = Math.max(dPlus, dMinus);
    const rootN = Math.sqrt(n);
    const p = kolmogorovSurvival((rootN + 0.12 + 0.11 / rootN) * statistic);
    return { statistic, dPlus, dMinus, n, p };
}
/**
 * Pearson's X² = Σ (O − E)²/E with E_i = N·p_i; p from the χ² upper tail with df = bins − 1 − fittedParameters
 * (subtract one per parameter estimated from the same counts).
 */
export function chiSquaredGoodnessOfFit(observed, probabilities, fittedParameters = 0) {
    if (observed.length !== probabilities.length)
        throw new RangeError("observed and probabilities lengths differ");
    const totalProbability = probabilities.reduce((a, b) => a + b, 0);
    // 1e-9: well above the rounding of a few thousand summed doubles, well below any real misspecification.
    if (Math.abs(totalProbability - 1) > 1e-9)
        throw new RangeError(`probabilities sum to ${totalProbability}, not 1`);
    const total = observed.reduce((a, b) => a + b, 0);
    const expected = probabilities.map((p) => total * p);
    let statistic = 0;
    expected.forEach((e, i) => {
        if (!(e > 0))
            throw new RangeError(`expected count of bin ${i} is ${e}; merge empty bins first`);
        statistic += (observed[i] - e) ** 2 / e;
    });
    const df = observed.length - 1 - fittedParameters;
    if (df < 1)
        throw new RangeError(`chiSquaredGoodnessOfFit: df = ${df} < 1`);
    return {
        statistic,
        df,
        p: chiSquaredSurvival(statistic, df),
        expected,
        minExpected: Math.min(...expected),
    };
}
/** P(X ≤ k) for X ~ Binomial(n, p) via the beta identity P(X ≤ k) = I_{1−p}(n − k, k + 1). */
export function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    return incompleteBetaTails(1 - p, n - k, k + 1, p).lower;
}
/** P(X ≥ k) for X ~ Binomial(n, p), computed directly: I_p(k, n − k + 1). */
export function binomialUpperTail(k, n, p) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    return incompleteBetaTails(p, k, n - k + 1, 1 - p).lower;
}
function logBinomialPmf(k, n, p) {
    return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}
/**
 * Exact binomial test of H₀: success probability = p0. Two-sided p-value: total probability of outcomes no
 * more likely than the observed one (R's binom.test convention, with its 1 + 1e-7 tie tolerance). The other
 * tail's cut point is found by bisection, since the pmf is monotone on each side of the mean, so the cost is
 * O(log n) whatever n.
 */
export function binomialTest(k, n, p0, alternative = "two-sided") {
    checkCount(k, n);
    if (!(p0 > 0 && p0 < 1))
        throw new RangeError(`binomialTest: p0 must be in (0, 1), got ${p0}`);
    const estimate = k / n;
    if (alternative === "less")
        return { estimate, p: binomialCdf(k, n, p0) };
    if (alternative === "greater")
        return { estimate, p: binomialUpperTail(k, n, p0) };
    const mean = n * p0;
    const threshold = logBinomialPmf(k, n, p0) + Math.log1p(1e-7);
    const atMost = (j) => logBinomialPmf(j, n, p0) <= threshold;
    let p;
    if (k === mean) {
        p = 1;
    }
    else if (k < mean) {
        // First j ≥ ⌈mean⌉ whose pmf is at most the observed one (pmf decreasing there).
        let lo = Math.ceil(mean);
        let hi = n + 1;
        while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            if (atMost(mid))
                hi = mid;
            else
                lo = mid + 1;
        }
        p = binomialCdf(k, n, p0) + binomialUpperTail(lo, n, p0);
    }
    else {
        // Last j ≤ ⌊mean⌋ whose pmf is at most the observed one (pmf increasing there).
        let lo = -1;
        let hi = Math.floor(mean);
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (atMost(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        p = binomialCdf(lo, n, p0) + binomialUpperTail(k, n, p0);
    }
    return { estimate, p: Math.min(1, p) };
}
/**
 * Clopper–Pearson interval for a binomial proportion: [B(α/2; k, n−k+1), B(1−α/2; k+1, n−k)], with the
 * endpoints 0 and 1 at k = 0 and k = n. Exact (coverage ≥ 1 − α for every p), hence conservative.
 */
export function clopperPearson(k, n, alpha) {
    checkCount(k, n);
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    const lo = k === 0 ? 0 : betaQuantile(alpha / 2, k, n - k + 1);
    // Upper end: P(X ≤ k | hi) = α/2 ⇔ the Beta(k+1, n−k) upper tail at hi is α/2, solved without forming 1 − α/2.
    const hi = k === n ? 1 : betaQuantileUpper(alpha / 2, k + 1, n - k);
    return [lo, hi];
}
//# sourceMappingURL=tests.js.map