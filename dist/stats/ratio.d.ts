/**
 * The ratio R = m₁/m₂ of two independent positive estimates with SEs, by the delta method on the log scale:
 * SE(ln R) = √((s₁/m₁)² + (s₂/m₂)²) and the (1 − α) interval exp(ln R ± z·SE(ln R)) — asymmetric in R, as a
 * ratio's should be, and never below 0. Accurate when both relative SEs are small (≲ 0.1: every claim's
 * per-point estimates are at n ≥ 10³); its coverage is checked by the spec over many streams.
 */
export interface RatioEstimate {
    ratio: number;
    /** SE of ln R. */
    seLog: number;
    interval: [number, number];
}
export declare function ratioOfMeans(a: {
    mean: number;
    se: number;
}, b: {
    mean: number;
    se: number;
}, alpha: number): RatioEstimate;
//# sourceMappingURL=ratio.d.ts.map