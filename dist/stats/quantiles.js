/**
 * Distribution functions and quantiles: normal, Student t, χ² and beta.
 *
 * simple-statistics' `cumulativeStdNormalProbability` is a 4-digit table lookup and its `probit` uses a
 * closed-form erf⁻¹ good to ~3e-3 (z_{0.9995} = 3.2793 instead of 3.2905); the α_i of a Bonferroni budget
 * live in the far tail, so both are replaced here by Cody's and Wichura's double-precision algorithms.
 * Everything else reduces to the incomplete gamma/beta functions of specialFunctions.ts, inverted by
 * safeguarded Newton on a log or logit axis (monotoneInverse.ts). Accuracy is ~1e-14 relative in both tails.
 * The normal functions live in math/normal.ts (the exact references need them too) and are re-exported here.
 */
import { normalCdf, normalDensity, normalQuantile } from "../math/normal.js";
import { solveIncreasing } from "./monotoneInverse.js";
import { incompleteBetaTails, incompleteGammaTails, logBeta, logGamma } from "./specialFunctions.js";
export { normalCdf, normalDensity, normalQuantile };
function checkProbability(p, name) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        throw new RangeError(`${name}: p must be in [0, 1], got ${p}`);
}
function checkPositive(value, name) {
    if (!(value > 0))
        throw new RangeError(`${name} must be > 0, got ${value}`);
}
/** ln σ(u) = −ln(1 + e^{−u}), without overflow for either sign of u. */
function logSigmoid(u) {
    return u < 0 ? u - Math.log1p(Math.exp(u)) : -Math.log1p(Math.exp(-u));
}
/**
 * Beta(a, b) tails at x = σ(u) = 1/(1 + e^{−u}), with 1 − x = σ(−u) formed without cancellation. The logit
 * axis makes the quantile solver's absolute tolerance a relative one near both 0 and 1.
 */
function betaTailsAtLogit(u, a, b) {
    return incompleteBetaTails(1 / (1 + Math.exp(-u)), a, b, 1 / (1 + Math.exp(u)));
}
/** d I_x(a,b) / du at x = σ(u): the beta density times dx/du = x(1 − x). */
function betaLogitDensity(u, a, b) {
    return Math.exp(a * logSigmoid(u) + b * logSigmoid(-u) - logBeta(a, b));
}
/**
 * Which tail to match when solving for a quantile: always the smaller one, so it is matched with full relative
 * precision. An upper-tail α/2 given directly stays exact, where 1 − (1 − α/2) would lose ~1e-16/α of it.
 */
function smallerTail(prob, tail) {
    const solveLower = tail === "lower" ? prob <= 0.5 : prob > 0.5;
    return { solveLower, target: (tail === "lower") === solveLower ? prob : 1 - prob };
}
/** The logit u of the Beta(a, b) quantile with probability `prob` in the given tail. */
function betaQuantileLogit(prob, tail, a, b) {
    const mean = a / (a + b);
    const start = Math.log(mean) - Math.log1p(-mean);
    const { solveLower, target } = smallerTail(prob, tail);
    const slope = (u) => betaLogitDensity(u, a, b);
    return solveLower
        ? solveIncreasing((u) => betaTailsAtLogit(u, a, b).lower, slope, target, start)
        : solveIncreasing((u) => -betaTailsAtLogit(u, a, b).upper, slope, -target, start);
}
/** Beta(a, b) distribution function I_x(a, b). */
export function betaCdf(x, a, b) {
    checkPositive(a, "betaCdf: a");
    checkPositive(b, "betaCdf: b");
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    return incompleteBetaTails(x, a, b).lower;
}
/** Beta(a, b) quantile: the x with I_x(a, b) = p. */
export function betaQuantile(p, a, b) {
    return betaQuantileInTail(p, "lower", a, b);
}
/** Upper-tail Beta(a, b) quantile: the x with P(X > x) = q (exact for tiny q, unlike betaQuantile(1 − q)). */
export function betaQuantileUpper(q, a, b) {
    return betaQuantileInTail(q, "upper", a, b);
}
function betaQuantileInTail(prob, tail, a, b) {
    checkProbability(prob, "betaQuantile");
    checkPositive(a, "betaQuantile: a");
    checkPositive(b, "betaQuantile: b");
    const lowerProb = tail === "lower" ? prob : 1 - prob;
    if (lowerProb === 0)
        return 0;
    if (lowerProb === 1)
        return 1;
    return 1 / (1 + Math.exp(-betaQuantileLogit(prob, tail, a, b)));
}
/**
 * Student t distribution function with `df` degrees of freedom (df = ∞ gives Φ). For t < 0,
 * P(T ≤ t) = ½ I_x(df/2, ½) with x = df/(df + t²); the upper tail is taken by symmetry, not by 1 − lower.
 */
export function studentTCdf(t, df) {
    checkPositive(df, "studentTCdf: df");
    if (Number.isNaN(t))
        return Number.NaN;
    if (df === Number.POSITIVE_INFINITY)
        return normalCdf(t);
    if (t === 0)
        return 0.5;
    const tSq = t * t;
    // x = df/(df+t²) and 1 − x = t²/(df+t²), both without cancellation; for huge |t| write them via df/t².
    const ratio = df / tSq;
    const x = ratio / (1 + ratio);
    const y = 1 / (1 + ratio);
    const tail = 0.5 * incompleteBetaTails(x, df / 2, 0.5, y).lower;
    return t < 0 ? tail : 1 - tail;
}
/** Student t quantile: the t with P(T ≤ t) = p, for df > 0 (df = ∞ gives Φ⁻¹). */
export function studentTQuantile(p, df) {
    checkProbability(p, "studentTQuantile");
    checkPositive(df, "studentTQuantile: df");
    if (df === Number.POSITIVE_INFINITY)
        return normalQuantile(p);
    if (p === 0)
        return Number.NEGATIVE_INFINITY;
    if (p === 1)
        return Number.POSITIVE_INFINITY;
    if (p === 0.5)
        return 0;
    // Closed forms where they exist (Cauchy; df = 2), exact and cheaper than iteration.
    if (df === 1)
        return Math.tan(Math.PI * (p - 0.5));
    if (df === 2)
        return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
    const tailProbability = p < 0.5 ? p : 1 - p;
    // ½ I_x(df/2, ½) = tailProbability with x = df/(df+t²); on the logit axis u = ln(x/(1−x)) = ln(df/t²), so
    // |t| = √df · e^{−u/2} keeps relative precision for t near 0 and in the far tails alike.
    const u = betaQuantileLogit(2 * tailProbability, "lower", df / 2, 0.5);
    const magnitude = Math.sqrt(df) * Math.exp(-0.5 * u);
    return p < 0.5 ? -magnitude : magnitude;
}
/** χ²(df) distribution function, P(df/2, x/2). */
export function chiSquaredCdf(x, df) {
    checkPositive(df, "chiSquaredCdf: df");
    return incompleteGammaTails(df / 2, Math.max(0, x) / 2).lower;
}
/** χ²(df) survival function P(X > x) = Q(df/2, x/2), accurate for tiny upper-tail p-values. */
export function chiSquaredSurvival(x, df) {
    checkPositive(df, "chiSquaredSurvival: df");
    return incompleteGammaTails(df / 2, Math.max(0, x) / 2).upper;
}
/** d P(k, e^u / 2) / du: the χ² density times dx/du = x. */
function chiSquaredLogDensity(u, df) {
    const half = df / 2;
    const halfX = 0.5 * Math.exp(u);
    return Math.exp(half * (u - Math.LN2) - halfX - logGamma(half));
}
/** χ²(df) quantile: the x with P(X ≤ x) = p. */
export function chiSquaredQuantile(p, df) {
    return chiSquaredQuantileInTail(p, "lower", df);
}
/** Upper-tail χ²(df) quantile: the x with P(X > x) = q (exact for tiny q, unlike chiSquaredQuantile(1 − q)). */
export function chiSquaredQuantileUpper(q, df) {
    return chiSquaredQuantileInTail(q, "upper", df);
}
function chiSquaredQuantileInTail(prob, tail, df) {
    checkProbability(prob, "chiSquaredQuantile");
    checkPositive(df, "chiSquaredQuantile: df");
    const lowerProb = tail === "lower" ? prob : 1 - prob;
    if (lowerProb === 0)
        return 0;
    if (lowerProb === 1)
        return Number.POSITIVE_INFINITY;
    // Start: Wilson–Hilferty, x ≈ df (1 − 2/(9df) + z √(2/(9df)))³; in the lower tail where that is ≤ 0,
    // P(df/2, x/2) ≈ (x/2)^{df/2}/Γ(df/2 + 1) inverted. Only the start uses lowerProb, so its rounding is harmless.
    const h = 2 / (9 * df);
    const z = tail === "lower" ? normalQuantile(prob) : -normalQuantile(prob);
    const cube = 1 - h + z * Math.sqrt(h);
    const start = cube > 0.1
        ? Math.log(df) + 3 * Math.log(cube)
        : Math.LN2 + (2 / df) * (Math.log(lowerProb) + logGamma(df / 2 + 1));
    const half = df / 2;
    const slope = (u) => chiSquaredLogDensity(u, df);
    const { solveLower, target } = smallerTail(prob, tail);
    const logX = solveLower
        ? solveIncreasing((u) => incompleteGammaTails(half, 0.5 * Math.exp(u)).lower, slope, target, start)
        : solveIncreasing((u) => -incompleteGammaTails(half, 0.5 * Math.exp(u)).upper, slope, -target, start);
    return Math.exp(logX);
}
//# sourceMappingURL=quantiles.js.map