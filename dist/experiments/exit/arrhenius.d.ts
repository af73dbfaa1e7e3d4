import { type Experiment } from "../experiment.ts";
import type { RunSize } from "../runSize.ts";
import { type HorizonRule } from "./horizon.ts";
import type { MinimumCase } from "./minimumCase.ts";
/**
 * The Arrhenius experiment (M1 with exponent 2Δf/σ², M5 with V = 2∫f'/Σ, B2 on the batch axis): per case, the
 * mean exit count at each point, and the WLS slope of ln(η·E N) on the point's x (1/η, or B at fixed η) against
 * the predicted exponent with a relative band. 1-D cases carry the exact discrete-chain E N at each point and
 * its exact finite-η slope, so a reader sees how far the finite grid itself sits from the limit.
 */
export interface ArrheniusPoint {
    /** Where the point sits on the fit's axis (1/η; B). */
    x: number;
    eta: number;
    model: MinimumCase;
    /** Extra report columns (e.g. the batch size). */
    columns?: Record<string, number>;
}
export interface ArrheniusSpec {
    name: string;
    /** The fit's variable and axis label. */
    axis: {
        variable: string;
        label: string;
    };
    panel: string;
    points: ArrheniusPoint[];
    exponent: {
        value: number;
        name: string;
    };
    relativeBand: number;
    bandWhy: string;
    size: RunSize;
    horizon: HorizonRule;
    /** Stream of point j. */
    stream: (j: number) => string;
    caseName: string;
    caseKey: string;
    /** Notes from the fitted slope interval (e.g. the naive exponents M5 must be told apart from). */
    caseNotes?(interval: [number, number]): string[];
}
export declare function arrheniusExperiment(spec: ArrheniusSpec): Experiment;
export declare const ARRHENIUS_NOTES: string[];
//# sourceMappingURL=arrhenius.d.ts.map