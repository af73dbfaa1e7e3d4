import type { MinimumCase } from "./minimumCase.ts";
/**
 * Eyring–Kramers mean iteration count (reference/exit), used to size horizons and to sanity-check configs before
 * simulating: the SDE time to reach z (the other well when the exit level lies past z), divided by η. Isotropic
 * σ² is taken as the mean eigenvalue of Σ at z, which is all a horizon needs.
 */
export declare function kramersIterations(c: MinimumCase, eta: number): number;
/**
 * The iteration count horizons are sized from: the exact reference of the case where one applies (SGD's own
 * chain first, then its diffusion's quadrature: exact 1-D values also cover state-dependent noise, where
 * Kramers with one σ² is off by e^{|V − 2Δf/Σ(z)|/η}), Eyring–Kramers otherwise. Kramers is a Gaussian
 * asymptotic, so a heavy-tailed noise (declared tail index) gets no size from it: its configs state a horizon.
 */
export declare function expectedIterations(c: MinimumCase, eta: number): number;
/**
 * How long runs last: `horizon` iterations for every η when a config gives it, else `horizonMultiple` (default
 * 30) times the expected count, which leaves censoring at the e^{−30} level.
 */
export interface HorizonRule {
    absolute?: number;
    multiple: number;
}
export declare function readHorizonRule(cfg: Record<string, unknown>, path: string): HorizonRule;
/**
 * Horizon in iterations for one η, and the bad-input check "a horizon too short to see any exit": if fewer
 * than 10 of the runs are expected to exit (exponential law with the expected mean), no estimate is possible.
 */
export declare function horizonFor(c: MinimumCase, eta: number, rule: HorizonRule, particles: number, field: string): number;
//# sourceMappingURL=horizon.d.ts.map