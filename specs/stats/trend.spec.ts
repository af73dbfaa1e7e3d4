import { describe, expect, test } from "vitest";
import { binomialTest } from "../../src/stats/tests.ts";
import { trendFit } from "../../src/stats/trend.ts";
import { normals } from "../support/random.ts";

describe("trend fit (weighted straight line with nuisance columns)", () => {
  test("exact data: slope and intercept recovered, local slopes equal, no inflation", () => {
    const x = [1, 2, 3, 4, 5];
    const y = x.map((v) => 0.5 + 2 * v);
    const f = trendFit(
      x,
      y,
      x.map(() => 0.1),
      0.05,
    );
    expect(f.slope).toBeCloseTo(2, 13);
    expect(f.intercept).toBeCloseTo(0.5, 13);
    expect(f.localSlopes.every((s) => Math.abs(s - 2) < 1e-12)).toBe(true);
    expect(f.inflation).toBe(1);
  });

  test("a point measured twice at one x (brute force and splitting at an overlap η) adds no local slope", () => {
    const x = [1, 2, 3, 3, 4, 5];
    const y = [2.5, 4.5, 6.4, 6.6, 8.5, 10.5];
    const f = trendFit(
      x,
      y,
      x.map(() => 0.1),
      0.05,
    );
    expect(f.localSlopes).toHaveLength(4);
    expect(f.localSlopes.every(Number.isFinite)).toBe(true);
    expect(f.slope).toBeCloseTo(2, 1);
  });

  test("a nuisance term is fitted, not charged to the slope (Kifer's c·η)", () => {
    const eta = [0.1, 0.05, 0.03, 0.02, 0.01, 0.005];
    const x = eta.map((e) => Math.log(1 / e));
    const y = eta.map((e, i) => 1 + 0.5 * x[i]! + 3 * e);
    const straight = trendFit(
      x,
      y,
      x.map(() => 0.01),
      0.05,
    );
    const fitted = trendFit(
      x,
      y,
      x.map(() => 0.01),
      0.05,
      { nuisance: [eta] },
    );
    expect(Math.abs(straight.slope - 0.5)).toBeGreaterThan(0.01);
    expect(fitted.slope).toBeCloseTo(0.5, 12);
  });

  test("a bent trend inflates the slope SE by √(χ²/df) instead of hiding behind small SEs", () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = x.map((v) => v + 0.3 * v * v);
    const f = trendFit(
      x,
      y,
      x.map(() => 0.01),
      0.05,
    );
    expect(f.inflation).toBeGreaterThan(10);
    expect(f.se).toBeCloseTo(f.inflation * (f.se / f.inflation), 15);
  });

  test("needs more points than coefficients", () => {
    expect(() => trendFit([1, 2], [1, 2], [1, 1], 0.05)).toThrow(/at least 3/);
  });

  test("coverage of the slope interval over 2000 noisy lines (7 points, known SEs) at α = 0.1", () => {
    const K = 2000;
    const alpha = 0.1;
    const x = [0, 1, 2, 3, 4, 5, 6];
    const se = x.map((v) => 0.05 * (1 + v));
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const z = normals(`trend/${k}`, x.length);
      const y = x.map((v, i) => 1 + 0.7 * v + se[i]! * z[i]!);
      const f = trendFit(x, y, se, alpha);
      if (!(f.interval[0] <= 0.7 && 0.7 <= f.interval[1])) misses++;
    }
    // The √(χ²/df) inflation only ever widens the interval (on ≈ 42% of lines with 5 df), so the interval may
    // be conservative but must never undercover: not significantly more misses than α·K, and not so few that
    // the interval would be useless (its width is within ×1.3 of the exact one whenever χ²/df ≲ 1.7).
    expect(binomialTest(misses, K, alpha, "greater").p, `${misses} misses of ${K}`).toBeGreaterThan(1e-6);
    expect(misses).toBeGreaterThan(0.4 * alpha * K);
  });
});
