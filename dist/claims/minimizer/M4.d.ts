import { type ExitModel } from "../../experiments/exit/exitModel.ts";
import { type RunSize } from "../../experiments/runSize.ts";
interface M4Config extends RunSize {
    name: string;
    /** Start x* and the slab between the two saddles as the exit region. */
    model: ExitModel;
    /** σ² of the isotropic noise (the suppression of the higher route is exp(−2(Δf₂ − Δf₁)/(ησ²))). */
    sigma2: number;
    /** [lower, higher] saddle. */
    saddles: [number[], number[]];
    heights: [number, number];
    etas: number[];
    horizon: number;
    /** Lower edge of the band for the fraction through the lower saddle at the smallest η. */
    lowerBand: number;
}
export declare const M4: import("../claim.ts").ClaimDefinition<M4Config>;
export {};
//# sourceMappingURL=M4.d.ts.map