import { describe, expect, test } from "vitest";
import { bandRoom, nonPassProbability, plannedSe } from "../../src/stats/power.ts";
import { normalQuantile } from "../../src/stats/quantiles.ts";
import { fc, prop } from "../support/prop.ts";
import { normals } from "../support/random.ts";

describe("power of an equivalence assertion (interval inside band)", () => {
  test("room: distances from the truth (prediction + bias) to the edges; an edge at the prediction is a bound", () => {
    expect(bandRoom({ predicted: 1, lo: 0.9, hi: 1.1 })).toEqual({
      below: 0.09999999999999998,
      above: 0.10000000000000009,
    });
    const biased = bandRoom({ predicted: 1, lo: 0.9, hi: 1.1 }, 0.02);
    expect(biased.below).toBeCloseTo(0.12, 14);
    expect(biased.above).toBeCloseTo(0.08, 14);
    expect(bandRoom({ predicted: 1, lo: 0.99, hi: 1 })).toEqual({
      below: 0.010000000000000009,
      above: Number.POSITIVE_INFINITY,
    });
  });

  test("a declared bound away from the prediction (a positive ratio's 0) leaves no room to plan for", () => {
    const ratio = bandRoom({ predicted: 0.18, lo: 0, hi: 1, bound: "lo" });
    expect(ratio).toEqual({ below: Number.POSITIVE_INFINITY, above: 0.8200000000000001 });
    // Only the real edge counts: the planned SE is the one-edge r/(z(α/2) + z(β)).
    const alpha = 1e-4;
    const beta = 1e-4;
    const se = plannedSe(ratio, alpha, beta);
    expect(se).toBeCloseTo(0.82 / (normalQuantile(1 - alpha / 2) + normalQuantile(1 - beta)), 12);
    expect(bandRoom({ predicted: 0.3, lo: 0, hi: 1, bound: "hi" }).above).toBe(Number.POSITIVE_INFINITY);
  });

  test("β(SE) by Monte Carlo: the fraction of normal estimates whose interval leaves the band", () => {
    const room = bandRoom({ predicted: 0, lo: -1, hi: 1 }, 0.1);
    const se = 0.25;
    const alpha = 0.01;
    const z = normalQuantile(1 - alpha / 2);
    const draws = normals("power/beta", 200_000);
    let nonPass = 0;
    for (const d of draws) {
      const est = 0.1 + se * d;
      if (!(est - z * se >= -1 && est + z * se <= 1)) nonPass++;
    }
    const beta = nonPassProbability(room, se, alpha);
    const p = nonPass / draws.length;
    expect(Math.abs(p - beta)).toBeLessThan(5 * Math.sqrt((beta * (1 - beta)) / draws.length));
  });

  prop(
    [
      fc.double({ min: 0.01, max: 1, noNaN: true }),
      fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      fc.double({ min: 1e-8, max: 0.1, noNaN: true }),
      fc.double({ min: 1e-8, max: 0.2, noNaN: true }),
    ],
    { numRuns: 200 },
  )(
    "the planned SE meets its β, counting both edges, and is the largest that does",
    (h, biasFrac, alpha, beta) => {
      const room = bandRoom({ predicted: 0, lo: -h, hi: h }, biasFrac * h);
      const se = plannedSe(room, alpha, beta);
      expect(se).toBeGreaterThan(0);
      expect(nonPassProbability(room, se, alpha)).toBeLessThanOrEqual(beta * (1 + 1e-9) + 1e-15);
      // …and it is the largest such SE: 1.001× it has a larger β.
      expect(nonPassProbability(room, 1.001 * se, alpha)).toBeGreaterThan(beta);
    },
  );

  test("no room (bias beyond the edge): planned SE 0, β = 1 at any SE", () => {
    const room = bandRoom({ predicted: 0, lo: -0.1, hi: 0.1 }, 0.2);
    expect(plannedSe(room, 0.01, 0.01)).toBe(0);
    expect(nonPassProbability(room, 0, 0.01)).toBe(1);
  });
});
