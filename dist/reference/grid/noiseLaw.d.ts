/**
 * The law of the standardized gradient noise v in the 1-D SGD step x_{k+1} = x_k − ηf'(x_k) + ηs(x_k)v
 * (E v = 0, E v² = 1, so every law here has the covariance s² of THEORY.md's Σ). Gaussian v makes SGD exactly
 * Euler–Maruyama for SME-1; a discrete v (Rademacher, a skewed 3-point law, a minibatch mixture) matches the first
 * two moments only. Expanding one step, E u(x + Δ) = u − ηf'u' + ½η²(f'² + s²)u'' + (η³/6)(…)u''' + …, the law
 * enters through E v³ at O(η³) per step — O(η²) after T/η steps — and through E v⁴ at O(η⁴), O(η³) globally: a
 * symmetric law (E v³ = 0) is therefore indistinguishable from Gaussian noise at the order of SME-2, and a skewed
 * one shifts the O(η²) constant but not the orders.
 *
 * Either way the step's expectation is a finite sum over the nodes of a QuadratureRule: exact for discrete laws,
 * Gauss–Hermite for the Gaussian.
 */
import { type QuadratureRule } from "./gaussHermite.ts";
export type NoiseLaw1d = {
    kind: "gaussian";
}
/** v = values[j] with probability probs[j]; must have mean 0 and variance 1 (see standardizedDiscreteNoise). */
 | {
    kind: "discrete";
    values: readonly number[];
    probs: readonly number[];
};
/** Tolerance on the moment conditions E v = 0, E v² = 1 (relative to max |v_j|, max v_j²). */
export declare const NOISE_MOMENT_TOLERANCE = 1e-12;
export declare const GAUSSIAN_NOISE: NoiseLaw1d;
/** v = ±1 with probability ½ each: the symmetric two-point law, E v³ = 0, E v⁴ = 1 (Gaussian: 3). */
export declare function rademacherNoise(): NoiseLaw1d;
/**
 * Centers and scales a finite law to mean 0 and variance 1: v_j ↦ (v_j − μ)/σ. Useful for skewed laws (e.g. the
 * centered gradient of a minibatch drawn from a few samples) whose raw moments are not normalized.
 */
export declare function standardizedDiscreteNoise(values: readonly number[], probs: readonly number[]): NoiseLaw1d;
/** E v^p for the law (Gaussian: 0, 1, 0, 3 for p = 1…4). */
export declare function noiseMoment(law: NoiseLaw1d, p: number): number;
/** Throws a one-line error unless the law is well formed with E v = 0 and E v² = 1. */
export declare function assertNoiseLaw(law: NoiseLaw1d): void;
/**
 * The noise law as a finite rule: the law itself when discrete (zero-probability atoms dropped), else
 * `gaussNodes`-point Gauss–Hermite.
 */
export declare function noiseQuadrature(law: NoiseLaw1d, gaussNodes: number, minWeight?: number): QuadratureRule;
//# sourceMappingURL=noiseLaw.d.ts.map