import { FieldError } from "../../config/fieldError.ts";
import {
  readArray,
  readNumber,
  readObject,
  readStrictObject,
  readString,
  readVector,
} from "../../config/readers.ts";
import { type Dataset as DatasetFile, loadDataset, parameterDimension } from "../../datasets/datasetFile.ts";
import { perSampleGradients } from "../../datasets/perSampleGradients.ts";
import {
  enumeratedMinibatchMoments,
  MAX_ENUMERATED_BATCHES,
  MINIBATCH_SAMPLINGS,
  type MinibatchSampling,
  minibatchCovarianceFactor,
  minibatchMeanGradient,
  minibatchSampler,
  populationMoments,
  predictedMinibatchMoments,
} from "../../noise/minibatch.ts";
import type { Measurement, PlotSpec } from "../../report/schema.ts";
import { Xoshiro128 } from "../../rng/xoshiro128.ts";
import { makeAssertion } from "../../stats/decision.ts";
import { normalQuantile } from "../../stats/quantiles.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimDefinition } from "../claim.ts";

/**
 * B1 on finite sums: per-sample gradients g_i at a point, batch sizes B, both samplings. A dataset entry either
 * lists its gradients inline (`gradients`) or names a dataset file (`file`: fixtures/datasets/<name>.json,
 * written by scripts/generate-datasets.mjs; or a path ending in .json) and the point `at` where B1 takes the
 * per-sample gradients (datasets/perSampleGradients.ts; `at` defaults to θ₀ for a two-layer network and is
 * required otherwise). Exactly one of `gradients` and `file`; a field set to null counts as absent, so a user
 * override can switch a default file entry to inline gradients. Two checks per dataset and sampling:
 *   - exact: the law of ĝ by enumerating every batch (noise/minibatch.ts) equals the formulas ḡ and c·Σ_n, for
 *     the batch sizes whose batch count is at most MAX_ENUMERATED_BATCHES (e.g. n = 32 with replacement stops at
 *     B = 5, C(36, 5) = 376992 multisets); larger B are left to the Monte-Carlo check, and the assertion names
 *     the B it enumerated;
 *   - Monte Carlo: the sampler the kernels use (minibatchSampler) reproduces that covariance — the ratio of the
 *     sampled tr Cov ĝ to c·tr Σ_n is 1 within an equivalence band finer than the gap between the two
 *     samplings' factors, so a sampler that draws with replacement when asked not to fails.
 */
interface Dataset {
  key: string;
  name: string;
  gradients: number[][];
  batches: number[];
}

interface B1Config {
  samples: number;
  relativeBand: number;
  datasets: Dataset[];
}

/** Enumeration agrees with the formulas to round-off: |difference| ≤ this × the scale of the entries. */
const EXACT_TOLERANCE = 1e-10;

/** Binomial coefficient C(n, k) as a double (exact enough to compare with MAX_ENUMERATED_BATCHES). */
function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

/** Distinct batches the exact enumeration visits: multisets C(n + B − 1, B) with replacement, subsets C(n, B) without. */
function enumeratedBatchCount(n: number, batch: number, sampling: MinibatchSampling): number {
  return sampling === "with-replacement" ? binomial(n + batch - 1, batch) : binomial(n, batch);
}

function enumerable(n: number, batch: number, sampling: MinibatchSampling): boolean {
  return enumeratedBatchCount(n, batch, sampling) <= MAX_ENUMERATED_BATCHES;
}

/** Per-sample gradients from a dataset file at `at` (null or absent: the file's default point). */
function fileGradients(file: string, at: unknown, path: string): number[][] {
  let ds: DatasetFile;
  try {
    ds = loadDataset(file);
  } catch (e) {
    if (e instanceof FieldError) throw new FieldError(`${path}.file`, e.message);
    throw e;
  }
  const point = at === undefined ? undefined : readVector(at, `${path}.at`, parameterDimension(ds));
  if (point === undefined && ds.kind !== "two-layer")
    throw new FieldError(
      `${path}.at`,
      `missing: a ${ds.kind} dataset has no default point (give one of dimension ${parameterDimension(ds)})`,
    );
  return perSampleGradients(ds, point);
}

function readDataset(raw: unknown, path: string, key: string): Dataset {
  const o = Object.fromEntries(
    Object.entries(readStrictObject(raw, path, ["name", "gradients", "file", "at", "batches"])).filter(
      ([, v]) => v !== null,
    ),
  );
  const name = o.name === undefined ? key : readString(o.name, `${path}.name`);
  if ((o.gradients === undefined) === (o.file === undefined))
    throw new FieldError(
      path,
      o.file === undefined
        ? "needs per-sample gradients: exactly one of `gradients` (inline) or `file` (a dataset), got neither"
        : "takes exactly one of `gradients` (inline) or `file` (a dataset), got both",
    );
  if (o.gradients !== undefined && o.at !== undefined)
    throw new FieldError(
      `${path}.at`,
      "only applies to a dataset `file` (inline gradients are already at a point)",
    );
  const gradients =
    o.file !== undefined
      ? fileGradients(readString(o.file, `${path}.file`), o.at, path)
      : readArray(o.gradients, `${path}.gradients`, (v, p) => readVector(v, p), { minLength: 2 });
  if (gradients.length < 2)
    throw new FieldError(
      `${path}.file`,
      `needs at least 2 samples for gradient noise, got n = ${gradients.length}`,
    );
  const d = gradients[0]!.length;
  gradients.forEach((g, i) => {
    if (g.length !== d)
      throw new FieldError(
        `${path}.gradients[${i}]`,
        `has ${g.length} entries, expected ${d} (as gradients[0])`,
      );
  });
  const n = gradients.length;
  const batches = readArray(
    o.batches,
    `${path}.batches`,
    (v, p) => {
      const b = readNumber(v, p, { min: 1 });
      if (!Number.isInteger(b) || b > n)
        throw new FieldError(p, `a batch size must be a whole number in [1, n = ${n}], got ${b}`);
      return b;
    },
    { minLength: 1 },
  );
  for (const sampling of MINIBATCH_SAMPLINGS)
    if (!batches.some((b) => enumerable(n, b, sampling)))
      throw new FieldError(
        `${path}.batches`,
        `no batch size small enough to enumerate ${sampling} (at most ${MAX_ENUMERATED_BATCHES} batches) for the exact check`,
      );
  return { key, name, gradients, batches };
}

export const B1: ClaimDefinition<B1Config> = {
  id: "B1",
  title: "Minibatch gradients: unbiased, covariance Σ/B with replacement and (n−B)/(B(n−1))·Σ_n without",
  statement:
    "For a finite sum f = (1/n)Σf_i and a minibatch of size B, the minibatch mean gradient ĝ is unbiased and " +
    "Cov ĝ = Σ_n/B with replacement, Σ_n·(n − B)/(B(n − 1)) without, Σ_n the population covariance of the " +
    "per-sample gradients. Checked exactly by enumerating every batch, and by Monte Carlo on the kernels' sampler.",
  source: "Hu–Li–Li–Liu (arXiv 1705.07562) §2 (SGD noise Σ/B); finite-population correction (THEORY.md B1).",
  family: "batch",
  parseConfig(raw, path) {
    const cfg = readStrictObject(raw, path, ["samples", "relativeBand", "datasets"]);
    const p = (k: string) => (path ? `${path}.${k}` : k);
    const samples = readNumber(cfg.samples, p("samples"), { integer: true, min: 1000 });
    const relativeBand = readNumber(cfg.relativeBand, p("relativeBand"), {
      min: 0,
      max: 1,
      exclusiveMin: true,
    });
    const entries = Object.entries(readObject(cfg.datasets, p("datasets"))).filter(([, v]) => v !== null);
    if (!entries.length) throw new FieldError(p("datasets"), "needs at least one dataset");
    const datasets = entries.map(([k, v]) => readDataset(v, p(`datasets.${k}`), k));
    return { samples, relativeBand, datasets };
  },
  assertionCount: (c) => c.datasets.length * MINIBATCH_SAMPLINGS.length * 2,
  async run(config, ctx) {
    const measurements: Measurement[] = [];
    const assertions: AssertionResult[] = [];
    const plots: PlotSpec[] = [];
    const alpha = ctx.alphaPerAssertion;
    const z = normalQuantile(1 - alpha / 2);
    let done = 0;
    const total = config.datasets.length * MINIBATCH_SAMPLINGS.length;
    for (const ds of config.datasets) {
      const n = ds.gradients.length;
      const d = ds.gradients[0]!.length;
      const population = populationMoments(ds.gradients);
      const trace = population.covariance.reduce((s, row, i) => s + row[i]!, 0);
      const series: PlotSpec["series"] = [];
      for (const sampling of MINIBATCH_SAMPLINGS) {
        series.push({
          name: `c·tr Σ_n, ${sampling} (formula)`,
          mark: "line",
          x: ds.batches,
          y: ds.batches.map((b) => minibatchCovarianceFactor(n, b, sampling) * trace),
        });
      }
      for (const sampling of MINIBATCH_SAMPLINGS) {
        const sampled: number[] = [];
        let worst = 0;
        const ratios: number[] = [];
        const ratioSes: number[] = [];
        const enumerated: number[] = [];
        const skipped: number[] = [];
        for (const [j, batch] of ds.batches.entries()) {
          let exactTrace: number | null = null;
          if (enumerable(n, batch, sampling)) {
            enumerated.push(batch);
            const exact = enumeratedMinibatchMoments(ds.gradients, batch, sampling);
            const formula = predictedMinibatchMoments(ds.gradients, batch, sampling);
            const scaleMean = Math.max(1e-300, ...population.mean.map(Math.abs), Math.sqrt(trace));
            const scaleCov = Math.max(1e-300, trace);
            exact.mean.forEach((m, a) => {
              worst = Math.max(worst, Math.abs(m - formula.mean[a]!) / scaleMean);
            });
            exact.covariance.forEach((row, a) =>
              row.forEach((v, b) => {
                worst = Math.max(worst, Math.abs(v - formula.covariance[a]![b]!) / scaleCov);
              }),
            );
            exactTrace = exact.covariance.reduce((s, row, i) => s + row[i]!, 0);
          } else skipped.push(batch);
          // Monte Carlo with the kernels' sampler: q = ‖ĝ − ḡ‖², E q = c·tr Σ_n.
          const expected = minibatchCovarianceFactor(n, batch, sampling) * trace;
          const sampler = minibatchSampler(n, batch, sampling);
          const rng = Xoshiro128.fromName(`${ctx.seed}/B1/${ds.key}/${sampling}/${j}`);
          const g = new Float64Array(d);
          let sum = 0;
          let sum2 = 0;
          for (let s = 0; s < config.samples; s++) {
            minibatchMeanGradient(ds.gradients, sampler.draw(rng), g);
            let q = 0;
            for (let a = 0; a < d; a++) q += (g[a]! - population.mean[a]!) ** 2;
            sum += q;
            sum2 += q * q;
          }
          const mean = sum / config.samples;
          const se = Math.sqrt(Math.max(0, sum2 / config.samples - mean * mean) / (config.samples - 1));
          sampled.push(mean);
          if (expected > 0) {
            ratios.push(mean / expected);
            ratioSes.push(se / expected);
          }
          measurements.push({
            eta: Number.NaN,
            n: config.samples,
            estimate: mean,
            se,
            case: `${ds.name}, ${sampling}`,
            batch,
            "c·tr Σ_n (formula)": expected,
            "tr Cov ĝ (enumeration)": exactTrace,
            factor: minibatchCovarianceFactor(n, batch, sampling),
          });
        }
        assertions.push(
          makeAssertion({
            name: `B1 enumeration equals the formulas [${ds.name}, ${sampling}]`,
            quantity: "max over B and entries of |enumerated − formula| (mean and covariance), relative",
            estimate: worst,
            se: 0,
            interval: [worst, worst],
            predicted: 0,
            band: [0, EXACT_TOLERANCE],
            bandWhy: "round-off: both sides are exact sums of at most 10⁶ terms in double precision",
            alpha,
            method: "exact",
            notes: [
              `n = ${n}, d = ${d}, enumerated B ∈ {${enumerated.join(", ")}}`,
              ...(skipped.length
                ? [
                    `B ∈ {${skipped.join(", ")}} not enumerated (${skipped.map((b) => enumeratedBatchCount(n, b, sampling)).join(", ")} batches > ${MAX_ENUMERATED_BATCHES}); the Monte-Carlo assertion covers them`,
                  ]
                : []),
            ],
          }),
        );
        // Combined ratio over the batch sizes with noise (inverse-variance weights).
        const w = ratioSes.map((s) => 1 / (s * s));
        const W = w.reduce((s, v) => s + v, 0);
        const r = ratios.reduce((s, v, i) => s + w[i]! * v, 0) / W;
        const rse = Math.sqrt(1 / W);
        assertions.push(
          makeAssertion({
            name: `B1 sampled covariance matches the formula [${ds.name}, ${sampling}]`,
            quantity: "tr Cov ĝ (kernels' sampler) / (c·tr Σ_n), weighted over B",
            estimate: r,
            se: rse,
            interval: [r - z * rse, r + z * rse],
            predicted: 1,
            band: [1 - config.relativeBand, 1 + config.relativeBand],
            bandWhy: `±${Math.round(config.relativeBand * 100)}%: finer than the gap between the two samplings' factors at these n and B (≥ ${Math.round(100 * (1 - (n - Math.max(...ds.batches.filter((b) => b > 1))) / (n - 1)))}% for the largest B), so the wrong sampling fails`,
            alpha,
            method: "monte-carlo",
          }),
        );
        series.push({ name: `sampler, ${sampling}`, mark: "points", x: ds.batches, y: sampled });
        ctx.progress(++done / total);
      }
      plots.push({
        title: ds.name,
        xLabel: "batch size B",
        yLabel: "tr Cov ĝ",
        xScale: "log",
        yScale: "log",
        series: series.filter((q) => q.y.every((v) => v > 0)),
      });
    }
    return {
      predictions: { "with-replacement factor": 1, "without-replacement factor": 1 },
      measurements,
      assertions,
      plots,
      notes: [
        "Per-sample gradients are taken at one point of each dataset; the minibatch law depends on nothing else. Dataset files (fixtures/datasets) are written by scripts/generate-datasets.mjs with fixed seeds.",
        `The exact enumeration covers the batch sizes with at most ${MAX_ENUMERATED_BATCHES} distinct batches; larger B are checked by Monte Carlo only.`,
        "The Monte-Carlo part draws batches with the same sampler the kernels use (rejection-sampled uniform indices, partial Fisher–Yates without replacement).",
      ],
    };
  },
};
