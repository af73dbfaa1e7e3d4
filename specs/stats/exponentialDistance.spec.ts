import { describe, expect, test } from "vitest";
import {
  dkwEpsilon,
  exponentialKolmogorovDistance,
  nearestExponentialDistance,
} from "../../src/stats/exponentialDistance.ts";
import { fc, prop } from "../support/prop.ts";
import { exponentials } from "../support/random.ts";

/** Exponential-law distances used by M2: DKW ε, the sup distance on discrete data, and the nearest exponential. */
describe("exponential distance", () => {
  test("DKW ε = √(ln(2/α)/(2n))", () => {
    expect(dkwEpsilon(10000, 0.05)).toBeCloseTo(Math.sqrt(Math.log(40) / 20000), 15);
  });

  test("exact geometric law: the distance is the discreteness of N, ≈ 1/(2 E N)·…, small for large means", () => {
    // Sample-free check: feed the exact quantiles of a geometric law with mean m.
    const m = 500;
    const runs = 20000;
    const p = 1 / m;
    const times = Array.from({ length: runs }, (_, i) =>
      Math.ceil(Math.log1p(-(i + 0.5) / runs) / Math.log1p(-p)),
    );
    const d = exponentialKolmogorovDistance(times, runs, 1e9, m);
    expect(d).toBeLessThan(0.003);
  });

  test("a shifted law is far from the nearest exponential", () => {
    const runs = 5000;
    const times = Array.from(
      { length: runs },
      (_, i) => 100 + Math.ceil(-Math.log1p(-(i + 0.5) / runs) * 10),
    );
    expect(nearestExponentialDistance(times, runs, 1e9, 110).distance).toBeGreaterThan(0.3);
  });

  prop([fc.integer({ min: 50, max: 5000 }), fc.integer({ min: 1, max: 1000 })], { numRuns: 20 })(
    "exponential samples: D̂ ≤ DKW ε(1e-6) and the nearest exponential is no farther than the true one",
    (mean, seed) => {
      const runs = 2000;
      const times = Array.from(exponentials(`expdist/${seed}`, runs, mean), (t) =>
        Math.max(1, Math.ceil(t)),
      ).sort((a, b) => a - b);
      const atTrue = exponentialKolmogorovDistance(times, runs, 1e12, mean + 0.5);
      expect(atTrue).toBeLessThanOrEqual(dkwEpsilon(runs, 1e-6) + 1 / mean);
      const nearest = nearestExponentialDistance(times, runs, 1e12, mean);
      expect(nearest.distance).toBeLessThanOrEqual(atTrue + 1e-12);
    },
  );
});
