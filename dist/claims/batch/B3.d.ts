import { type SaddleCase } from "../../experiments/exit/saddleCase.ts";
import { type RunSize } from "../../experiments/runSize.ts";
/** A saddle case run at one η over a grid of batch sizes (noise Σ₁/B). */
interface BatchSaddleCase extends SaddleCase {
    eta: number;
    batches: number[];
}
interface B3Config extends RunSize {
    relativeBand: number;
    cases: BatchSaddleCase[];
}
export declare const B3: import("../claim.ts").ClaimDefinition<B3Config>;
export {};
//# sourceMappingURL=B3.d.ts.map