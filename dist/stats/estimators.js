/**
 * Point estimates with standard errors and t intervals, for samples held in memory (simple-statistics) and for
 * Monte Carlo streams too large to hold (Welford's running moments, mergeable across blocks and workers).
 */
import { sampleVariance, mean as ssMean } from "simple-statistics";
import { studentTQuantile } from "./quantiles.js";
function requireSize(xs, minimum, name) {
    if (xs.length < minimum)
        throw new RangeError(`${name}: need at least ${minimum} observations, got ${xs.length}`);
}
/** Sample mean (simple-statistics; compensated summation). */
export function mean(xs) {
    requireSize(xs, 1, "mean");
    return ssMean(xs);
}
/** Unbiased sample variance, divisor n − 1 (simple-statistics; two-pass). */
export function variance(xs) {
    requireSize(xs, 2, "variance");
    return sampleVariance(xs);
}
/** std/mean of a sample (NaN below two values): ≈ 1 for an exponential law. */
export function coefficientOfVariation(values) {
    if (values.length < 2)
        return Number.NaN;
    const xs = Array.from(values);
    return Math.sqrt(variance(xs)) / mean(xs);
}
/** Standard error of the sample mean, √(s²/n). */
export function standardError(xs) {
    return Math.sqrt(variance(xs) / xs.length);
}
/**
 * The t interval mean ± t_{1−α/2}(n−1)·se. Exact for normal data; for the Monte Carlo means of this suite
 * (n ≥ 10³) it is the CLT interval, with t rather than z so that small pilot runs are not overconfident.
 */
export function tInterval(estimate, se, n, alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    if (n < 2)
        throw new RangeError(`tInterval: need n ≥ 2, got ${n}`);
    const halfWidth = studentTQuantile(1 - alpha / 2, n - 1) * se;
    return [estimate - halfWidth, estimate + halfWidth];
}
/** Mean, its standard error and the two-sided (1 − alpha) t interval. */
export function meanInterval(xs, alpha) {
    const estimate = mean(xs);
    const se = standardError(xs);
    return { estimate, se, n: xs.length, interval: tInterval(estimate, se, xs.length, alpha) };
}
/**
 * Welford's running mean and variance. Numerically stable in one pass (no Σx² − n x̄² cancellation), and
 * mergeable by Chan–Golub–LeVeque so Monte Carlo blocks computed on different workers combine exactly as
 * if streamed in one pass. The merge is pure arithmetic: the same blocks merged in the same order give
 * bit-identical results, which is what makes block-parallel runs reproducible.
 */
export class RunningMoments {
    n = 0;
    mean = 0;
    m2 = 0;
    /** Adds one observation. */
    push(x) {
        this.n += 1;
        const delta = x - this.mean;
        this.mean += delta / this.n;
        this.m2 += delta * (x - this.mean);
        return this;
    }
    /** Adds every observation of xs in order (typed arrays welcome; nothing is copied). */
    pushAll(xs) {
        for (let i = 0; i < xs.length; i++)
            this.push(xs[i]);
        return this;
    }
    /** Unbiased sample variance (divisor n − 1); NaN below two observations. */
    get variance() {
        return this.n < 2 ? Number.NaN : this.m2 / (this.n - 1);
    }
    /** Standard error of the running mean. */
    get standardError() {
        return Math.sqrt(this.variance / this.n);
    }
    /** Mean, standard error and two-sided (1 − alpha) t interval of everything pushed so far. */
    meanInterval(alpha) {
        const se = this.standardError;
        return { estimate: this.mean, se, n: this.n, interval: tInterval(this.mean, se, this.n, alpha) };
    }
    state() {
        return { n: this.n, mean: this.mean, m2: this.m2 };
    }
    static fromState(state) {
        const moments = new RunningMoments();
        moments.n = state.n;
        moments.mean = state.mean;
        moments.m2 = state.m2;
        return moments;
    }
    /** Moments of the concatenation a ++ b (Chan et al. 1979); neither argument is modified. */
    static merge(a, b) {
        return RunningMoments.fromState(mergeMoments(a, b));
    }
}
/** Moments of the concatenation of two samples, given the moments of each (pure). */
export function mergeMoments(a, b) {
    if (a.n === 0)
        return { ...b };
    if (b.n === 0)
        return { ...a };
    const n = a.n + b.n;
    const delta = b.mean - a.mean;
    // Weighted update of the mean avoids the (a.n·a.mean + b.n·b.mean) overflow/cancellation.
    const mean = a.mean + (delta * b.n) / n;
    const m2 = a.m2 + b.m2 + ((delta * delta * a.n) / n) * b.n;
    return { n, mean, m2 };
}
/** Left fold of mergeMoments in the given order (the order is part of the result's bit pattern). */
export function mergeAllMoments(states) {
    return states.reduce((acc, s) => mergeMoments(acc, s), { n: 0, mean: 0, m2: 0 });
}
//# sourceMappingURL=estimators.js.map