/** Verdicts by interval vs band, the detectable deviation, and sequential escalation. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { stageAlphas } from "../../src/stats/alphaBudget.ts";
import {
  decide,
  decideGreater,
  decideLess,
  detectableDeviation,
  escalate,
  isUnderpowered,
  makeAssertion,
} from "../../src/stats/decision.ts";
import type { AssertionResult, Verdict } from "../../src/stats/types.ts";
import { real } from "../support/numbers.ts";

const point = real(-100, 100);
const interval = fc.tuple(point, point).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);

/** Does [lo, hi] contain x? Used to state the verdicts through points rather than endpoint comparisons. */
const contains = ([lo, hi]: readonly [number, number], x: number) => lo <= x && x <= hi;

describe("decide", () => {
  test("PASS ⇒ every point of the interval is in the band; FAIL ⇒ none is; INCONCLUSIVE ⇒ some are, some not", () => {
    fc.assert(
      fc.property(interval, interval, fc.double({ min: 0, max: 1, noNaN: true }), (iv, band, t) => {
        const verdict = decide(iv, band);
        const inside = (x: number) => contains(band, x);
        const probe = iv[0] + t * (iv[1] - iv[0]);
        if (verdict === "PASS") expect(inside(iv[0]) && inside(iv[1]) && inside(probe)).toBe(true);
        if (verdict === "FAIL") {
          expect(inside(iv[0]) || inside(iv[1]) || inside(probe)).toBe(false);
          expect(contains(iv, band[0]) || contains(iv, band[1])).toBe(false);
        }
        if (verdict === "INCONCLUSIVE") {
          const someIn = inside(iv[0]) || inside(iv[1]) || contains(iv, band[0]);
          expect(someIn).toBe(true);
          expect(inside(iv[0]) && inside(iv[1])).toBe(false);
        }
      }),
    );
  });

  test("the three verdicts on fixed cases", () => {
    expect(decide([1.9, 2.1], [1.8, 2.2])).toBe("PASS");
    expect(decide([2.3, 2.5], [1.8, 2.2])).toBe("FAIL");
    expect(decide([2.1, 2.3], [1.8, 2.2])).toBe("INCONCLUSIVE");
    expect(decide([1.0, 3.0], [1.8, 2.2])).toBe("INCONCLUSIVE");
    expect(() => decide([2, 1], [0, 3])).toThrow(RangeError);
    expect(() => decide([Number.NaN, 1], [0, 3])).toThrow(RangeError);
  });

  test("one-sided verdicts agree with the half-infinite band", () => {
    fc.assert(
      fc.property(interval, point, (iv, threshold) => {
        const greater: Verdict = decideGreater(iv, threshold);
        if (greater === "PASS") expect(iv[0]).toBeGreaterThan(threshold);
        if (greater === "FAIL") expect(iv[1]).toBeLessThan(threshold);
        if (greater === "INCONCLUSIVE") expect(contains(iv, threshold)).toBe(true);
        const less = decideLess(iv, threshold);
        if (less === "PASS") expect(iv[1]).toBeLessThan(threshold);
        if (less === "FAIL") expect(iv[0]).toBeGreaterThan(threshold);
        if (iv[0] !== threshold && iv[1] !== threshold) {
          expect(decide(iv, [threshold, Number.POSITIVE_INFINITY])).toBe(greater);
        }
      }),
    );
  });
});

describe("detectable deviation", () => {
  test("centred band and symmetric interval: bandHalfWidth + intervalHalfWidth", () => {
    fc.assert(
      fc.property(
        point,
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (predicted, bandHalf, intervalHalf) => {
          const d = detectableDeviation(
            predicted,
            [predicted - intervalHalf, predicted + intervalHalf],
            predicted,
            [predicted - bandHalf, predicted + bandHalf],
          );
          expect(d).toBeCloseTo(bandHalf + intervalHalf, 10);
        },
      ),
    );
  });

  test("a true value beyond it (estimate on the truth) is FAILed in either direction", () => {
    fc.assert(
      fc.property(
        point,
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (pred, bLo, bHi, iLo, iHi) => {
          const band: [number, number] = [pred - bLo, pred + bHi];
          // An asymmetric interval around an estimate at `pred`.
          const d = detectableDeviation(pred, [pred - iLo, pred + iHi], pred, band);
          const margin = 1e-6 * (1 + d);
          for (const sign of [1, -1]) {
            const truth = pred + sign * (d + margin);
            expect(decide([truth - iLo, truth + iHi], band)).toBe("FAIL");
          }
          // …and just inside it, at least one direction is not FAILed.
          const inside = [1, -1].map((sign) => pred + sign * (d - margin));
          expect(inside.some((truth) => decide([truth - iLo, truth + iHi], band) !== "FAIL")).toBe(true);
        },
      ),
    );
  });

  test("makeAssertion fills verdict and detectable", () => {
    const result = makeAssertion({
      name: "weak-order-sme1",
      quantity: "weak order of SME-1 in η",
      estimate: 1.02,
      se: 0.03,
      interval: [0.96, 1.08],
      predicted: 1,
      band: [0.85, 1.15],
      bandWhy: "±0.15: pre-asymptotic curvature seen at η ≥ 0.1",
      alpha: 1e-4,
      method: "monte-carlo",
    });
    expect(result.verdict).toBe("PASS");
    expect(result.detectable).toBeCloseTo(0.15 + 0.06, 12);
    expect(result.notes).toBeUndefined();
  });
});

describe("escalate", () => {
  function stageResult(verdict: Verdict, alpha: number): AssertionResult {
    return makeAssertion({
      name: "x",
      quantity: "x",
      estimate: 0,
      se: 1,
      interval: verdict === "PASS" ? [-0.1, 0.1] : verdict === "FAIL" ? [5, 6] : [-2, 2],
      predicted: 0,
      band: [-1, 1],
      bandWhy: "test",
      alpha,
      method: "monte-carlo",
    });
  }

  test("stops at the first decided stage, passing each stage its α", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom<Verdict>("PASS", "FAIL"),
        async (maxStages, decidedAt, verdict) => {
          const seen: number[] = [];
          const result = await escalate(
            (stage, alphaStage) => {
              seen.push(alphaStage);
              return stageResult(stage === decidedAt ? verdict : "INCONCLUSIVE", alphaStage);
            },
            { alpha: 1e-3, maxStages },
          );
          const alphas = stageAlphas(1e-3, maxStages);
          expect(seen).toEqual(alphas.slice(0, Math.min(decidedAt, maxStages - 1) + 1));
          if (decidedAt < maxStages) {
            expect(result.verdict).toBe(verdict);
            expect(isUnderpowered(result)).toBe(false);
          } else {
            expect(result.verdict).toBe("INCONCLUSIVE");
            expect(isUnderpowered(result)).toBe(true);
            expect(result.notes?.at(-1)).toMatch(
              new RegExp(`^underpowered: still INCONCLUSIVE after ${maxStages} stages`),
            );
          }
        },
      ),
    );
  });

  test("async stages are awaited", async () => {
    const result = await escalate(async (stage, a) => stageResult(stage < 2 ? "INCONCLUSIVE" : "PASS", a), {
      alpha: 1e-3,
      maxStages: 4,
    });
    expect(result.verdict).toBe("PASS");
    expect(result.notes?.[0]).toMatch(/^stage 3 of 4/);
  });
});
