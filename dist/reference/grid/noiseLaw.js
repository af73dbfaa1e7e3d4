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
import { DEFAULT_MIN_WEIGHT, gaussHermiteRule } from "./gaussHermite.js";
/** Tolerance on the moment conditions E v = 0, E v² = 1 (relative to max |v_j|, max v_j²). */
export const NOISE_MOMENT_TOLERANCE = 1e-12;
export const GAUSSIAN_NOISE = { kind: "gaussian" };
/** v = ±1 with probability ½ each: the symmetric two-point law, E v³ = 0, E v⁴ = 1 (Gaussian: 3). */
export function rademacherNoise() {
    return { kind: "discrete", values: [-1, 1], probs: [0.5, 0.5] };
}
/**
 * Centers and scales a finite law to mean 0 and variance 1: v_j ↦ (v_j − μ)/σ. Useful for skewed laws (e.g. the
 * centered gradient of a minibatch drawn from a few samples) whose raw moments are not normalized.
 */
export function standardizedDiscreteNoise(values, probs) {
    assertFiniteLaw(values, probs);
    let mean = 0;
    for (let j = 0; j < values.length; j++)
        mean += probs[j] * values[j];
    let variance = 0;
    for (let j = 0; j < values.length; j++)
        variance += probs[j] * (values[j] - mean) ** 2;
    if (!(variance > 0))
        throw new Error("noise law must have positive variance to be standardized");
    const sd = Math.sqrt(variance);
    return { kind: "discrete", values: values.map((v) => (v - mean) / sd), probs: probs.slice() };
}
/** E v^p for the law (Gaussian: 0, 1, 0, 3 for p = 1…4). */
export function noiseMoment(law, p) {
    if (law.kind === "gaussian") {
        if (p % 2 === 1)
            return 0;
        let m = 1;
        for (let k = p - 1; k > 0; k -= 2)
            m *= k;
        return m;
    }
    let s = 0;
    for (let j = 0; j < law.values.length; j++)
        s += law.probs[j] * law.values[j] ** p;
    return s;
}
/** Throws a one-line error unless the law is well formed with E v = 0 and E v² = 1. */
export function assertNoiseLaw(law) {
    if (law === null || typeof law !== "object")
        throw new Error("sgdNoise must be a noise law object");
    if (law.kind === "gaussian")
        return;
    if (law.kind !== "discrete")
        throw new Error(`sgdNoise.kind must be "gaussian" or "discrete" (got ${JSON.stringify(law.kind)})`);
    assertFiniteLaw(law.values, law.probs);
    const scale = Math.max(...law.values.map(Math.abs));
    const mean = noiseMoment(law, 1);
    const second = noiseMoment(law, 2);
    if (Math.abs(mean) > NOISE_MOMENT_TOLERANCE * scale)
        throw new Error(`sgdNoise must have mean 0 (got ${mean}); use standardizedDiscreteNoise`);
    if (Math.abs(second - 1) > NOISE_MOMENT_TOLERANCE * Math.max(1, scale * scale))
        throw new Error(`sgdNoise must have variance 1 (got ${second}); use standardizedDiscreteNoise`);
}
/**
 * The noise law as a finite rule: the law itself when discrete (zero-probability atoms dropped), else
 * `gaussNodes`-point Gauss–Hermite.
 */
export function noiseQuadrature(law, gaussNodes, minWeight = DEFAULT_MIN_WEIGHT) {
    if (law.kind === "gaussian")
        return gaussHermiteRule(gaussNodes, minWeight);
    const nodes = [];
    const weights = [];
    law.values.forEach((v, j) => {
        if (law.probs[j] > 0) {
            nodes.push(v);
            weights.push(law.probs[j]);
        }
    });
    return { nodes: Float64Array.from(nodes), weights: Float64Array.from(weights) };
}
function assertFiniteLaw(values, probs) {
    if (!Array.isArray(values) ||
        !Array.isArray(probs) ||
        values.length === 0 ||
        values.length !== probs.length)
        throw new Error("noise law needs values and probs: non-empty arrays of equal length");
    if (!values.every(Number.isFinite))
        throw new Error("noise law values must be finite");
    if (!probs.every((p) => Number.isFinite(p) && p >= 0))
        throw new Error("noise law probs must be finite and ≥ 0");
    const total = probs.reduce((s, p) => s + p, 0);
    if (Math.abs(total - 1) > NOISE_MOMENT_TOLERANCE)
        throw new Error(`noise law probs must sum to 1 (got ${total})`);
}
//# sourceMappingURL=noiseLaw.js.map