import { describe, expect, test } from "vitest";
import { meanInterval } from "../../src/stats/estimators.ts";
import { ratioOfMeans } from "../../src/stats/ratio.ts";
import { expectCoverage } from "../support/coverage.ts";
import { exponentials } from "../support/random.ts";

describe("ratio of two means (delta method on the log)", () => {
  test("known values: R, SE(ln R) = √((s₁/m₁)² + (s₂/m₂)²), exp(ln R ± z·SE)", () => {
    const r = ratioOfMeans({ mean: 4, se: 0.4 }, { mean: 2, se: 0.1 }, 0.05);
    expect(r.ratio).toBe(2);
    expect(r.seLog).toBeCloseTo(Math.hypot(0.1, 0.05), 15);
    const z = 1.959963984540054;
    expect(r.interval[0]).toBeCloseTo(2 * Math.exp(-z * r.seLog), 14);
    expect(r.interval[1]).toBeCloseTo(2 * Math.exp(z * r.seLog), 14);
    expect(r.interval[0] * r.interval[1]).toBeCloseTo(4, 12); // symmetric on the log scale
  });

  test("refuses non-positive means (a ratio of exit counts is of positive numbers)", () => {
    expect(() => ratioOfMeans({ mean: 0, se: 1 }, { mean: 1, se: 1 }, 0.05)).toThrow(/positive/);
  });

  test("coverage over 2000 pairs of exponential samples (n = 1000 each, true ratio 3) at α = 0.1", () => {
    const K = 2000;
    const alpha = 0.1;
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const a = meanInterval(Array.from(exponentials(`ratio/a/${k}`, 1000, 3)), alpha);
      const b = meanInterval(Array.from(exponentials(`ratio/b/${k}`, 1000, 1)), alpha);
      const r = ratioOfMeans({ mean: a.estimate, se: a.se }, { mean: b.estimate, se: b.se }, alpha);
      if (!(r.interval[0] <= 3 && 3 <= r.interval[1])) misses++;
    }
    expectCoverage(misses, K, alpha, "ratio of exponential means");
  });
});
