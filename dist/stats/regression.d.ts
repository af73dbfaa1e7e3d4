/** A weighted polynomial fit y ≈ Σ_k coefficients[k] (x − center)^k. */
export interface PolynomialFit {
    /** Coefficients in powers of (x − center), constant first. */
    coefficients: number[];
    /** (XᵀWX)⁻¹ in the same basis: the coefficient covariance when weights are inverse variances. */
    covariance: number[][];
    /** The weighted mean of x, around which the polynomial is expanded (decorrelates the coefficients). */
    center: number;
    /** Σ w_i (y_i − ŷ_i)². */
    residualChi2: number;
    /** n − (degree + 1). */
    df: number;
}
/**
 * Weighted least-squares polynomial of the given degree. x is centred at its weighted mean and scaled to unit
 * spread before forming XᵀWX, which keeps the normal equations well conditioned for degree ≤ 3; coefficients
 * and covariance are mapped back to powers of (x − center).
 */
export declare function weightedPolynomialFit(x: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>, degree: number): PolynomialFit;
/** A weighted straight-line fit y ≈ intercept + slope·x. */
export interface LinearFit {
    slope: number;
    intercept: number;
    /** √[(XᵀWX)⁻¹]_{slope}: the slope's SE if the weights are the true inverse variances. */
    slopeSe: number;
    interceptSe: number;
    /** slope ± z_{1−α/2}·slopeSe (normal quantile: the variances are taken as known). */
    slopeInterval: [number, number];
    residualChi2: number;
    df: number;
}
/**
 * Weighted least squares y ≈ intercept + slope·x with weights w_i = 1/σ_i² (known variances). The standard
 * errors are not rescaled by the residual χ²: a caller that doubts its σ_i compares residualChi2 with df
 * (orderFit does, inflating when χ²/df > 1).
 */
export declare function weightedLinearFit(x: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>, alpha: number): LinearFit;
/** A weighted least-squares fit y ≈ Σ_k coefficients[k]·columns[k]. */
export interface DesignFit {
    coefficients: number[];
    /** (XᵀWX)⁻¹: the coefficient covariance when weights are inverse variances. */
    covariance: number[][];
    residualChi2: number;
    /** n − number of columns. */
    df: number;
}
/**
 * Weighted least squares on arbitrary regressors (each column has one entry per point), for trends with
 * nuisance terms, e.g. η·E N ≈ a + b·ln(1/η) + c·η. Columns are scaled to unit weighted norm before the normal
 * equations are formed, so regressors of very different sizes (ln(1/η) ~ 8, η ~ 1e-3) stay well conditioned.
 */
export declare function weightedDesignFit(columns: readonly (readonly number[])[], y: ArrayLike<number>, w: ArrayLike<number>): DesignFit;
/** Monte Carlo errors are used only when resolved above noise, |error| ≥ 3·SE (DESIGN.md §6). */
export declare const NOISE_FLOOR_SES = 3;
/** Three resolved step sizes are the fewest that can show curvature, so fewer cannot support an order claim. */
export declare const MIN_RESOLVED_POINTS = 3;
/**
 * Exact data count as curved when the local slope changes by more than a tenth of an order across the range:
 * finer than any order band used by the claims, so a "straight" verdict never hides a band-sized drift.
 */
export declare const EXACT_CURVATURE_TOLERANCE = 0.1;
/** Curvature of log|error| against log η: the c of a + b·u + c·u², u = log η − mean. */
export interface CurvatureCheck {
    c: number;
    /** SE of c (Monte Carlo, with the same χ²/df inflation as the slope); 0 for exact data. */
    se: number;
    /** Last local slope minus first local slope (sorted by η). */
    localSlopeChange: number;
    /** MC: |c|/se > z_{1−α/2}. Exact: |localSlopeChange| > EXACT_CURVATURE_TOLERANCE. */
    curved: boolean;
}
/** The weak-order fit: log|error| ≈ intercept + slope·log η. */
export interface OrderFit {
    status: "ok" | "insufficient";
    method: "exact" | "monte-carlo";
    /** Why the fit is insufficient (noise floor, too few points); absent when ok. */
    reason?: string;
    slope: number;
    intercept: number;
    /** MC: the slope SE (inflated by √(χ²/df) when > 1). Exact: 0. */
    se: number;
    /**
     * MC: slope ± z_{1−α/2}·se. Exact: [min, max] over the global slope and every local slope, a deterministic
     * statement of how asymptotic the data are.
     */
    interval: [number, number];
    /** Indices (into the inputs) of the points used, in increasing η. */
    used: number[];
    /** Slopes between consecutive used points, in increasing η. */
    localSlopes: number[];
    /** MC: χ²/df of the straight-line fit (NaN when df = 0). Exact: NaN. */
    reducedChi2: number;
    /** Factor applied to the slope SE for lack of fit: max(1, √(χ²/df)). */
    inflation: number;
    curvature: CurvatureCheck;
}
/**
 * Weak order p from errors e(η) ≈ C η^p: regress log|e| on log η.
 *
 * Monte Carlo (`ses` given): the delta method gives Var(log|ê|) ≈ (SE/|e|)², hence weights (|e|/SE)². A point
 * enters only if |e| ≥ 3·SE, where that linearisation holds and the sign of e is resolved; fewer than three
 * resolved points → status "insufficient" (the caller reports INCONCLUSIVE). The slope SE comes from
 * (XᵀWX)⁻¹, inflated by √(χ²/df) when χ²/df > 1 so lack of fit widens the interval instead of hiding.
 *
 * Exact (`ses` null): errors are deterministic, so there is no sampling SE; the interval spans the global and
 * all local slopes, and pre-asymptotic data show up as a wide interval and as curvature.
 */
export declare function orderFit(etas: ArrayLike<number>, errors: ArrayLike<number>, ses: ArrayLike<number> | null, alpha: number): OrderFit;
/**
 * Order p of an exact gap ∝ h^p from the three finest h (the asymptotic end of a deterministic sequence): the
 * slope through the two ends, with both local slopes as its range — a deterministic statement of how
 * asymptotic the data are (no sampling, so no confidence level).
 */
export declare function finestOrder(h: readonly number[], gap: readonly number[]): {
    overall: number;
    interval: [number, number];
};
//# sourceMappingURL=regression.d.ts.map