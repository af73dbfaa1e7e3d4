import { type Experiment } from "../experiment.ts";
import { type MinimumCase } from "./minimumCase.ts";
/**
 * The continuum limit η·E N_SGD / T_SDE → 1, checked exactly (no sampling) on the 1-D cases: the exit level
 * lies `exitPast` beyond the saddle, where the drift carries the path downhill. Discrete monitoring at the
 * saddle itself would add an O(√η) excess (a path that crosses z between two iterations and comes back is
 * not seen), which decays too slowly to show "→ 1" on any practical grid (THEORY.md M3); past the saddle that
 * excess is an O(√η) fraction of an O(1) crossing time, exponentially small against T, and what is left is the
 * O(η) bias of the Euler rate: order 1.
 */
export interface ContinuumConfig {
    etas: number[];
    exitPast: number;
    orderBand: [number, number];
}
/**
 * Eyring–Kramers in 2-D, checked exactly: T_SDE from the 2-D backward equation against
 * (2π/|λ₋(z)|)·√(|det ∇²f(z)|/det ∇²f(x*))·e^{2Δf/ε²}, the leading term of an expansion in ε²: order 1.
 */
export interface KramersConfig {
    epsilon2: number[];
    orderBand: [number, number];
}
/** Part B (1-D): η·E N_SGD/T_SDE → 1 with the exit past the saddle, exactly; the saddle level for contrast. */
export declare function continuumLimit(c: MinimumCase, cfg: ContinuumConfig): Experiment;
/** Part C (2-D): T_SDE / Eyring–Kramers → 1 as ε² → 0, exactly, with the gap of order ε². */
export declare function kramersLimit(c: MinimumCase, cfg: KramersConfig): Experiment;
//# sourceMappingURL=exactLimits.d.ts.map