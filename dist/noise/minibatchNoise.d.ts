import { type MinibatchSampling } from "./minibatch.ts";
import type { NoiseModel, NoiseSpec } from "./noise.ts";
/** What a kernel splices in for minibatch noise. */
export interface MinibatchKernelData {
    n: number;
    batch: number;
    sampling: MinibatchSampling;
    /** Number of coefficients per sample, M. */
    features: number;
    /** Centred coefficients θ_{i,m} at [m·n + i]. */
    coefficients: Float64Array;
    /** Source of ψ_m(x) in terms of the kernel locals x0 …, per coordinate: [i][m]. */
    featureSources: string[][];
}
export interface MinibatchNoiseModel extends NoiseModel {
    readonly minibatch: MinibatchKernelData;
}
export interface MinibatchNoiseInput {
    spec: Extract<NoiseSpec, {
        kind: "minibatch";
    }>;
    /** Per-sample coefficients, n rows of M (centred here; their means belong to ∇f). */
    coefficients: number[][];
    /** ψ_m(x) for a 1-D x. */
    features: (x: number) => number[];
    featureSources: string[];
}
export declare function minibatchNoise(input: MinibatchNoiseInput): MinibatchNoiseModel;
//# sourceMappingURL=minibatchNoise.d.ts.map