import { describe, expect, test } from "vitest";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { normalQuantile } from "../../src/stats/quantiles.ts";
import { proportionDifference } from "../../src/stats/tests.ts";
import { expectCoverage } from "../support/coverage.ts";

describe("difference of two proportions (unpooled Wald)", () => {
  test("known values", () => {
    const d = proportionDifference(60, 100, 40, 100, 0.05);
    expect(d.estimate).toBeCloseTo(0.2, 15);
    expect(d.se).toBeCloseTo(Math.sqrt((0.6 * 0.4) / 100 + (0.4 * 0.6) / 100), 15);
    const z = normalQuantile(0.975);
    expect(d.interval[0]).toBeCloseTo(0.2 - z * d.se, 14);
    expect(d.interval[1]).toBeCloseTo(0.2 + z * d.se, 14);
  });

  test("refuses counts that are not 0 ≤ k ≤ n", () => {
    expect(() => proportionDifference(5, 4, 1, 4, 0.05)).toThrow(/0 ≤ k ≤ n/);
  });

  test("coverage over 2000 pairs of binomial samples (n = 2000, p = 0.3 and 0.45) at α = 0.1", () => {
    const K = 2000;
    const alpha = 0.1;
    let misses = 0;
    const rng = Xoshiro128.fromName("proportion-difference");
    const binomial = (n: number, p: number) => {
      let k = 0;
      for (let i = 0; i < n; i++) if (rng.nextOpenUnit() < p) k++;
      return k;
    };
    for (let r = 0; r < K; r++) {
      const d = proportionDifference(binomial(2000, 0.45), 2000, binomial(2000, 0.3), 2000, alpha);
      if (!(d.interval[0] <= 0.15 && 0.15 <= d.interval[1])) misses++;
    }
    expectCoverage(misses, K, alpha, "difference of proportions");
  });
});
