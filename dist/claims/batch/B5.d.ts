import { type SharpFlatProblem } from "../../experiments/batch/sharpFlat.ts";
/**
 * B5: batch-size schedules on the sharp/flat dataset of B4, with real minibatch noise. Runs start at the saddle
 * and take K₁ + K₂ steps under three schedules:
 *   small        B_small throughout
 *   large        B_large throughout
 *   small→large  B_small for K₁ steps, then B_large
 * Claimed (Hu–Li–Li–Liu §5): the schedule ends in the flat minimum more often than constant large batches (small
 * batches leave the sharp minimum quickly, the flat one slowly; the large batch then traps the run), and with a
 * lower spread of the final loss than constant small batches (it ends with the small noise of B_large). Both
 * are one-sided comparisons decided at the claim's α.
 */
interface B5Config {
    dataset: string;
    problem: SharpFlatProblem;
    eta: number;
    small: number;
    large: number;
    /** K₁ (small-batch phase of the schedule) and K₂. */
    steps: [number, number];
    particles: number;
    blockSize: number;
}
export declare const B5: import("../claim.ts").ClaimDefinition<B5Config>;
export {};
//# sourceMappingURL=B5.d.ts.map