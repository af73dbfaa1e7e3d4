import { type NoiseKind, type SharpFlatProblem } from "../../experiments/batch/sharpFlat.ts";
/**
 * B4: a sharp and a flat minimum of equal depth. The ratio R(B) = E N(flat)/E N(sharp) of the iterations SGD
 * needs to leave each (to `exitPast` beyond the saddle) is, for the diffusion of the noise,
 *   isotropic σ₁²/B:   R → the Kramers prefactor ratio √(F''_sharp/F''_flat) — polynomial, flat in B;
 *   minibatch (Σ_n/B): ln R ≈ B·(V_flat − V_sharp)/η, V = 2∫F'/Σ_n — exponential in B, because the sharp
 *                      minimum's noise is larger by about its curvature.
 * Predictions are the exact 1-D quadratures of those diffusions, not the Kramers asymptotics.
 */
interface B4Config {
    dataset: string;
    problem: SharpFlatProblem;
    eta: number;
    batches: number[];
    sigma1Squared: number;
    exitPast: number;
    particles: Record<NoiseKind, number>;
    /** Runs from the sharp minimum per run from the flat one: its exits are ~10× cheaper, so more of them cut
     *  Var ln R = 1/n_flat + 1/n_sharp towards 1/n_flat at little cost. */
    sharpMultiple: number;
    blockSize: number;
    horizonMultiple: number;
    ratioBand: Record<NoiseKind, number>;
    slopeBand: number;
}
export declare const B4: import("../claim.ts").ClaimDefinition<B4Config>;
export {};
//# sourceMappingURL=B4.d.ts.map