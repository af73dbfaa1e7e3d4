import type { Measurement, PlotSeries } from "../../report/schema.ts";
import { type MeanExitEstimate } from "../../stats/meanExitTime.ts";
import type { Simulation } from "../experiment.ts";
import { type Band, type Experiment, type PlotPart } from "../experiment.ts";
import type { ExitSample } from "./exitRuns.ts";
/**
 * Simulated E N against an exact value at one point: the ratio Ê N / E N_exact with the interval of Ê N scaled by
 * the same constant, decided against a band around 1 (M3 against the exact chain or the 2-D backward equation,
 * S2 against the linear saddle's chain). The reference is exact (its own error is stated in the band's reason),
 * so all the uncertainty is the Monte Carlo's.
 */
export interface AgreementSpec {
    name: string;
    quantity: string;
    runs: Simulation<ExitSample>;
    /** The exact value and what it is. */
    reference: {
        value: number;
        name: string;
    };
    band: Band;
    notes?(est: MeanExitEstimate): string[];
    row(sample: ExitSample, est: MeanExitEstimate): Measurement;
    /** The panel this point is drawn in: simulated E N with its interval, and the reference line. */
    panel: PlotPart["panel"];
    x: number;
    referenceSeries: string;
    extraSeries?: PlotSeries[];
}
export declare function meanAgreementExperiment(spec: AgreementSpec): Experiment;
//# sourceMappingURL=agreement.d.ts.map