import { type HorizonRule } from "../../experiments/exit/horizon.ts";
import { type MinimumCase } from "../../experiments/exit/minimumCase.ts";
import { type RunSize } from "../../experiments/runSize.ts";
/** A minimizer case run at one η over a grid of batch sizes (noise σ₁²/B, or real batches of a dataset). */
interface BatchMinimumCase extends MinimumCase {
    eta: number;
    batches: number[];
}
interface B2Config extends RunSize {
    horizon: HorizonRule;
    relativeBand: number;
    cases: BatchMinimumCase[];
}
export declare const B2: import("../claim.ts").ClaimDefinition<B2Config>;
export {};
//# sourceMappingURL=B2.d.ts.map