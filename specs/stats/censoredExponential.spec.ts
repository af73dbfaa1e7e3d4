/** Censored exponential MLE: known intervals, unbiasedness and coverage on synthetic data, Kaplan–Meier. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  censoredExponentialFit,
  censoredExponentialGoodnessOfFit,
  kaplanMeier,
} from "../../src/stats/censoredExponential.ts";
import { exponentials } from "../support/random.ts";

/** Exponential exit times censored at `limit`: what a capped simulation returns. */
function censor(times: ArrayLike<number>, limit: number) {
  const exitTimes: number[] = [];
  const censoringTimes: number[] = [];
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t <= limit) exitTimes.push(t);
    else censoringTimes.push(limit);
  }
  return { exitTimes, censoringTimes };
}

describe("censored exponential MLE", () => {
  test("known χ² interval, uncensored (scipy)", () => {
    const fit = censoredExponentialFit(Array(10).fill(1), [], 0.05);
    expect(fit.mean).toBe(1);
    expect(fit.se).toBeCloseTo(1 / Math.sqrt(10), 15);
    expect(fit.interval[0]).toBeCloseTo(0.5437632625030356, 12);
    expect(fit.interval[1]).toBeCloseTo(2.085336691906785, 12);
    expect(fit.rateInterval[0]).toBeCloseTo(1 / 2.085336691906785, 12);
  });

  test("no exits: lower bound only", () => {
    const fit = censoredExponentialFit([], [2.5, 2.5, 2.5], 0.05);
    expect(fit.exits).toBe(0);
    expect(fit.mean).toBe(Number.POSITIVE_INFINITY);
    expect(fit.interval[0]).toBeCloseTo(2.0331377301136264, 12);
    expect(fit.interval[1]).toBe(Number.POSITIVE_INFINITY);
  });

  test("unbiased on 2·10⁵ synthetic runs with 22% censored (|mean − truth| < 4 SE)", () => {
    const { exitTimes, censoringTimes } = censor(
      exponentials("specs/stats/censored/unbiased", 200_000, 2),
      3,
    );
    const fit = censoredExponentialFit(exitTimes, censoringTimes, 1e-3);
    expect(fit.censored).toBeGreaterThan(0.2 * 200_000);
    expect(Math.abs(fit.mean - 2)).toBeLessThan(4 * fit.se);
    expect(fit.interval[0]).toBeLessThan(2);
    expect(fit.interval[1]).toBeGreaterThan(2);
  });

  test("interval covers at ≥ 1 − α under Type-I censoring (2000 experiments of 30 runs)", () => {
    const alpha = 0.1;
    const experiments = 2000;
    const times = exponentials("specs/stats/censored/coverage", 30 * experiments, 2);
    let covered = 0;
    for (let e = 0; e < experiments; e++) {
      const { exitTimes, censoringTimes } = censor(times.subarray(30 * e, 30 * (e + 1)), 2);
      const [lo, hi] = censoredExponentialFit(exitTimes, censoringTimes, alpha).interval;
      if (lo <= 2 && 2 <= hi) covered += 1;
    }
    expect(covered).toBeGreaterThan(
      experiments * (1 - alpha) - 4.5 * Math.sqrt(experiments * alpha * (1 - alpha)),
    );
  });

  test("goodness of fit accounts for censoring: the truth passes, a 10% wrong mean fails", () => {
    const { exitTimes, censoringTimes } = censor(exponentials("specs/stats/censored/gof", 20_000, 2), 3);
    expect(censoredExponentialGoodnessOfFit(exitTimes, censoringTimes.length, 3, 2).p).toBeGreaterThan(1e-3);
    expect(censoredExponentialGoodnessOfFit(exitTimes, censoringTimes.length, 3, 2.2).p).toBeLessThan(1e-6);
  });
});

describe("Kaplan–Meier", () => {
  test("hand-computed curve with ties (exits before censorings)", () => {
    const curve = kaplanMeier([1, 2, 2, 3, 4], [false, false, true, false, true]);
    expect(curve.times).toEqual([1, 2, 3]);
    expect(curve.atRisk).toEqual([5, 4, 2]);
    [0.8, 0.6, 0.3].forEach((s, i) => expect(curve.survival[i]).toBeCloseTo(s, 15));
    expect(curve.se[0]).toBeCloseTo(0.8 * Math.sqrt(1 / 20), 15);
  });

  test("without censoring it is the empirical survival function", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 50 }), (times) => {
        const curve = kaplanMeier(
          times,
          times.map(() => false),
        );
        curve.times.forEach((t, i) => {
          const fractionLater = times.filter((x) => x > t).length / times.length;
          expect(curve.survival[i]).toBeCloseTo(fractionLater, 12);
        });
        expect(curve.events.reduce((a, b) => a + b, 0)).toBe(times.length);
      }),
    );
  });
});
