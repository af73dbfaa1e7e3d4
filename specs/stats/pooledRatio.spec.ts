import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { meanInterval } from "../../src/stats/estimators.ts";
import { pooledRatio } from "../../src/stats/pooledRatio.ts";
import { expectCoverage } from "../support/coverage.ts";
import { normals } from "../support/random.ts";

describe("pooled ratio of estimates to exact references (WLS through the origin)", () => {
  test("known values: R = Σ m e/s² / Σ e²/s², SE = 1/√(Σ e²/s²), χ² about R", () => {
    const r = pooledRatio([2.2, 3.9], [0.1, 0.2], [2, 4], 0.05);
    const info = 4 / 0.01 + 16 / 0.04;
    expect(r.ratio).toBeCloseTo((2.2 * 2) / 0.01 / info + (3.9 * 4) / 0.04 / info, 14);
    expect(r.se).toBeCloseTo(1 / Math.sqrt(info), 14);
    expect(r.pointRatios).toEqual([2.2 / 2, 3.9 / 4]);
    const chi2 = ((2.2 - r.ratio * 2) / 0.1) ** 2 + ((3.9 - r.ratio * 4) / 0.2) ** 2;
    expect(r.chi2).toBeCloseTo(chi2, 12);
    expect(r.interval[1] - r.ratio).toBeCloseTo(1.959963984540054 * r.se, 12);
  });

  test("exact data give R exactly and χ² = 0, whatever the signs and SEs", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            e: fc.double({ min: 0.01, max: 10, noNaN: true }).chain((v) => fc.constantFrom(v, -v)),
            s: fc.double({ min: 1e-3, max: 1, noNaN: true }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (points, R) => {
          const r = pooledRatio(
            points.map((p) => R * p.e),
            points.map((p) => p.s),
            points.map((p) => p.e),
            0.05,
          );
          expect(r.ratio).toBeCloseTo(R, 9);
          expect(r.chi2).toBeLessThan(1e-12);
        },
      ),
    );
  });

  test("refuses mismatched or empty arrays, zero SEs and zero references (one line naming the field)", () => {
    expect(() => pooledRatio([], [], [], 0.05)).toThrow(/equally long/);
    expect(() => pooledRatio([1], [0], [1], 0.05)).toThrow(/ses\[0\]/);
    expect(() => pooledRatio([1], [1], [0], 0.05)).toThrow(/references\[0\]/);
    expect(() => pooledRatio([1], [1], [1], 0)).toThrow(/alpha/);
  });

  test("coverage with estimated SEs: 3000 replications of 4 points (n = 1000 normals each, R = 0.97) at α = 0.05", () => {
    const K = 3000;
    const alpha = 0.05;
    const refs = [0.5, -0.2, 0.1, 0.04];
    const sds = [1, 0.5, 0.3, 0.2];
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const est = refs.map((e, j) => {
        const x = normals(`pooledRatio/${k}/${j}`, 1000).map((z) => 0.97 * e + sds[j]! * z);
        return meanInterval(Array.from(x), alpha);
      });
      const r = pooledRatio(
        est.map((m) => m.estimate),
        est.map((m) => m.se),
        refs,
        alpha,
      );
      if (!(r.interval[0] <= 0.97 && 0.97 <= r.interval[1])) misses++;
    }
    expectCoverage(misses, K, alpha, "pooled ratio");
  });
});
