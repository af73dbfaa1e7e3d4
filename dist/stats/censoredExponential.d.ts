/** The censored-exponential fit of a set of runs. */
export interface CensoredExponentialFit {
    /** d: runs that exited. */
    exits: number;
    /** Runs censored (still inside at their time limit). */
    censored: number;
    /** T: Σ exit times + Σ censoring times. */
    totalTime: number;
    /** MLE d/T. */
    rate: number;
    /** MLE T/d (∞ when d = 0). */
    mean: number;
    /** Model-based SE of the mean from the Fisher information, mean/√d (∞ when d = 0). */
    se: number;
    /**
     * (1 − α) interval for the mean: [2T/χ²_{1−α/2}(2d+2), 2T/χ²_{α/2}(2d)]; when d = 0 only the lower bound
     * 2T/χ²_{1−α/2}(2) is informative and the upper end is ∞.
     */
    interval: [number, number];
    /** The same interval for the rate (reciprocal endpoints). */
    rateInterval: [number, number];
}
/**
 * Censored exponential MLE with the χ² interval for the mean. 2T/μ ~ χ²(2d) exactly under Type-II censoring
 * (stop at the d-th exit); under Type-I censoring (fixed time limits, this suite's case) d is the count of a
 * Poisson-like process over exposure T, and the [χ²(2d+2), χ²(2d)] pair is Garwood's exact Poisson interval,
 * which covers with probability ≥ 1 − α (conservative).
 */
export declare function censoredExponentialFit(exitTimes: ArrayLike<number>, censoringTimes: ArrayLike<number>, alpha: number): CensoredExponentialFit;
/** Goodness of fit of censored exit times to Exp(mean) with one common time limit. */
export interface CensoredExponentialGoodnessOfFit {
    /** KS p-value of the exited runs against Exp(mean) truncated to [0, limit]. */
    shapeP: number;
    /** Exact binomial p-value of (exits out of runs) against 1 − e^{−limit/mean}. */
    countP: number;
    /** Bonferroni combination, min(1, 2·min(shapeP, countP)). */
    p: number;
}
/**
 * Goodness of fit to Exp(mean) that accounts for Type-I censoring at a common limit L. Under H₀ the data
 * factor exactly into (i) the number of exits ~ Binomial(runs, 1 − e^{−L/mean}) and (ii) given that number,
 * the exit times i.i.d. from Exp(mean) truncated to [0, L]; each part is tested exactly, and the two p-values
 * are combined by Bonferroni. `mean` is the hypothesised mean (e.g. the predicted τ), not one fitted to the
 * same data (that would make the KS part conservative).
 */
export declare function censoredExponentialGoodnessOfFit(exitTimes: ArrayLike<number>, censoredCount: number, limit: number, mean: number, options?: {
    sorted?: boolean;
}): CensoredExponentialGoodnessOfFit;
/** A Kaplan–Meier survival curve: S drops at each distinct exit time. */
export interface KaplanMeierCurve {
    /** Distinct exit times, increasing. */
    times: number[];
    /** Ŝ(t) just after each time. */
    survival: number[];
    /** Runs at risk just before each time. */
    atRisk: number[];
    /** Exits at each time. */
    events: number[];
    /** Greenwood SE of Ŝ at each time: Ŝ·√Σ d/(r(r − d)). */
    se: number[];
}
/**
 * Kaplan–Meier product-limit estimate Ŝ(t) = Π_{t_i ≤ t} (1 − d_i/r_i), for plots of exit-time laws under
 * censoring. At tied times exits are counted before censorings (the standard convention: a run censored at t
 * was at risk at t).
 */
export declare function kaplanMeier(times: ArrayLike<number>, censored: ArrayLike<boolean>): KaplanMeierCurve;
//# sourceMappingURL=censoredExponential.d.ts.map