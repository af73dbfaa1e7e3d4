/**
 * Special functions behind every distribution in stats/: log Γ, the regularized incomplete gamma functions
 * P(a, x), Q(a, x) and the regularized incomplete beta function I_x(a, b) with its complement.
 *
 * Each function returns the lower and the upper tail computed separately, never one as `1 − other`, so a tail
 * of 1e-12 keeps its relative accuracy (the quantile solvers in quantiles.ts rely on this).
 */
import { gammaln } from "simple-statistics";
/** ~ machine epsilon; the series and continued fractions stop when a term changes the sum by less. */
const EPS = 1e-16;
/** Lentz's algorithm replaces an exact zero denominator by this (Numerical Recipes §5.2). */
const TINY = 1e-300;
/** Iteration caps: the series/fractions need O(√max(a,b)) terms, so 1e5 covers a, b up to ~1e9. */
const MAX_ITERATIONS = 100_000;
/**
 * ln Γ(x) for x > 0. simple-statistics' `gammaln` is Lanczos (g = 607/128, 15 terms), accurate to ~1e-15
 * for x ≥ 1. It evaluates at x − 1, which for small x rounds away x's own digits (x = 1e-8 loses eight), so
 * below 1 the recurrence lnΓ(x) = lnΓ(1 + x) − ln x is used instead: small shape parameters stay exact.
 */
export function logGamma(x) {
    if (!(x > 0))
        throw new RangeError(`logGamma: x must be > 0, got ${x}`);
    return x < 1 ? gammaln(1 + x) - Math.log(x) : gammaln(x);
}
/** Below this the Stirling series is not used (lnΓ is taken directly and nothing large cancels). */
const STIRLING_MIN = 10;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/**
 * Stirling's correction δ(x) = lnΓ(x) − [(x − ½)ln x − x + ½ln 2π] = Σ B_{2k}/(2k(2k−1)x^{2k−1}), for x ≥ 10,
 * where seven terms leave < 1e-16 absolute error. Carrying δ separately lets ratios of Γ's be formed without
 * subtracting lnΓ values of size x ln x (which at x = 10⁵ would cost 1e-11 absolute).
 */
function stirlingCorrection(x) {
    const r = 1 / x;
    const r2 = r * r;
    return (r *
        (1 / 12 -
            r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360 - r2 / 156)))))));
}
/**
 * The deviance term D(k, μ) = k ln(k/μ) + μ − k ≥ 0 (Loader 2000), by its series in v = (k − μ)/(k + μ) when
 * k ≈ μ, where the direct form loses everything to cancellation. It is what remains of k ln μ − μ − lnΓ(k)
 * once Stirling's leading terms are taken out analytically.
 */
function devianceTerm(k, mu) {
    if (Math.abs(k - mu) < 0.1 * (k + mu)) {
        let v = (k - mu) / (k + mu);
        let sum = (k - mu) * v;
        let term = 2 * k * v;
        v *= v;
        for (let j = 1; j < 1000; j++) {
            term *= v;
            const next = sum + term / (2 * j + 1);
            if (next === sum)
                return next;
            sum = next;
        }
        return sum;
    }
    return k * Math.log(k / mu) + mu - k;
}
/**
 * ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b). For large arguments the three lnΓ's are huge and nearly cancel,
 * so (as in R's lbeta) Stirling's leading terms are combined analytically and only the δ corrections summed.
 */
export function logBeta(a, b) {
    const p = Math.min(a, b);
    const q = Math.max(a, b);
    const n = p + q;
    if (p >= STIRLING_MIN) {
        const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(n);
        return (-0.5 * Math.log(q) + HALF_LOG_2PI + correction + (p - 0.5) * Math.log(p / n) + q * Math.log1p(-p / n));
    }
    if (q >= STIRLING_MIN) {
        const correction = stirlingCorrection(q) - stirlingCorrection(n);
        return logGamma(p) + correction + p - p * Math.log(n) + (q - 0.5) * Math.log1p(-p / n);
    }
    return logGamma(p) + logGamma(q) - logGamma(n);
}
/** ln[x^a e^{−x}/Γ(a)], the common factor of both incomplete-gamma tails, without large cancellations. */
function logGammaPrefactor(a, x) {
    if (a < STIRLING_MIN)
        return a * Math.log(x) - x - logGamma(a);
    return -devianceTerm(a, x) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a);
}
/**
 * ln[x^a y^b / B(a, b)] with y = 1 − x, the common factor of both incomplete-beta tails. For a, b ≥ 10 it is
 * −D(a, n x) − D(b, n y) + ½ln(ab/(2πn)) − [δ(a) + δ(b) − δ(n)], n = a + b: no large terms cancel.
 */
function logBetaPrefactor(x, y, a, b) {
    if (Math.min(a, b) < STIRLING_MIN)
        return a * Math.log(x) + b * Math.log(y) - logBeta(a, b);
    const n = a + b;
    const correction = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(n);
    return (-devianceTerm(a, n * x) -
        devianceTerm(b, n * y) +
        0.5 * Math.log((a * b) / (2 * Math.PI * n)) -
        correction);
}
/**
 * Regularized incomplete gamma: lower = P(a, x) = γ(a, x)/Γ(a), upper = Q(a, x) = Γ(a, x)/Γ(a).
 * Series for x < a + 1 (converges fast there), Lentz continued fraction otherwise (Numerical Recipes §6.2).
 */
export function incompleteGammaTails(a, x) {
    if (!(a > 0))
        throw new RangeError(`incompleteGamma: a must be > 0, got ${a}`);
    if (Number.isNaN(x))
        return { lower: Number.NaN, upper: Number.NaN };
    if (x <= 0)
        return { lower: 0, upper: 1 };
    if (x === Number.POSITIVE_INFINITY)
        return { lower: 1, upper: 0 };
    const logPrefactor = logGammaPrefactor(a, x);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS)
                break;
        }
        const lower = Math.min(1, sum * Math.exp(logPrefactor));
        return { lower, upper: 1 - lower };
    }
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    const upper = Math.min(1, Math.exp(logPrefactor) * h);
    return { lower: 1 - upper, upper };
}
/** P(a, x), the regularized lower incomplete gamma function. */
export function regularizedGammaP(a, x) {
    return incompleteGammaTails(a, x).lower;
}
/** Q(a, x) = 1 − P(a, x), computed directly (no cancellation in the upper tail). */
export function regularizedGammaQ(a, x) {
    return incompleteGammaTails(a, x).upper;
}
/** Continued fraction for I_x(a, b) (Numerical Recipes §6.4, modified Lentz); converges for x < (a+1)/(a+b+2). */
function betaContinuedFraction(a, b, x) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < MAX_ITERATIONS; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return h;
}
/**
 * Regularized incomplete beta: lower = I_x(a, b), upper = 1 − I_x(a, b).
 *
 * `y` is 1 − x supplied by the caller when it knows it more accurately than `1 - x` (e.g. x = df/(df+t²),
 * y = t²/(df+t²) for Student's t, or x, y from a logistic parametrisation); pass it to keep tails near x ≈ 1 exact.
 */
export function incompleteBetaTails(x, a, b, y = 1 - x) {
    if (!(a > 0 && b > 0))
        throw new RangeError(`incompleteBeta: a, b must be > 0, got a=${a}, b=${b}`);
    if (Number.isNaN(x) || Number.isNaN(y))
        return { lower: Number.NaN, upper: Number.NaN };
    if (x <= 0)
        return { lower: 0, upper: 1 };
    if (y <= 0)
        return { lower: 1, upper: 0 };
    const front = Math.exp(logBetaPrefactor(x, y, a, b));
    // The fraction for I_x(a,b) converges fast below (a+1)/(a+b+2); above it use I_x(a,b) = 1 − I_y(b,a).
    if (x < (a + 1) / (a + b + 2)) {
        const lower = Math.min(1, (front * betaContinuedFraction(a, b, x)) / a);
        return { lower, upper: 1 - lower };
    }
    const upper = Math.min(1, (front * betaContinuedFraction(b, a, y)) / b);
    return { lower: 1 - upper, upper };
}
/** I_x(a, b), the regularized incomplete beta function (the Beta(a, b) distribution function at x). */
export function regularizedBeta(x, a, b) {
    return incompleteBetaTails(x, a, b).lower;
}
/** 1 − I_x(a, b), computed directly. */
export function regularizedBetaComplement(x, a, b) {
    return incompleteBetaTails(x, a, b).upper;
}
//# sourceMappingURL=specialFunctions.js.map