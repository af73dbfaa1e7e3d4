/** Means, t intervals and Welford moments: known values, streaming = batch, merge = concatenation, coverage. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  mean,
  meanInterval,
  mergeAllMoments,
  mergeMoments,
  RunningMoments,
  standardError,
  variance,
} from "../../src/stats/estimators.ts";
import { real } from "../support/numbers.ts";
import { normals } from "../support/random.ts";

const values = fc.array(real(-1e3, 1e3), { minLength: 2, maxLength: 200 });

describe("estimators", () => {
  test("known values", () => {
    const xs = [1, 2, 3, 4, 5];
    expect(mean(xs)).toBe(3);
    expect(variance(xs)).toBeCloseTo(2.5, 14);
    expect(standardError(xs)).toBeCloseTo(Math.sqrt(0.5), 14);
    const { interval, n } = meanInterval(xs, 0.05);
    expect(n).toBe(5);
    // t_{0.975}(4)·√(2.5/5) from scipy.
    expect(interval[1] - 3).toBeCloseTo(1.9632431614775572, 12);
    expect(3 - interval[0]).toBeCloseTo(1.9632431614775572, 12);
  });

  test("too few observations throw", () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => variance([1])).toThrow(RangeError);
  });

  test("streaming (Welford) = batch", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const running = new RunningMoments().pushAll(xs);
        const scale = Math.max(1, ...xs.map(Math.abs));
        expect(Math.abs(running.mean - mean(xs))).toBeLessThan(1e-12 * scale);
        expect(Math.abs(running.variance - variance(xs))).toBeLessThan(1e-9 * scale * scale);
      }),
    );
  });

  test("merge of two blocks = one pass over their concatenation", () => {
    fc.assert(
      fc.property(values, fc.nat(), (xs, cut) => {
        const k = cut % (xs.length + 1);
        const left = new RunningMoments().pushAll(xs.slice(0, k));
        const right = new RunningMoments().pushAll(xs.slice(k));
        const merged = RunningMoments.merge(left, right);
        const whole = new RunningMoments().pushAll(xs);
        const scale = Math.max(1, ...xs.map(Math.abs));
        expect(merged.n).toBe(whole.n);
        expect(Math.abs(merged.mean - whole.mean)).toBeLessThan(1e-12 * scale);
        expect(Math.abs(merged.m2 - whole.m2)).toBeLessThan(1e-9 * scale * scale * xs.length);
      }),
    );
  });

  test("merging blocks in a fixed order is bit-reproducible and empty blocks are neutral", () => {
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 8 }), (blocks) => {
        const states = blocks.map((b) => new RunningMoments().pushAll(Float64Array.from(b)).state());
        const once = mergeAllMoments(states);
        const again = mergeAllMoments(states.map((s) => ({ ...s })));
        expect(again).toStrictEqual(once);
        expect(mergeMoments(once, { n: 0, mean: 0, m2: 0 })).toStrictEqual(once);
      }),
    );
  });

  test("t-interval coverage on normal samples of size 5 is 1 − α within a binomial band", () => {
    // n = 5 makes the check bite: a z interval here would cover ~0.82, not 0.90.
    const replications = 2000;
    const alpha = 0.1;
    const z = normals("specs/stats/estimators/t-coverage", 5 * replications);
    let covered = 0;
    for (let r = 0; r < replications; r++) {
      const xs = Array.from({ length: 5 }, (_, i) => 1.5 + 2 * z[5 * r + i]!);
      const { interval } = meanInterval(xs, alpha);
      if (interval[0] <= 1.5 && 1.5 <= interval[1]) covered += 1;
    }
    // ±4.5 binomial SDs: a false alarm rate below 1e-5.
    const sd = Math.sqrt(replications * alpha * (1 - alpha));
    expect(Math.abs(covered - replications * (1 - alpha))).toBeLessThan(4.5 * sd);
  });
});
