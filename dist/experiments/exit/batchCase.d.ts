import type { NoiseSpec } from "../../noise/noise.ts";
import type { ExitModel } from "./exitModel.ts";
/**
 * The batch-size claims' reference model: a minibatch of size B drawn with replacement averages B independent
 * per-sample gradients, so the gradient noise covariance is Σ₁/B (THEORY.md B1). Every batch claim therefore
 * runs the same landscape with the noise of one sample, Σ₁, scaled by 1/B — as its family declares it
 * (noise/family.ts `withBatch`: σ/√B, Σ/B, or a real batch B times larger).
 */
export declare function noiseForBatch(spec: NoiseSpec, batch: number, path?: string): NoiseSpec;
/** The case with its noise replaced by the batch-B noise (landscape, start and exit set unchanged). */
export declare function withBatch<T extends ExitModel>(c: T, batch: number): T;
/** Batch sizes: ≥ `min` positive integers, strictly increasing (bad input names the entry). */
export declare function readBatches(raw: unknown, path: string, min?: number): number[];
/**
 * A batch claim's case: the family's own case fields with `eta` (one step size) and `batches` in place of the
 * η grid. `readInner` reads the rest as a one-η case of the family (minimizer or saddle).
 */
export declare function readBatchCase<T>(raw: unknown, path: string, caseKeys: readonly string[], readInner: (rest: Record<string, unknown>, eta: number) => T): T & {
    eta: number;
    batches: number[];
};
/** A family's case keys with `eta` and `batches` instead of `etas`. */
export declare function batchCaseKeys(keys: readonly string[]): string[];
//# sourceMappingURL=batchCase.d.ts.map