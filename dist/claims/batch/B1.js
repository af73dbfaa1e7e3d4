import { FieldError } from "../../config/fieldError.js";
import { readNumber, readObject, readStrictObject } from "../../config/readers.js";
import { EXACT_TOLERANCE, enumerable, enumeratedBatchCount, readGradientSet, } from "../../experiments/batch/gradientSets.js";
import { experiment, relativeBand } from "../../experiments/experiment.js";
import { samplerRuns } from "../../experiments/samplerRuns.js";
import { enumeratedMinibatchMoments, MAX_ENUMERATED_BATCHES, MINIBATCH_SAMPLINGS, minibatchCovarianceFactor, populationMoments, predictedMinibatchMoments, } from "../../noise/minibatch.js";
import { normalQuantile } from "../../stats/quantiles.js";
import { defineClaim } from "../claim.js";
/** Batches per sampler block: a block of 25 000 batches is ~10 ms of work, far more than its dispatch. */
const SAMPLER_BLOCK = 25_000;
export const B1 = defineClaim({
    id: "B1",
    title: "Minibatch gradients: unbiased, covariance Σ/B with replacement and (n−B)/(B(n−1))·Σ_n without",
    statement: "For a finite sum f = (1/n)Σf_i and a minibatch of size B, the minibatch mean gradient ĝ is unbiased and " +
        "Cov ĝ = Σ_n/B with replacement, Σ_n·(n − B)/(B(n − 1)) without, Σ_n the population covariance of the " +
        "per-sample gradients. Checked exactly by enumerating every batch, and by Monte Carlo on the kernels' sampler.",
    source: "Hu–Li–Li–Liu (arXiv 1705.07562) §2 (SGD noise Σ/B); finite-population correction (THEORY.md B1).",
    family: "batch",
    parseConfig(raw, path) {
        const cfg = readStrictObject(raw, path, ["samples", "relativeBand", "datasets"]);
        const p = (k) => (path ? `${path}.${k}` : k);
        const samples = readNumber(cfg.samples, p("samples"), { integer: true, min: 1000 });
        const relativeBand = readNumber(cfg.relativeBand, p("relativeBand"), {
            min: 0,
            max: 1,
            exclusiveMin: true,
        });
        const entries = Object.entries(readObject(cfg.datasets, p("datasets"))).filter(([, v]) => v !== null);
        if (!entries.length)
            throw new FieldError(p("datasets"), "needs at least one dataset");
        return {
            samples,
            relativeBand,
            datasets: entries.map(([k, v]) => readGradientSet(v, p(`datasets.${k}`), k)),
        };
    },
    // Per gradient set and sampling: the law of ĝ by enumerating every batch against the formulas ḡ and c·Σ_n
    // (exact), and the kernels' sampler against c·tr Σ_n (Monte Carlo), finer than the samplings' gap.
    experiments: (config, ctx) => config.datasets.flatMap((ds) => MINIBATCH_SAMPLINGS.flatMap((sampling) => [
        enumerationExperiment(ds, sampling),
        samplerExperiment(ds, sampling, config, (j) => ctx.stream(ds.key, sampling, j)),
    ])),
    notes: [
        "Per-sample gradients are taken at one point of each dataset; the minibatch law depends on nothing else. Dataset files (fixtures/datasets) are written by scripts/generate-datasets.mjs with fixed seeds.",
        `The exact enumeration covers the batch sizes with at most ${MAX_ENUMERATED_BATCHES} distinct batches; larger B are checked by Monte Carlo only.`,
        "The Monte-Carlo part draws batches with the same sampler the kernels use (rejection-sampled uniform indices, partial Fisher–Yates without replacement).",
    ],
});
function enumerationExperiment(ds, sampling) {
    const n = ds.gradients.length;
    const population = populationMoments(ds.gradients);
    const trace = population.covariance.reduce((s, row, i) => s + row[i], 0);
    const enumerated = ds.batches.filter((b) => enumerable(n, b, sampling));
    const skipped = ds.batches.filter((b) => !enumerable(n, b, sampling));
    let worst = 0;
    for (const batch of enumerated) {
        const exact = enumeratedMinibatchMoments(ds.gradients, batch, sampling);
        const formula = predictedMinibatchMoments(ds.gradients, batch, sampling);
        const scaleMean = Math.max(1e-300, ...population.mean.map(Math.abs), Math.sqrt(trace));
        const scaleCov = Math.max(1e-300, trace);
        exact.mean.forEach((m, a) => {
            worst = Math.max(worst, Math.abs(m - formula.mean[a]) / scaleMean);
        });
        exact.covariance.forEach((row, a) => row.forEach((v, b) => {
            worst = Math.max(worst, Math.abs(v - formula.covariance[a][b]) / scaleCov);
        }));
    }
    return experiment({
        name: `B1 enumeration equals the formulas [${ds.name}, ${sampling}]`,
        quantity: "max over B and entries of |enumerated − formula| (mean and covariance), relative",
        simulations: [],
        reference: "ḡ and c·Σ_n (THEORY.md B1), against the exact law of ĝ by enumeration of every batch",
        band: {
            predicted: 0,
            lo: 0,
            hi: EXACT_TOLERANCE,
            why: "round-off: both sides are exact sums of at most 10⁶ terms in double precision",
        },
        statistic: () => ({
            estimate: worst,
            se: 0,
            interval: [worst, worst],
            method: "exact",
            notes: [
                `n = ${n}, d = ${ds.gradients[0].length}, enumerated B ∈ {${enumerated.join(", ")}}`,
                ...(skipped.length
                    ? [
                        `B ∈ {${skipped.join(", ")}} not enumerated (${skipped.map((b) => enumeratedBatchCount(n, b, sampling)).join(", ")} batches > ${MAX_ENUMERATED_BATCHES}); the Monte-Carlo assertion covers them`,
                    ]
                    : []),
            ],
        }),
    });
}
function samplerExperiment(ds, sampling, config, stream) {
    const n = ds.gradients.length;
    const population = populationMoments(ds.gradients);
    const trace = population.covariance.reduce((s, row, i) => s + row[i], 0);
    const expected = ds.batches.map((b) => minibatchCovarianceFactor(n, b, sampling) * trace);
    const runs = ds.batches.map((batch, j) => samplerRuns({
        gradients: ds.gradients,
        batch,
        sampling,
        samples: config.samples,
        blockSize: SAMPLER_BLOCK,
        stream: stream(j),
    }));
    const largest = Math.max(...ds.batches.filter((b) => b > 1));
    return experiment({
        name: `B1 sampled covariance matches the formula [${ds.name}, ${sampling}]`,
        quantity: "tr Cov ĝ (kernels' sampler) / (c·tr Σ_n), weighted over B",
        simulations: runs,
        reference: "c·tr Σ_n, c = 1/B with replacement, (n − B)/(B(n − 1)) without",
        band: relativeBand(1, config.relativeBand, `±${Math.round(config.relativeBand * 100)}%: finer than the gap between the two samplings' factors at these n and B (≥ ${Math.round(100 * (1 - (n - largest) / (n - 1)))}% for the largest B), so the wrong sampling fails`),
        // Combined ratio over the batch sizes with noise (inverse-variance weights).
        statistic(data, alpha) {
            const used = data.map((m, j) => ({ m, e: expected[j] })).filter((u) => u.e > 0);
            const ratios = used.map((u) => u.m.mean / u.e);
            const w = used.map((u) => {
                const s = u.m.se / u.e;
                return 1 / (s * s);
            });
            const W = w.reduce((t, v) => t + v, 0);
            const estimate = ratios.reduce((t, v, i) => t + w[i] * v, 0) / W;
            const se = Math.sqrt(1 / W);
            const z = normalQuantile(1 - alpha / 2);
            return { estimate, se, interval: [estimate - z * se, estimate + z * se], method: "monte-carlo" };
        },
        present: (data) => ({
            measurements: data.map((m, j) => {
                const batch = ds.batches[j];
                const exactTrace = enumerable(n, batch, sampling)
                    ? enumeratedMinibatchMoments(ds.gradients, batch, sampling).covariance.reduce((s, row, i) => s + row[i], 0)
                    : null;
                return {
                    eta: Number.NaN,
                    n: m.samples,
                    estimate: m.mean,
                    se: m.se,
                    case: `${ds.name}, ${sampling}`,
                    batch,
                    "c·tr Σ_n (formula)": expected[j],
                    "tr Cov ĝ (enumeration)": exactTrace,
                    factor: minibatchCovarianceFactor(n, batch, sampling),
                };
            }),
            predictions: { "with-replacement factor": 1, "without-replacement factor": 1 },
            plots: [
                {
                    panel: { title: ds.name, xLabel: "batch size B", yLabel: "tr Cov ĝ", xScale: "log", yScale: "log" },
                    // Log axes: B = n without replacement has no noise (0), so positive values only.
                    series: [
                        {
                            name: `c·tr Σ_n, ${sampling} (formula)`,
                            mark: "line",
                            x: ds.batches.filter((_, j) => expected[j] > 0),
                            y: expected.filter((v) => v > 0),
                        },
                        {
                            name: `sampler, ${sampling}`,
                            mark: "points",
                            x: ds.batches.filter((_, j) => data[j].mean > 0),
                            y: data.map((m) => m.mean).filter((v) => v > 0),
                        },
                    ],
                },
            ],
        }),
    });
}
//# sourceMappingURL=B1.js.map