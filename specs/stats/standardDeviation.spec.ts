import { describe, expect, test } from "vitest";
import { standardDeviationInterval } from "../../src/stats/standardDeviation.ts";
import { expectCoverage } from "../support/coverage.ts";
import { exponentials, normals } from "../support/random.ts";

describe("sample standard deviation with a kurtosis-based interval", () => {
  test("known values: s, kurtosis m₄/m₂², SE = s·√((κ − 1)/(4n))", () => {
    const xs = [1, 2, 3, 4, 10];
    const r = standardDeviationInterval(xs, 0.05);
    const mean = 4;
    const d = xs.map((x) => x - mean);
    const m2 = d.reduce((s, v) => s + v * v, 0);
    const m4 = d.reduce((s, v) => s + v ** 4, 0);
    expect(r.sd).toBeCloseTo(Math.sqrt(m2 / 4), 14);
    expect(r.kurtosis).toBeCloseTo(m4 / 5 / (m2 / 5) ** 2, 14);
    expect(r.se).toBeCloseTo(r.sd * Math.sqrt((r.kurtosis - 1) / 20), 14);
  });

  test("bad input", () => {
    expect(() => standardDeviationInterval([1, 2], 0.05)).toThrow(/≥ 3 values/);
    expect(() => standardDeviationInterval([1, 2, 3], 1)).toThrow(/alpha/);
  });

  test("coverage on exponential samples (n = 4000, SD 2), 2000 replications at α = 0.1", () => {
    const K = 2000;
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const r = standardDeviationInterval(exponentials(`sd/exp/${k}`, 4000, 2), 0.1);
      if (!(r.interval[0] <= 2 && 2 <= r.interval[1])) misses++;
    }
    expectCoverage(misses, K, 0.1, "SD interval, exponential");
  });

  test("coverage on normal samples (n = 1000, SD 1), 2000 replications at α = 0.1", () => {
    const K = 2000;
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const r = standardDeviationInterval(normals(`sd/normal/${k}`, 1000), 0.1);
      if (!(r.interval[0] <= 1 && 1 <= r.interval[1])) misses++;
    }
    expectCoverage(misses, K, 0.1, "SD interval, normal");
  });
});
