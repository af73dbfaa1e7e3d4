import type { Matrix, Vector } from "../linalg/dense.ts";
export type MinibatchSampling = "with-replacement" | "without-replacement";
export declare const MINIBATCH_SAMPLINGS: readonly ["with-replacement", "without-replacement"];
/** Mean and covariance of a vector-valued law (the population, or the minibatch mean gradient). */
export interface GradientMoments {
    mean: Vector;
    covariance: Matrix;
}
/** Largest batch count the enumeration accepts: C(10+10−1, 10) = 92378 multisets fit; beyond, use the formula. */
export declare const MAX_ENUMERATED_BATCHES = 1000000;
/** Throws `batch: must be an integer in [1, n=8], got 0` unless 1 ≤ B ≤ n is an integer. */
export declare function assertBatchSize(batch: number, n: number): void;
/** Population mean ḡ = (1/n)Σg_i and covariance Σ_n = (1/n)Σ(g_i − ḡ)(g_i − ḡ)ᵀ (two passes: no cancellation). */
export declare function populationMoments(gradients: Matrix): GradientMoments;
/**
 * The factor c with Cov ĝ = c·Σ_n: 1/B with replacement, (n − B)/(B(n − 1)) without. n = 1 without replacement
 * (B = 1, a single sample) gives 0: there is only one batch, and Σ_n = 0 anyway.
 */
export declare function minibatchCovarianceFactor(n: number, batch: number, sampling: MinibatchSampling): number;
/** Predicted Cov ĝ: the population covariance Σ_n scaled by `minibatchCovarianceFactor`. */
export declare function minibatchCovariance(populationCovariance: Matrix, n: number, batch: number, sampling: MinibatchSampling): Matrix;
/** Predicted law of ĝ from the data: mean ḡ and covariance c·Σ_n. */
export declare function predictedMinibatchMoments(gradients: Matrix, batch: number, sampling: MinibatchSampling): GradientMoments;
/**
 * Exact mean and covariance of the minibatch mean gradient ĝ, by enumerating every batch with its probability
 * (see `forEachBatch`), not by the formula. Two passes (mean, then centred second moment) so a covariance far
 * below |ḡ|² is not lost to cancellation. For small n (≤ ~10): the count is capped at MAX_ENUMERATED_BATCHES.
 */
export declare function enumeratedMinibatchMoments(gradients: Matrix, batch: number, sampling: MinibatchSampling): GradientMoments;
/** A source of uniform 32-bit words (Xoshiro128 is one). */
export interface Uint32Source {
    nextUint32(): number;
}
/**
 * Uniform integer in [0, m) for 1 ≤ m ≤ 2^32, unbiased: `u % m` alone favours small residues when m ∤ 2^32, so
 * words in the incomplete last block [2^32 − (2^32 mod m), 2^32) are rejected (probability < m/2^32).
 */
export declare function uniformIndex(rng: Uint32Source, m: number): number;
/**
 * Draws minibatch index sets of size `batch` from {0, …, n−1}. `indices` (length `batch`) is rewritten by each
 * `draw` and returned: nothing is allocated per draw, so a kernel can call it every step.
 */
export interface MinibatchSampler {
    readonly n: number;
    readonly batch: number;
    readonly sampling: MinibatchSampling;
    readonly indices: Int32Array;
    draw(rng: Uint32Source): Int32Array;
}
export declare function minibatchSampler(n: number, batch: number, sampling: MinibatchSampling): MinibatchSampler;
/** ĝ = (1/B)Σ_{k} g_{indices[k]} written into `out` (length d): the minibatch gradient a kernel step uses. */
export declare function minibatchMeanGradient(gradients: Matrix, indices: ArrayLike<number>, out: Float64Array): Float64Array;
//# sourceMappingURL=minibatch.d.ts.map