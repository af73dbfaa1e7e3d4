import { describe, expect, test } from "vitest";
import { medianAbsoluteSpread } from "../../src/stats/dispersion.ts";
import { normalQuantile } from "../../src/stats/quantiles.ts";
import { expectCoverage } from "../support/coverage.ts";
import { exponentials } from "../support/random.ts";

describe("Brown–Forsythe spread: mean |x − median| with its SE", () => {
  test("known values (odd and even sizes)", () => {
    const odd = medianAbsoluteSpread([1, 2, 3, 4, 10]);
    expect(odd.median).toBe(3);
    expect(odd.mean).toBe((2 + 1 + 0 + 1 + 7) / 5);
    const dev = [2, 1, 0, 1, 7];
    const v = dev.reduce((s, d) => s + (d - 2.2) ** 2, 0) / 4;
    expect(odd.se).toBeCloseTo(Math.sqrt(v / 5), 15);
    const even = medianAbsoluteSpread([4, 1, 3, 2]);
    expect(even.median).toBe(2.5);
    expect(even.mean).toBe(1);
  });

  test("refuses fewer than two values", () => {
    expect(() => medianAbsoluteSpread([1])).toThrow(/at least 2/);
  });

  test("coverage of mean ± z·SE over 2000 exponential samples (n = 2000; truth E|X − ln 2| = ln 2) at α = 0.1", () => {
    // For Exp(1): median ln 2, E|X − ln 2| = ln 2 (the mean absolute deviation about the median of Exp(1)).
    const truth = Math.LN2;
    const K = 2000;
    const alpha = 0.1;
    const z = normalQuantile(1 - alpha / 2);
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const s = medianAbsoluteSpread(Array.from(exponentials(`spread/${k}`, 2000, 1)));
      if (Math.abs(s.mean - truth) > z * s.se) misses++;
    }
    expectCoverage(misses, K, alpha, "Brown–Forsythe spread");
  });
});
