import { type SaddleGeometry } from "../../reference/saddle.ts";
import { type RunSize } from "../runSize.ts";
import { type ExitModel } from "./exitModel.ts";
/**
 * A case of the saddle-escape claims: SGD started exactly at a hyperbolic saddle z, run until it leaves the
 * ball of radius a around z. The geometry (γ = |λ_min|, v₁, σ_u² = v₁ᵀΣv₁, a second unstable rate γ₂) comes from
 * ∇²f(z) and Σ(z), after checking that the start is a critical point with at least one negative eigenvalue.
 */
export interface SaddleCase extends ExitModel {
    key: string;
    /** Where the case sits in the config (`cases.linear-2d`, or "" for a user case), for error messages. */
    path: string;
    name: string;
    radius: number;
    geometry: SaddleGeometry;
    /** True when f is exactly quadratic (the linear-saddle formulas are then exact up to their stated order). */
    linear: boolean;
    etas: number[];
}
export declare const SADDLE_CASE_KEYS: readonly ["name", "landscape", "noise", "x0", "radius", "etas"];
export declare function readSaddleCase(raw: unknown, path: string, key: string, minEtas?: number): SaddleCase;
/** The saddle cases of a claim config (keyed; see `readKeyedCases`). */
export declare function readSaddleCases(cfg: Record<string, unknown>, path: string, minEtas?: number): SaddleCase[];
/** Iterations per exit by the linear-saddle discrete formula (horizon sizing; γ, σ_u² from the Hessian at z). */
export declare function saddleIterations(c: SaddleCase, eta: number): number;
/** Saddle exits have light (Gumbel-like) tails: 50× the mean leaves no run censored in practice. */
export declare function saddleHorizon(c: SaddleCase, eta: number): number;
/** The config the saddle-escape claims share: runs per point and the keyed `cases` (or one user case). */
export interface SaddleClaimConfig extends RunSize {
    cases: SaddleCase[];
}
export declare function readSaddleClaimConfig(raw: unknown, path: string, opts: {
    extra: readonly string[];
    minEtas?: number;
}): SaddleClaimConfig & {
    rest: Record<string, unknown>;
};
/** S1 and S2: the shared config and a relative band. */
export interface SaddleTrendConfig extends SaddleClaimConfig {
    relativeBand: number;
}
export declare function readSaddleTrendConfig(raw: unknown, path: string, minEtas?: number): SaddleTrendConfig;
//# sourceMappingURL=saddleCase.d.ts.map