import { type SaddleCase } from "../../experiments/exit/saddleCase.ts";
import { type RunSize } from "../../experiments/runSize.ts";
interface S4Config extends RunSize {
    /** Horizon as a multiple of the omnidirectional case's predicted E N. */
    horizonMultiple: number;
    /** Exit fractions within the horizon: degenerate noise ≤ this, omnidirectional ≥ 1 − this. */
    tolerance: number;
    omnidirectional: SaddleCase;
    degenerate: SaddleCase;
}
export declare const S4: import("../claim.ts").ClaimDefinition<S4Config>;
export {};
//# sourceMappingURL=S4.d.ts.map