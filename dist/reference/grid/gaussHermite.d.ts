export interface QuadratureRule {
    /** Values of the noise variable. */
    nodes: Float64Array;
    /** Probabilities (≥ 0, summing to 1). */
    weights: Float64Array;
}
export declare const DEFAULT_MIN_WEIGHT = 1e-18;
export declare function gaussHermiteRule(m: number, minWeight?: number): QuadratureRule;
//# sourceMappingURL=gaussHermite.d.ts.map