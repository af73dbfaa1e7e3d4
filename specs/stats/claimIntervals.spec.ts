/**
 * Coverage over many streams of the intervals claims use that have no coverage spec of their own elsewhere
 * (the others: estimators, ratio, pooledRatio, standardDeviation, meanExitTime, censoredExponential, trend,
 * regression, dispersion, proportionDifference specs):
 *   - proportions (S3's sign balance and alignment, S4's escape fractions, M4's saddle choice): Clopper–Pearson;
 *   - M2's distance of the exit law from the exponential family: D̂ ∓ DKW ε, whose truth is 0 for exponential
 *     exits (censored at a horizon, as the claim's runs are).
 * Both are conservative by construction, so misses may be fewer than α·K but never significantly more.
 */
import { describe, test } from "vitest";
import { dkwEpsilon, nearestExponentialDistance } from "../../src/stats/exponentialDistance.ts";
import { proportionEstimate } from "../../src/stats/tests.ts";
import { expectConservativeCoverage } from "../support/coverage.ts";
import { exponentials, uniforms } from "../support/random.ts";

describe("coverage of the claims' proportion and exponential-law intervals", () => {
  test.each([
    [0.5, 400],
    [0.03, 1000],
    [0.995, 2000],
  ])("Clopper–Pearson at p = %s, n = %s: 3000 replications at α = 0.1", (p, n) => {
    const K = 3000;
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const u = uniforms(`claimIntervals/cp/${p}/${k}`, n);
      let hits = 0;
      for (const v of u) if (v < p) hits++;
      const r = proportionEstimate(hits, n, 0.1);
      if (!(r.interval[0] <= p && p <= r.interval[1])) misses++;
    }
    expectConservativeCoverage(misses, K, 0.1, `Clopper–Pearson p = ${p}`);
  });

  test("nearest-exponential distance: D̂ − ε ≤ 0 for censored exponential exits (n = 2000, 30% censored), 1000 replications at α = 0.1", () => {
    const K = 1000;
    const n = 2000;
    const mean = 50;
    const horizon = mean * Math.log(1 / 0.3);
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const t = exponentials(`claimIntervals/dkw/${k}`, n, mean);
      const exits = Float64Array.from(t.filter((x) => x <= horizon)).sort();
      const d = nearestExponentialDistance(exits, n, horizon, mean);
      if (d.distance - dkwEpsilon(n, 0.1) > 0) misses++;
    }
    expectConservativeCoverage(misses, K, 0.1, "DKW band of the exponential distance");
  });
});
