import { type MinibatchSampling } from "../../noise/minibatch.ts";
/**
 * The gradient sets of claim B1: per-sample gradients g_i at a point, with the batch sizes to check. An entry
 * either lists its gradients inline (`gradients`) or names a dataset file (`file`: fixtures/datasets/<name>.json,
 * written by scripts/generate-datasets.mjs; or a path ending in .json) and the point `at` where the per-sample
 * gradients are taken (datasets/perSampleGradients.ts; `at` defaults to θ₀ for a two-layer network and is
 * required otherwise). Exactly one of `gradients` and `file`; a field set to null counts as absent, so a user
 * override can switch a default file entry to inline gradients.
 */
export interface GradientSet {
    key: string;
    name: string;
    gradients: number[][];
    batches: number[];
}
/** Enumeration agrees with the formulas to round-off: |difference| ≤ this × the scale of the entries. */
export declare const EXACT_TOLERANCE = 1e-10;
/** Distinct batches the exact enumeration visits: multisets C(n + B − 1, B) with replacement, subsets C(n, B) without. */
export declare function enumeratedBatchCount(n: number, batch: number, sampling: MinibatchSampling): number;
export declare function enumerable(n: number, batch: number, sampling: MinibatchSampling): boolean;
export declare function readGradientSet(raw: unknown, path: string, key: string): GradientSet;
//# sourceMappingURL=gradientSets.d.ts.map