/** Hypothesis tests: reference values (scipy 1.17), defining equations, KS calibration and power. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalCdf } from "../../src/stats/quantiles.ts";
import {
  binomialCdf,
  binomialTest,
  binomialUpperTail,
  chiSquaredGoodnessOfFit,
  clopperPearson,
  kolmogorovSmirnovTest,
  kolmogorovSurvival,
  twoProportionZTest,
  zTestDifference,
} from "../../src/stats/tests.ts";
import { normals } from "../support/random.ts";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("z tests", () => {
  test("difference of two estimates", () => {
    const { z, p } = zTestDifference({ estimate: 1, se: 0.3 }, { estimate: 0.5, se: 0.4 });
    expect(z).toBeCloseTo(1, 14);
    expect(rel(p, 0.31731050786291415)).toBeLessThan(1e-13);
    expect(zTestDifference({ estimate: 1, se: 0.3 }, { estimate: 0.5, se: 0.4 }, "greater").p).toBeCloseTo(
      0.31731050786291415 / 2,
      14,
    );
  });

  test("two proportions (pooled)", () => {
    const { z, p } = twoProportionZTest(45, 100, 30, 100);
    expect(rel(z, 2.1908902300206647)).toBeLessThan(1e-13);
    expect(rel(p, 0.02845973691631055)).toBeLessThan(1e-12);
  });
});

describe("Kolmogorov–Smirnov", () => {
  test.each([
    [0.3, 0.9999906941986655],
    [0.5, 0.9639452436648751],
    [1.0, 0.26999967167735456],
    [1.36, 0.049485876755377876],
    [2.5, 7.453306344157342e-6],
  ])("Kolmogorov survival at %d", (lambda, expected) => {
    expect(rel(kolmogorovSurvival(lambda), expected)).toBeLessThan(1e-10);
  });

  test("statistic on a hand-computed sample", () => {
    const result = kolmogorovSmirnovTest([0.7, 0.1, 0.4], (x) => x);
    expect(result.dPlus).toBeCloseTo(0.3, 15);
    expect(result.dMinus).toBeCloseTo(0.1, 15);
    expect(result.statistic).toBeCloseTo(0.3, 15);
  });

  test("sorted fast path = sorting path; unsorted input marked sorted is refused", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 100 }),
        (xs) => {
          const sorted = Float64Array.from(xs).sort();
          const a = kolmogorovSmirnovTest(xs, (x) => x);
          const b = kolmogorovSmirnovTest(sorted, (x) => x, { sorted: true });
          expect(b).toStrictEqual(a);
          const reversed = [...sorted].reverse();
          if (reversed[0] !== reversed[reversed.length - 1]) {
            expect(() => kolmogorovSmirnovTest(reversed, (x) => x, { sorted: true })).toThrow(RangeError);
          }
        },
      ),
    );
  });

  test("p-values are uniform under the null, and a 0.25σ shift is detected", () => {
    const replications = 300;
    const z = normals("specs/stats/tests/ks-null", 200 * replications);
    const pValues: number[] = [];
    for (let r = 0; r < replications; r++) {
      const sample = z.subarray(200 * r, 200 * (r + 1));
      pValues.push(kolmogorovSmirnovTest(sample, normalCdf).p);
    }
    // Calibration: the p-values themselves pass a KS test for Uniform(0,1) at 1e-3, and about 10% fall below 0.1.
    expect(kolmogorovSmirnovTest(pValues, (u) => Math.min(1, Math.max(0, u))).p).toBeGreaterThan(1e-3);
    const below = pValues.filter((p) => p < 0.1).length;
    expect(Math.abs(below - 30)).toBeLessThan(4.5 * Math.sqrt(replications * 0.09));
    // Power: n = 2000 shifted by 0.25σ gives D ≈ 0.1, λ ≈ 4.4: p ≈ 1e-16.
    const shifted = normals("specs/stats/tests/ks-power", 2000).map((v) => v + 0.25);
    expect(kolmogorovSmirnovTest(shifted, normalCdf).p).toBeLessThan(1e-6);
  });
});

describe("Pearson χ²", () => {
  test("reference value", () => {
    const result = chiSquaredGoodnessOfFit([18, 22, 30, 30], [0.25, 0.25, 0.25, 0.25]);
    expect(result.statistic).toBeCloseTo(4.32, 12);
    expect(result.df).toBe(3);
    expect(rel(result.p, 0.22891886433610517)).toBeLessThan(1e-12);
    expect(() => chiSquaredGoodnessOfFit([1, 2], [0.5, 0.6])).toThrow(RangeError);
  });
});

describe("binomial", () => {
  test.each([
    [7, 20, 0.2, 0.09822172861346881, 0.9678573369191248, 0.08669251356740035],
    [3, 50, 0.2, 0.011917135597017944, 0.005656361012155322, 0.9987145850467567],
    [480, 1000, 0.5, 0.2174482932041415, 0.10872414660207075, 0.9026168357691174],
    [530, 1000, 0.5, 0.06202319509836343, 0.973161075177495, 0.031011597549181716],
    [0, 10, 0.3, 0.0388396033, 0.028247524900000005, 1.0],
    [10, 10, 0.3, 0.0000059048999999999975, 1.0, 0.0000059048999999999975],
  ])("exact test k=%d n=%d p0=%d", (k, n, p0, twoSided, less, greater) => {
    expect(rel(binomialTest(k, n, p0).p, twoSided)).toBeLessThan(1e-10);
    expect(rel(binomialTest(k, n, p0, "less").p, less)).toBeLessThan(1e-10);
    expect(rel(binomialTest(k, n, p0, "greater").p, greater)).toBeLessThan(1e-10);
  });

  // mpmath at 40 digits (scipy's exact-CI endpoints differ from these by up to 1.5e-11 relative).
  test.each([
    [7, 20, 0.15390920478454115, 0.5921885345328281],
    [0, 10, 0, 0.3084971078187608],
    [10, 10, 0.6915028921812392, 1],
    [1, 1000, 0.000025317487491294045, 0.005558924279826672],
  ])("Clopper–Pearson k=%d n=%d", (k, n, lo, hi) => {
    const [a, b] = clopperPearson(k, n, 0.05);
    expect(Math.abs(a - lo)).toBeLessThanOrEqual(1e-12 * lo);
    expect(rel(b, hi)).toBeLessThan(1e-12);
  });

  const trialsAndSuccesses = fc
    .integer({ min: 2, max: 5000 })
    .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n - 1 })));
  test("Clopper–Pearson ends solve P(X ≥ k | lo) = α/2 and P(X ≤ k | hi) = α/2", () => {
    fc.assert(
      fc.property(trialsAndSuccesses, fc.double({ min: 1e-6, max: 0.2, noNaN: true }), ([n, k], alpha) => {
        const [lo, hi] = clopperPearson(k, n, alpha);
        expect(lo).toBeLessThan(k / n);
        expect(hi).toBeGreaterThan(k / n);
        // Rounding p to a double moves 1 − p by ~1e-16 absolute, which moves a binomial tail by up to
        // (n + 1)·1e-16/min(p, 1 − p) relative: the check itself cannot be sharper than that.
        const conditioning = (p: number) => 1e-11 + ((n + 1) * 2.2e-16) / Math.min(p, 1 - p);
        expect(rel(binomialUpperTail(k, n, lo), alpha / 2)).toBeLessThan(conditioning(lo));
        expect(rel(binomialCdf(k, n, hi), alpha / 2)).toBeLessThan(conditioning(hi));
      }),
    );
  });
});
