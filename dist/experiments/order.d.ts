import type { OrderFit } from "../stats/regression.ts";
import type { AssertionResult } from "../stats/types.ts";
import { type Band, type Estimate, type PlotPart, type Undecided } from "./experiment.ts";
/**
 * Order experiments: the slope of log|error| on log η (weak orders W1–W3, S3's transverse decay), decided
 * against predicted ± 0.1. The local slopes of log|error| drift from the asymptotic order by the relative size of
 * the next term of the expansion, O(κη) with a φ-dependent κ; the default grids start where that drift is
 * inside the band, and refine towards 0.
 */
export declare const WEAK_ORDER_BAND_HALF_WIDTH = 0.1;
export declare const WEAK_ORDER_BAND_WHY = "\u00B10.1: local slopes drift from the order by the next term, O(\u03BA\u03B7); quadratic grids start at \u03B7 = 0.05 (\u03B7\u03BB_max \u2264 0.11), nonlinear 1-D grids at 0.0125 (larger \u03BA: on the double well the coarse local slope of x\u2074 is 1.24 at \u03B7 = 0.05)";
export declare function orderBand(predicted: number, why?: string): Band;
/**
 * An order fit as an estimate: the slope with its interval (for exact errors the range of the global fit and
 * all local slopes), or — when no fit could be made (noise floor, fewer than three usable points, a vanishing
 * error) — undecided with the reason, never PASS or FAIL.
 */
export declare function orderEstimate(fit: OrderFit, notes?: string[]): Estimate | Undecided;
/** Why an order FAILing above its band is not a wrong theory: the bound holds, the rate is not sharp there. */
export declare function explainOrder(predicted: number): (result: AssertionResult) => string[];
/**
 * One panel of an order claim: the measured errors, the fitted line with its interval in the legend, the
 * predicted slope drawn through the finest point (so a reader sees whether the data bend towards it), and any
 * control curves.
 */
export declare function orderPanel(opts: {
    title: string;
    yLabel: string;
    etas: number[];
    errors: number[];
    errorName: string;
    fit: OrderFit;
    predicted: number;
    controls?: {
        name: string;
        y: number[];
    }[];
}): PlotPart;
//# sourceMappingURL=order.d.ts.map