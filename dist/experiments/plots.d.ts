import type { PlotPart } from "./experiment.ts";
/**
 * Empirical survival of N/E N on a log scale against e^{−u}: an exponential law is a straight line. With one
 * common horizon the Kaplan–Meier estimate reduces to 1 − #{N ≤ t}/runs for t up to the horizon.
 */
export declare function survivalPanel(title: string, sorted: Float64Array, runs: number, mean: number): PlotPart;
//# sourceMappingURL=plots.d.ts.map