import type { ExitSet } from "../../landscapes/exitSet.ts";
import type { Landscape, LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import { type ExitModel } from "../exit/exitModel.ts";
export type NoiseKind = "isotropic" | "minibatch";
export interface SharpFlatProblem {
    dataset: string;
    landscapeSpec: LandscapeSpec;
    landscape: Landscape;
    /** F'(x), F(x) and the population gradient variance Σ_n(x). */
    gradient(x: number): number;
    loss(x: number): number;
    populationVariance(x: number): number;
    /** The flat (x ≈ −1) and sharp (x ≈ 1) minima and the saddle, Newton-refined on F. */
    flat: number;
    sharp: number;
    saddle: number;
    curvature(x: number): number;
    n: number;
}
export declare function sharpFlatProblem(dataset: string, field: string): SharpFlatProblem;
/**
 * The `dataset` and `eta` of a B4/B5 config: the problem, and a step size small enough at the sharp minimum
 * (η·F''(sharp) < 0.2) for SGD to be near its diffusion — the premise of both claims.
 */
export declare function readSharpFlat(cfg: Record<string, unknown>, p: (k: string) => string): {
    dataset: string;
    problem: SharpFlatProblem;
    eta: number;
};
/** Batch-B noise of a kind: σ₁²/B isotropic, or B real samples drawn with replacement. */
export declare function noiseOf(kind: NoiseKind, batch: number, p: SharpFlatProblem, sigma1Squared: number): NoiseSpec;
/** Leaving the flat well: x ≥ saddle + exitPast; the sharp well: x ≤ saddle − exitPast. */
export declare function exitSetOf(well: Well, p: SharpFlatProblem, exitPast: number): ExitSet;
export type Well = "flat" | "sharp";
/** SGD from one of the minima with the given noise, leaving `exitPast` beyond the saddle: a case of its own. */
export declare function wellModel(p: SharpFlatProblem, noiseSpec: NoiseSpec, well: Well, exitPast: number): ExitModel;
/**
 * E N of the model's diffusion dX = −F'dt + √(ηΣ(X)) dW (time/η) by quadrature, from the exact-reference
 * chooser: what real batch noise is compared with (its discrete increments have no exact chain), and what the
 * two-state model of B5 is built from.
 */
export declare function diffusionExitSteps(model: ExitModel, eta: number): number;
//# sourceMappingURL=sharpFlat.d.ts.map