import type { Measurement, PlotSpec } from "../report/schema.ts";
import { type TrendFit } from "../stats/trend.ts";
import { type Band, type Experiment, type Simulation } from "./experiment.ts";
/**
 * The one trend-fit experiment: points (x_j, y_j ± se_j), each measured from its own simulations, and the WLS
 * slope of y on x decided against a band (stats/trend.ts: the slope SE is inflated by √(χ²/df) when the
 * points bend, and known finite-η corrections enter as nuisance columns). The Arrhenius law (ln(η·E N) on 1/η,
 * or on B), Kifer's saddle law (η·E N on ln(1/η), or on ln B) and the sharp/flat ratio (ln R on the
 * quadrature's ln R) are all this experiment with different points.
 */
export interface TrendPoint {
    x: number;
    simulations: readonly Simulation<unknown>[];
    /** y and its SE from this point's data, at the assertion's α. */
    measure(data: readonly unknown[], alpha: number): {
        y: number;
        se: number;
    };
    /** The point's row in the report table (given the measured y). */
    row?(data: readonly unknown[], alpha: number): Measurement;
    /** Values of the nuisance regressors at this point. */
    nuisance?: readonly number[];
}
export interface TrendSpec {
    name: string;
    quantity: string;
    reference: string;
    points: readonly TrendPoint[];
    band: Band;
    /** Notes from the fit and the measured points (local slopes, exact slopes, contrasts). */
    notes?(fit: TrendFit, measured: {
        ys: number[];
        ses: number[];
    }, alpha: number): string[];
    /** The panel the points and the fitted line are drawn in. */
    panel: Omit<PlotSpec, "series">;
    /** Legend of the predicted slope line ("2Δf/σ² ="). */
    slopeName: string;
    yLabel?: string;
    predictions?: Record<string, number>;
}
export declare function trendExperiment(spec: TrendSpec): Experiment;
/**
 * The points with (1 − α) error bars, the fitted line, and the predicted slope drawn through the data's
 * weighted centre so the eye compares slopes, not offsets.
 */
export declare function trendSeries(opts: {
    x: number[];
    y: number[];
    ses: number[];
    fit: TrendFit;
    predicted: number;
    alpha: number;
    slopeName: string;
}): PlotSpec["series"];
//# sourceMappingURL=trend.d.ts.map