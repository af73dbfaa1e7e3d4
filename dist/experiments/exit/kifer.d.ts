import { type Experiment } from "../experiment.ts";
import type { RunSize } from "../runSize.ts";
import { type SaddleCase } from "./saddleCase.ts";
/**
 * Kifer's saddle law as a trend (S1: η·E N on ln(1/η); B3: η·E N on ln B at fixed η): per point, SGD started
 * exactly at the saddle until it leaves the neighbourhood, and the WLS slope of the continuous time η·E N on
 * the point's x against 1/(2γ), γ = |λ_min(∇²f(z))|, with a relative band.
 */
export interface KiferPoint {
    x: number;
    eta: number;
    model: SaddleCase;
    /** Report columns beyond the common ones. */
    columns: Record<string, number>;
    /** Nuisance regressors' values at this point (see stats/trend.ts). */
    nuisance?: number[];
}
export interface KiferSpec {
    name: string;
    panel: string;
    case: SaddleCase;
    points: KiferPoint[];
    axis: {
        variable: string;
        label: string;
    };
    relativeBand: number;
    bandWhy: string;
    size: RunSize;
    stream: (j: number) => string;
    /** Notes from the per-point mean exit counts. */
    caseNotes?(means: number[]): string[];
}
export declare function kiferExperiment(spec: KiferSpec): Experiment;
//# sourceMappingURL=kifer.d.ts.map