/**
 * Finite-sum minibatch gradient noise (THEORY.md §B1). At a point x the loss is f = (1/n)Σ f_i, with per-sample
 * gradients g_i = ∇f_i(x) ∈ ℝ^d; SGD uses the minibatch mean ĝ = (1/B)Σ_{i∈batch} g_i. Then E ĝ = ḡ = ∇f(x) and
 *   with replacement (B i.i.d. uniform indices):   Cov ĝ = Σ_n/B
 *   without replacement (a uniform B-subset):      Cov ĝ = Σ_n·(n − B)/(B(n − 1))
 * with Σ_n = (1/n)Σ(g_i − ḡ)(g_i − ḡ)ᵀ the population covariance. The second is the finite-population
 * correction: pairs of distinct indices are negatively correlated (−Σ_n/(n − 1)), and B = n leaves no noise.
 *
 * The exact enumeration below computes the law of ĝ by listing every batch, so the specs check the two
 * formulas against the definition rather than against a second copy of the algebra. The samplers draw batches
 * for kernels: a uniform index by rejection (unbiased for every n), and without replacement a partial
 * Fisher–Yates shuffle that reuses one permutation buffer, so a draw allocates nothing.
 */
import { FieldError, formatNumber } from "../config/fieldError.js";
export const MINIBATCH_SAMPLINGS = [
    "with-replacement",
    "without-replacement",
];
/** Largest batch count the enumeration accepts: C(10+10−1, 10) = 92378 multisets fit; beyond, use the formula. */
export const MAX_ENUMERATED_BATCHES = 1_000_000;
/** Throws `batch: must be an integer in [1, n=8], got 0` unless 1 ≤ B ≤ n is an integer. */
export function assertBatchSize(batch, n) {
    if (!Number.isInteger(batch) || batch < 1 || batch > n)
        throw new FieldError("batch", `must be an integer in [1, n=${n}], got ${formatNumber(batch)}`);
}
/** n ≥ 1 rows g_i of equal length d ≥ 1, all finite. Returns [n, d]. */
function checkGradients(gradients) {
    const n = gradients.length;
    if (n === 0)
        throw new FieldError("gradients", "needs at least one per-sample gradient, got none");
    const d = gradients[0].length;
    if (d === 0)
        throw new FieldError("gradients[0]", "is empty: a gradient needs dimension d ≥ 1");
    gradients.forEach((row, i) => {
        if (row.length !== d)
            throw new FieldError(`gradients[${i}]`, `has ${row.length} entries, expected d = ${d} (as gradients[0])`);
        row.forEach((v, j) => {
            if (!Number.isFinite(v))
                throw new FieldError(`gradients[${i}][${j}]`, `must be finite, got ${v}`);
        });
    });
    return [n, d];
}
/** Population mean ḡ = (1/n)Σg_i and covariance Σ_n = (1/n)Σ(g_i − ḡ)(g_i − ḡ)ᵀ (two passes: no cancellation). */
export function populationMoments(gradients) {
    const [n, d] = checkGradients(gradients);
    const mean = new Array(d).fill(0);
    for (const g of gradients)
        for (let a = 0; a < d; a++)
            mean[a] += g[a] / n;
    const covariance = Array.from({ length: d }, () => new Array(d).fill(0));
    for (const g of gradients)
        for (let a = 0; a < d; a++) {
            const da = g[a] - mean[a];
            for (let b = 0; b < d; b++)
                covariance[a][b] += (da * (g[b] - mean[b])) / n;
        }
    return { mean, covariance };
}
/**
 * The factor c with Cov ĝ = c·Σ_n: 1/B with replacement, (n − B)/(B(n − 1)) without. n = 1 without replacement
 * (B = 1, a single sample) gives 0: there is only one batch, and Σ_n = 0 anyway.
 */
export function minibatchCovarianceFactor(n, batch, sampling) {
    if (!Number.isInteger(n) || n < 1)
        throw new FieldError("n", `must be a positive integer, got ${formatNumber(n)}`);
    assertBatchSize(batch, n);
    if (sampling === "with-replacement")
        return 1 / batch;
    return n === 1 ? 0 : (n - batch) / (batch * (n - 1));
}
/** Predicted Cov ĝ: the population covariance Σ_n scaled by `minibatchCovarianceFactor`. */
export function minibatchCovariance(populationCovariance, n, batch, sampling) {
    const c = minibatchCovarianceFactor(n, batch, sampling);
    return populationCovariance.map((row) => row.map((s) => c * s));
}
/** Predicted law of ĝ from the data: mean ḡ and covariance c·Σ_n. */
export function predictedMinibatchMoments(gradients, batch, sampling) {
    const { mean, covariance } = populationMoments(gradients);
    return { mean, covariance: minibatchCovariance(covariance, gradients.length, batch, sampling) };
}
/** Binomial coefficient C(n, k) as a double (exact below 2^53, which every accepted enumeration is). */
function binomial(n, k) {
    let c = 1;
    for (let i = 1; i <= k; i++)
        c = (c * (n - k + i)) / i;
    return Math.round(c);
}
/**
 * Calls `visit(counts, probability)` once per distinct batch, counts[i] = how often sample i is in it.
 * Without replacement: every B-subset (counts 0/1), probability 1/C(n, B). With replacement: every multiset of
 * size B, with probability B!/(Π counts_i!)/n^B, the number of ordered B-tuples that give it over n^B; grouping
 * tuples by multiset loses nothing (ĝ depends only on the counts) and turns n^B tuples (10^10 at n = B = 10)
 * into C(n + B − 1, B) multisets.
 */
function forEachBatch(n, batch, sampling, visit) {
    const total = sampling === "with-replacement" ? binomial(n + batch - 1, batch) : binomial(n, batch);
    if (total > MAX_ENUMERATED_BATCHES)
        throw new RangeError(`exact enumeration of ${total} batches (n = ${n}, B = ${batch}, ${sampling}) exceeds ${MAX_ENUMERATED_BATCHES}; use the formula`);
    const counts = new Int32Array(n);
    if (sampling === "without-replacement") {
        const p = 1 / total;
        const choose = (from, left) => {
            if (left === 0)
                return visit(counts, p);
            for (let i = from; i <= n - left; i++) {
                counts[i] = 1;
                choose(i + 1, left - 1);
                counts[i] = 0;
            }
        };
        choose(0, batch);
        return;
    }
    let factorialB = 1;
    for (let k = 2; k <= batch; k++)
        factorialB *= k;
    const tuples = n ** batch;
    // counts[i] for i < n − 1 is chosen; the last sample takes what is left. `denominator` is Π_{j<i} counts_j!.
    const fill = (i, left, denominator) => {
        if (i === n - 1) {
            counts[i] = left;
            let lastFactorial = 1;
            for (let k = 2; k <= left; k++)
                lastFactorial *= k;
            visit(counts, factorialB / (denominator * lastFactorial) / tuples);
            return;
        }
        let factorial = 1;
        for (let c = 0; c <= left; c++) {
            if (c > 0)
                factorial *= c;
            counts[i] = c;
            fill(i + 1, left - c, denominator * factorial);
        }
        counts[i] = 0;
    };
    fill(0, batch, 1);
}
/**
 * Exact mean and covariance of the minibatch mean gradient ĝ, by enumerating every batch with its probability
 * (see `forEachBatch`), not by the formula. Two passes (mean, then centred second moment) so a covariance far
 * below |ḡ|² is not lost to cancellation. For small n (≤ ~10): the count is capped at MAX_ENUMERATED_BATCHES.
 */
export function enumeratedMinibatchMoments(gradients, batch, sampling) {
    const [n, d] = checkGradients(gradients);
    assertBatchSize(batch, n);
    const g = new Float64Array(d);
    const batchMean = (counts) => {
        g.fill(0);
        for (let i = 0; i < n; i++) {
            const c = counts[i];
            if (c === 0)
                continue;
            const row = gradients[i];
            for (let a = 0; a < d; a++)
                g[a] += (c * row[a]) / batch;
        }
        return g;
    };
    const mean = new Array(d).fill(0);
    forEachBatch(n, batch, sampling, (counts, p) => {
        const m = batchMean(counts);
        for (let a = 0; a < d; a++)
            mean[a] += p * m[a];
    });
    const covariance = Array.from({ length: d }, () => new Array(d).fill(0));
    forEachBatch(n, batch, sampling, (counts, p) => {
        const m = batchMean(counts);
        for (let a = 0; a < d; a++) {
            const da = m[a] - mean[a];
            for (let b = 0; b < d; b++)
                covariance[a][b] += p * da * (m[b] - mean[b]);
        }
    });
    return { mean, covariance };
}
const TWO_32 = 4294967296;
/**
 * Uniform integer in [0, m) for 1 ≤ m ≤ 2^32, unbiased: `u % m` alone favours small residues when m ∤ 2^32, so
 * words in the incomplete last block [2^32 − (2^32 mod m), 2^32) are rejected (probability < m/2^32).
 */
export function uniformIndex(rng, m) {
    const limit = TWO_32 - (TWO_32 % m);
    let u = rng.nextUint32();
    while (u >= limit)
        u = rng.nextUint32();
    return u % m;
}
export function minibatchSampler(n, batch, sampling) {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 31 - 1)
        throw new FieldError("n", `must be an integer in [1, 2^31 − 1], got ${formatNumber(n)}`);
    assertBatchSize(batch, n);
    if (sampling === "with-replacement") {
        const indices = new Int32Array(batch);
        return {
            n,
            batch,
            sampling,
            indices,
            draw(rng) {
                for (let k = 0; k < batch; k++)
                    indices[k] = uniformIndex(rng, n);
                return indices;
            },
        };
    }
    // Partial Fisher–Yates: swapping a uniform pick from the not-yet-chosen tail into position k, for k < B, makes
    // the first B entries a uniform ordered B-subset of whatever permutation the buffer holds. The swaps keep it a
    // permutation, so it is never reset between draws. `indices` is a view of its first B entries.
    const permutation = Int32Array.from({ length: n }, (_, i) => i);
    const indices = permutation.subarray(0, batch);
    return {
        n,
        batch,
        sampling,
        indices,
        draw(rng) {
            for (let k = 0; k < batch; k++) {
                const j = k + uniformIndex(rng, n - k);
                const chosen = permutation[j];
                permutation[j] = permutation[k];
                permutation[k] = chosen;
            }
            return indices;
        },
    };
}
/** ĝ = (1/B)Σ_{k} g_{indices[k]} written into `out` (length d): the minibatch gradient a kernel step uses. */
export function minibatchMeanGradient(gradients, indices, out) {
    const d = out.length;
    const B = indices.length;
    out.fill(0);
    for (let k = 0; k < B; k++) {
        const row = gradients[indices[k]];
        for (let a = 0; a < d; a++)
            out[a] += row[a] / B;
    }
    return out;
}
//# sourceMappingURL=minibatch.js.map