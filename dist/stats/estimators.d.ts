/** An estimate of a mean with its standard error and a two-sided (1 − alpha) interval. */
export interface MeanEstimate {
    estimate: number;
    se: number;
    n: number;
    interval: [number, number];
}
/** Sample mean (simple-statistics; compensated summation). */
export declare function mean(xs: readonly number[]): number;
/** Unbiased sample variance, divisor n − 1 (simple-statistics; two-pass). */
export declare function variance(xs: readonly number[]): number;
/** std/mean of a sample (NaN below two values): ≈ 1 for an exponential law. */
export declare function coefficientOfVariation(values: ArrayLike<number>): number;
/** Standard error of the sample mean, √(s²/n). */
export declare function standardError(xs: readonly number[]): number;
/**
 * The t interval mean ± t_{1−α/2}(n−1)·se. Exact for normal data; for the Monte Carlo means of this suite
 * (n ≥ 10³) it is the CLT interval, with t rather than z so that small pilot runs are not overconfident.
 */
export declare function tInterval(estimate: number, se: number, n: number, alpha: number): [number, number];
/** Mean, its standard error and the two-sided (1 − alpha) t interval. */
export declare function meanInterval(xs: readonly number[], alpha: number): MeanEstimate;
/** Plain-data state of running moments: what crosses worker boundaries (structured-clone safe). */
export interface MomentsState {
    n: number;
    mean: number;
    /** Sum of squared deviations from the mean, Σ (x − x̄)². */
    m2: number;
}
/**
 * Welford's running mean and variance. Numerically stable in one pass (no Σx² − n x̄² cancellation), and
 * mergeable by Chan–Golub–LeVeque so Monte Carlo blocks computed on different workers combine exactly as
 * if streamed in one pass. The merge is pure arithmetic: the same blocks merged in the same order give
 * bit-identical results, which is what makes block-parallel runs reproducible.
 */
export declare class RunningMoments {
    n: number;
    mean: number;
    m2: number;
    /** Adds one observation. */
    push(x: number): this;
    /** Adds every observation of xs in order (typed arrays welcome; nothing is copied). */
    pushAll(xs: ArrayLike<number>): this;
    /** Unbiased sample variance (divisor n − 1); NaN below two observations. */
    get variance(): number;
    /** Standard error of the running mean. */
    get standardError(): number;
    /** Mean, standard error and two-sided (1 − alpha) t interval of everything pushed so far. */
    meanInterval(alpha: number): MeanEstimate;
    state(): MomentsState;
    static fromState(state: MomentsState): RunningMoments;
    /** Moments of the concatenation a ++ b (Chan et al. 1979); neither argument is modified. */
    static merge(a: MomentsState, b: MomentsState): RunningMoments;
}
/** Moments of the concatenation of two samples, given the moments of each (pure). */
export declare function mergeMoments(a: MomentsState, b: MomentsState): MomentsState;
/** Left fold of mergeMoments in the given order (the order is part of the result's bit pattern). */
export declare function mergeAllMoments(states: readonly MomentsState[]): MomentsState;
//# sourceMappingURL=estimators.d.ts.map