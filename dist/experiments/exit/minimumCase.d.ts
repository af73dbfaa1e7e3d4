import { type ExitSet } from "../../landscapes/exitSet.ts";
import type { Landscape } from "../../landscapes/landscape.ts";
import { type ExitModel } from "./exitModel.ts";
/**
 * A case of the minimizer-escape claims: SGD started at a local minimizer x* of f, run until it first crosses
 * a level set past the lowest saddle z of the basin. Configs name the landscape, noise, start and (optionally)
 * the saddle and exit set; everything is checked before any simulation: x0 must be a minimum (Newton-refined,
 * Hessian positive definite), z an index-1 saddle, and the start strictly inside the exit region.
 */
export interface MinimumCase extends ExitModel {
    key: string;
    /** Where the case sits in the config (`cases.double-well`, or "" for a user case), for error messages. */
    path: string;
    name: string;
    /** The refined saddle z the exit is measured through. */
    saddle: number[];
    /** Δf = f(z) − f(x*). */
    barrier: number;
    /** ∇²f at x* and at z (for Eyring–Kramers). */
    hessianMin: number[][];
    hessianSaddle: number[][];
    /** How far past the saddle the exit level lies (0: the saddle's own level set). */
    exitPast: number;
    etas: number[];
}
export declare const MINIMUM_CASE_KEYS: readonly ["name", "landscape", "noise", "x0", "saddle", "exitSet", "exitPast", "etas"];
export declare function readMinimumCase(raw: unknown, path: string, key: string, minEtas?: number): MinimumCase;
/** The minimizer cases of a claim config (keyed; see `readKeyedCases`). */
export declare function readMinimumCases(cfg: Record<string, unknown>, path: string, minEtas?: number): MinimumCase[];
/** σ² of isotropic noise: the Arrhenius exponent 2Δf/σ² is stated for Σ = σ²I (M5 covers the general case). */
export declare function isotropicVariance(c: Pick<ExitModel, "noiseSpec">, path: string): number;
/** Newton-refines `x` and checks it is a hyperbolic critical point of the wanted kind. */
export declare function criticalPointAt(f: Landscape, x: number[], kind: "minimum" | "saddle", field: string): number[];
export declare function readExitSet(raw: unknown, path: string, d: number): ExitSet;
//# sourceMappingURL=minimumCase.d.ts.map