import type { ExitSet } from "../../landscapes/exitSet.ts";
import type { Landscape, LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseModel, NoiseSpec } from "../../noise/noise.ts";
import type { ExitProblem } from "../../reference/exit/exitReference.ts";
import type { Simulation } from "../experiment.ts";
import type { RunSize } from "../runSize.ts";
import { type ExitSample } from "./exitRuns.ts";
/**
 * What the minimizer and saddle cases share: a validated landscape and noise model, the start and the exit
 * region. Exit runs and exact references need only this, so every exit claim builds them from it.
 */
export interface ExitModel {
    landscapeSpec: LandscapeSpec;
    landscape: Landscape;
    noiseSpec: NoiseSpec;
    noise: NoiseModel;
    x0: number[];
    exitSet: ExitSet;
}
/**
 * Cases keyed by name (`cases: { "double-well": {…}, … }`), so a budget overrides one case's η grid without
 * restating the others; `null` removes a case. A user config that sets case fields at the top level is one
 * case, built over the first default case; a new landscape drops the fields in `resetOnLandscape` (start,
 * saddle, exit set), which belonged to the old one.
 */
export declare function readKeyedCases<T>(cfg: Record<string, unknown>, path: string, caseKeys: readonly string[], resetOnLandscape: readonly string[], read: (raw: unknown, path: string, key: string) => T): T[];
/** The Newton-refined critical point at `x`, or a FieldError saying why the claim needs one there. */
export declare function snapToCriticalPoint(f: Landscape, x: number[], field: string, why: string): number[];
/** The exit runs of a case (its own exit set unless another is given), `size` runs per point. */
export declare function caseExitRuns(c: ExitModel, size: RunSize, run: {
    eta: number;
    horizon: number;
    stream: string;
    exitSet?: ExitSet;
    expected?: number;
}): Simulation<ExitSample>;
/** The exact-reference problem of a case (reference/exit/exitReference.ts), along the path through `via`. */
export declare function exitProblem(c: ExitModel, via?: readonly number[], exitSet?: ExitSet): ExitProblem;
//# sourceMappingURL=exitModel.d.ts.map