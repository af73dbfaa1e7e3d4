import { describe, expect, test } from "vitest";
import type { Matrix } from "../../src/linalg/dense.ts";
import {
  assertBatchSize,
  enumeratedMinibatchMoments,
  MINIBATCH_SAMPLINGS,
  type MinibatchSampling,
  minibatchCovariance,
  minibatchCovarianceFactor,
  minibatchMeanGradient,
  minibatchSampler,
  populationMoments,
  predictedMinibatchMoments,
  type Uint32Source,
  uniformIndex,
} from "../../src/noise/minibatch.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { chiSquaredGoodnessOfFit } from "../../src/stats/tests.ts";
import { fieldError } from "../support/fieldError.ts";
import { maxAbs, maxAbsDiff } from "../support/matrices.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

/** Significance of every χ² uniformity test below: a false failure once in a million runs. */
const ALPHA = 1e-6;

interface Dataset {
  gradients: Matrix;
  batch: number;
}

/** n ∈ [2, 7] gradients in ℝ^d, d ∈ [1, 3], entries small integers or doubles in [−100, 100]; B ∈ [1, n]. */
const dataset: fc.Arbitrary<Dataset> = fc
  .tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 3 }))
  .chain(([n, d]) =>
    fc.tuple(
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: -9, max: 9 }), real(-100, 100)), { minLength: d, maxLength: d }),
        { minLength: n, maxLength: n },
      ),
      fc.integer({ min: 1, max: n }),
    ),
  )
  .map(([gradients, batch]) => ({ gradients, batch }));

/**
 * Tolerance for an enumerated covariance entry. Each batch mean is exact to ~1e-16·|g|, so an entry errs by
 * ~1e-16·|g|·√Σ_n + 1e-32·|g|² ≤ 5e-15·Σ_n + 5e-19·|g|² (AM–GM): 1e-12 relative to Σ_n, with a |g|²·1e-18 floor
 * for data whose spread is tiny next to its size (or zero).
 */
function covarianceTolerance(gradients: Matrix, populationCovariance: Matrix): number {
  const g = maxAbs(gradients);
  return 1e-12 * maxAbs(populationCovariance) + 1e-18 * g * g;
}

/** Every ordered B-tuple of indices, listed literally (n^B of them): the with-replacement law by definition. */
function tupleMoments(gradients: Matrix, batch: number): { mean: number[]; covariance: Matrix } {
  const n = gradients.length;
  const d = gradients[0]!.length;
  const means: number[][] = [];
  const tuple = new Array<number>(batch).fill(0);
  const walk = (k: number) => {
    if (k === batch) {
      means.push(
        Array.from({ length: d }, (_, a) => tuple.reduce((s, i) => s + gradients[i]![a]!, 0) / batch),
      );
      return;
    }
    for (let i = 0; i < n; i++) {
      tuple[k] = i;
      walk(k + 1);
    }
  };
  walk(0);
  const mean = Array.from({ length: d }, (_, a) => means.reduce((s, m) => s + m[a]!, 0) / means.length);
  const covariance = mean.map((ma, a) =>
    mean.map((mb, b) => means.reduce((s, m) => s + (m[a]! - ma) * (m[b]! - mb), 0) / means.length),
  );
  return { mean, covariance };
}

describe("B1 — population moments and the minibatch covariance formulas", () => {
  test("by hand: g = (0, 1, 5): ḡ = 2, Σ_n = 14/3; B = 2 gives 7/3 with and 7/6 without replacement", () => {
    const gradients = [[0], [1], [5]];
    const { mean, covariance } = populationMoments(gradients);
    expect(mean[0]).toBeCloseTo(2, 15);
    expect(covariance[0]![0]).toBeCloseTo(14 / 3, 14);
    expect(minibatchCovariance(covariance, 3, 2, "with-replacement")[0]![0]).toBeCloseTo(7 / 3, 14);
    expect(minibatchCovariance(covariance, 3, 2, "without-replacement")[0]![0]).toBeCloseTo(7 / 6, 14);
    // The three subsets {0,1}, {0,5}, {1,5} have means 0.5, 2.5, 3: variance (2.25 + 0.25 + 1)/3 = 7/6.
    expect(enumeratedMinibatchMoments(gradients, 2, "without-replacement").covariance[0]![0]).toBeCloseTo(
      7 / 6,
      14,
    );
  });

  test("factors: 1/B with replacement, (n−B)/(B(n−1)) without; B = 1 gives Σ_n in both, B = n gives 0 without", () => {
    expect(minibatchCovarianceFactor(8, 3, "with-replacement")).toBe(1 / 3);
    expect(minibatchCovarianceFactor(8, 3, "without-replacement")).toBeCloseTo(5 / 21, 15);
    for (const sampling of MINIBATCH_SAMPLINGS) expect(minibatchCovarianceFactor(8, 1, sampling)).toBe(1);
    expect(minibatchCovarianceFactor(8, 8, "without-replacement")).toBe(0);
    expect(minibatchCovarianceFactor(1, 1, "without-replacement")).toBe(0);
  });

  for (const sampling of MINIBATCH_SAMPLINGS)
    prop([dataset], { numRuns: 150 })(
      `${sampling}: the enumerated law of ĝ has mean ḡ and covariance c·Σ_n (to 1e-12)`,
      ({ gradients, batch }) => {
        const exact = enumeratedMinibatchMoments(gradients, batch, sampling);
        const predicted = predictedMinibatchMoments(gradients, batch, sampling);
        const population = populationMoments(gradients);
        const meanScale = Math.max(1e-300, maxAbs(gradients));
        exact.mean.forEach((m, a) =>
          expect(Math.abs(m - predicted.mean[a]!)).toBeLessThanOrEqual(1e-12 * meanScale),
        );
        expect(maxAbsDiff(exact.covariance, predicted.covariance)).toBeLessThanOrEqual(
          covarianceTolerance(gradients, population.covariance),
        );
        // The property can fail: sampling with the other mode's factor is detectably wrong unless B = 1 or Σ_n = 0.
        const other: MinibatchSampling =
          sampling === "with-replacement" ? "without-replacement" : "with-replacement";
        const wrong = minibatchCovariance(population.covariance, gradients.length, batch, other);
        if (batch > 1 && maxAbs(population.covariance) > 1e-6 * maxAbs(gradients) ** 2)
          expect(maxAbsDiff(exact.covariance, wrong)).toBeGreaterThan(
            covarianceTolerance(gradients, population.covariance),
          );
      },
    );

  prop([dataset.filter(({ gradients, batch }) => gradients.length ** batch <= 3125)], { numRuns: 60 })(
    "with replacement, grouping tuples by multiset changes nothing: equal to listing all n^B ordered tuples",
    ({ gradients, batch }) => {
      const grouped = enumeratedMinibatchMoments(gradients, batch, "with-replacement");
      const literal = tupleMoments(gradients, batch);
      const tol = covarianceTolerance(gradients, populationMoments(gradients).covariance);
      grouped.mean.forEach((m, a) =>
        expect(Math.abs(m - literal.mean[a]!)).toBeLessThanOrEqual(1e-12 * maxAbs(gradients)),
      );
      expect(maxAbsDiff(grouped.covariance, literal.covariance)).toBeLessThanOrEqual(tol);
    },
  );

  prop([dataset])("B = n without replacement: one batch, ĝ = ḡ exactly, zero covariance", ({ gradients }) => {
    const n = gradients.length;
    const { covariance } = enumeratedMinibatchMoments(gradients, n, "without-replacement");
    expect(maxAbs(covariance)).toBe(0);
    expect(
      maxAbs(minibatchCovariance(populationMoments(gradients).covariance, n, n, "without-replacement")),
    ).toBe(0);
  });

  test("n = B = 10 with replacement enumerates C(19, 10) = 92378 multisets in well under a second", () => {
    const gradients = Array.from({ length: 10 }, (_, i) => [i, (i * i) % 7]);
    const exact = enumeratedMinibatchMoments(gradients, 10, "with-replacement");
    const predicted = predictedMinibatchMoments(gradients, 10, "with-replacement");
    // 92378 weighted terms summed: ~1e-13 relative round-off, inside the 1e-12 tolerance.
    expect(maxAbsDiff(exact.covariance, predicted.covariance)).toBeLessThanOrEqual(
      covarianceTolerance(gradients, populationMoments(gradients).covariance),
    );
  });
});

describe("B1 — batch size validation", () => {
  const gradients = Array.from({ length: 8 }, (_, i) => [i, -i]);
  const invalid = [0, -1, 9, 2.5, Number.NaN];
  const expected = (b: number) => `batch: must be an integer in [1, n=8], got ${b}`;

  test("0, −1, n+1, 2.5 and NaN are one-line FieldErrors naming `batch`, from every entry point", () => {
    for (const b of invalid) {
      const builds: (() => unknown)[] = [
        () => assertBatchSize(b, 8),
        () => minibatchCovarianceFactor(8, b, "with-replacement"),
        () => predictedMinibatchMoments(gradients, b, "without-replacement"),
        () => enumeratedMinibatchMoments(gradients, b, "with-replacement"),
        () => minibatchSampler(8, b, "without-replacement"),
      ];
      for (const build of builds) {
        const e = fieldError(build);
        expect(e.field).toBe("batch");
        expect(e.message).toBe(expected(b));
        expect(e.message).not.toContain("\n");
      }
    }
  });

  test("bad datasets are FieldErrors naming the entry", () => {
    expect(fieldError(() => populationMoments([])).field).toBe("gradients");
    expect(fieldError(() => populationMoments([[1, 2], [3]])).message).toBe(
      "gradients[1]: has 1 entries, expected d = 2 (as gradients[0])",
    );
    expect(fieldError(() => populationMoments([[1], [Number.POSITIVE_INFINITY]])).field).toBe(
      "gradients[1][0]",
    );
  });
});

describe("minibatch samplers", () => {
  test("uniformIndex rejects the incomplete last block (a biased u % m would not)", () => {
    // m = 3: 2^32 mod 3 = 1, so the single word 2^32 − 1 is rejected and the next word (7 → 1) is used.
    const words = [4294967295, 7];
    const source: Uint32Source = { nextUint32: () => words.shift()! };
    expect(uniformIndex(source, 3)).toBe(1);
    expect(words).toHaveLength(0);
    const rng = Xoshiro128.fromName("minibatch/uniform-index");
    const counts = new Array<number>(7).fill(0);
    for (let k = 0; k < 7000; k++) counts[uniformIndex(rng, 7)]!++;
    expect(chiSquaredGoodnessOfFit(counts, new Array(7).fill(1 / 7)).p).toBeGreaterThan(ALPHA);
  });

  test("with replacement: indices and ordered tuples are uniform (χ², α = 1e-6); draws reuse one array", () => {
    const n = 5;
    const batch = 3;
    const sampler = minibatchSampler(n, batch, "with-replacement");
    const rng = Xoshiro128.fromName("minibatch/with-replacement");
    const draws = 5000;
    const byIndex = new Array<number>(n).fill(0);
    const byTuple = new Array<number>(n ** batch).fill(0);
    let repeats = 0;
    for (let t = 0; t < draws; t++) {
      const idx = sampler.draw(rng);
      expect(idx).toBe(sampler.indices);
      let code = 0;
      for (let k = 0; k < batch; k++) {
        byIndex[idx[k]!]!++;
        code = code * n + idx[k]!;
      }
      byTuple[code]!++;
      if (new Set(idx).size < batch) repeats++;
    }
    expect(chiSquaredGoodnessOfFit(byIndex, new Array(n).fill(1 / n)).p).toBeGreaterThan(ALPHA);
    // 125 bins at 40 expected each: the χ² approximation is good (every expected count ≥ 5).
    expect(chiSquaredGoodnessOfFit(byTuple, new Array(n ** batch).fill(n ** -batch)).p).toBeGreaterThan(
      ALPHA,
    );
    // A repeat has probability 1 − (5·4·3)/125 = 0.52: with replacement must produce them.
    expect(repeats).toBeGreaterThan(0.4 * draws);
  });

  test("without replacement: distinct indices, uniform B-subsets and uniform positions (χ², α = 1e-6)", () => {
    const n = 6;
    const batch = 3;
    const sampler = minibatchSampler(n, batch, "without-replacement");
    expect(sampler.indices).toHaveLength(batch);
    const rng = Xoshiro128.fromName("minibatch/without-replacement");
    const draws = 6000;
    const subsets = new Map<number, number>();
    const byPosition = Array.from({ length: batch }, () => new Array<number>(n).fill(0));
    for (let t = 0; t < draws; t++) {
      const idx = sampler.draw(rng);
      expect(idx).toBe(sampler.indices);
      let mask = 0;
      for (let k = 0; k < batch; k++) {
        const i = idx[k]!;
        expect(i >= 0 && i < n).toBe(true);
        mask |= 1 << i;
        byPosition[k]![i]!++;
      }
      expect(new Set(idx).size).toBe(batch);
      subsets.set(mask, (subsets.get(mask) ?? 0) + 1);
    }
    // C(6, 3) = 20 subsets, 300 expected each.
    expect(subsets.size).toBe(20);
    expect(chiSquaredGoodnessOfFit([...subsets.values()], new Array(20).fill(1 / 20)).p).toBeGreaterThan(
      ALPHA,
    );
    for (const counts of byPosition)
      expect(chiSquaredGoodnessOfFit(counts, new Array(n).fill(1 / n)).p).toBeGreaterThan(ALPHA);
  });

  test("B = n without replacement draws a permutation of all samples; n = B = 1 always draws 0", () => {
    const rng = Xoshiro128.fromName("minibatch/full");
    const full = minibatchSampler(9, 9, "without-replacement");
    for (let t = 0; t < 50; t++)
      expect([...full.draw(rng)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    for (const sampling of MINIBATCH_SAMPLINGS)
      expect([...minibatchSampler(1, 1, sampling).draw(rng)]).toEqual([0]);
  });

  test("minibatchMeanGradient averages the drawn rows", () => {
    const gradients = [
      [1, 10],
      [2, 20],
      [4, 40],
      [8, 80],
    ];
    const out = minibatchMeanGradient(gradients, Int32Array.of(0, 3, 3), new Float64Array(2));
    expect(out[0]).toBeCloseTo(17 / 3, 14);
    expect(out[1]).toBeCloseTo(170 / 3, 13);
  });
});
