import { describe, expect, test } from "vitest";
import { meanExitTime } from "../../src/stats/meanExitTime.ts";
import { expectCoverage } from "../support/coverage.ts";
import { exponentials } from "../support/random.ts";

/** Exit times of `runs` exponential runs censored at `horizon`, as the exit runs return them. */
function sample(name: string, runs: number, mean: number, horizon: number) {
  const t = exponentials(name, runs, mean);
  const exitTimes = Float64Array.from(Array.from(t).filter((v) => v <= horizon));
  return { runs, exits: exitTimes.length, censored: runs - exitTimes.length, horizon, exitTimes };
}

describe("mean exit time from runs with a common horizon", () => {
  test("nothing censored: the plain mean with its t interval", () => {
    const s = sample("met/plain", 1000, 5, Number.POSITIVE_INFINITY);
    const e = meanExitTime(s, 0.05);
    expect(e.method).toBe("sample-mean");
    expect(e.mean).toBeCloseTo(Array.from(s.exitTimes).reduce((a, b) => a + b, 0) / 1000, 12);
    expect(e.censored).toBe(0);
  });

  test("censored runs are counted, not dropped: the exponential MLE (total time / exits)", () => {
    const s = sample("met/censored", 1000, 5, 5);
    const e = meanExitTime(s, 0.05);
    expect(e.method).toBe("censored-exponential");
    expect(e.censored).toBeGreaterThan(300);
    const total = Array.from(s.exitTimes).reduce((a, b) => a + b, 0) + s.censored * s.horizon;
    expect(e.mean).toBeCloseTo(total / s.exits, 9);
    // Dropping the censored runs would be biased far low: the MLE is not.
    expect(e.mean).toBeGreaterThan(4);
  });

  test.each([
    ["no censoring", Number.POSITIVE_INFINITY],
    ["≈ 40% censored", 2.5],
  ])("coverage over 2000 samples (n = 500, mean 5), %s, at α = 0.1", (_label, horizon) => {
    const K = 2000;
    const alpha = 0.1;
    let misses = 0;
    for (let k = 0; k < K; k++) {
      const e = meanExitTime(sample(`met/cov/${horizon}/${k}`, 500, 5, horizon), alpha);
      if (!(e.interval[0] <= 5 && 5 <= e.interval[1])) misses++;
    }
    expectCoverage(misses, K, alpha, "mean exit time");
  });
});
