/**
 * E N from exit-time runs with a common horizon, with its (1 − α) interval and how it was obtained:
 *   "sample-mean" — nothing censored: the plain mean with its t interval (distribution-free by the CLT; every
 *     budget has n ≥ 10² runs per point);
 *   "censored-exponential" — some runs reached the horizon: the exponential MLE (total observed time / exits)
 *     with Garwood's χ² interval, which uses the censored runs instead of dropping them. Exact when N is
 *     exponential, which the exit laws from a minimizer are to O(relaxation time / E N) (claim M2).
 */
export interface MeanExitEstimate {
    mean: number;
    se: number;
    interval: [number, number];
    method: "sample-mean" | "censored-exponential";
    runs: number;
    exits: number;
    censored: number;
}
export interface ExitTimes {
    runs: number;
    exits: number;
    censored: number;
    horizon: number;
    /** The exits' iteration counts (the censored runs are the other runs − exits, all at the horizon). */
    exitTimes: Float64Array;
}
export declare function meanExitTime(sample: ExitTimes, alpha: number): MeanExitEstimate;
//# sourceMappingURL=meanExitTime.d.ts.map