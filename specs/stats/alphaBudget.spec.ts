/** The α budget: Bonferroni shares, Holm's step-down, and the stage split of sequential escalation. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AlphaBudget, bonferroni, holm, stageAlphas } from "../../src/stats/alphaBudget.ts";

const alpha = fc.double({ min: 1e-8, max: 0.5, noNaN: true });

describe("alpha budget", () => {
  test("Bonferroni shares sum to α_total", () => {
    fc.assert(
      fc.property(alpha, fc.integer({ min: 1, max: 500 }), (alphaTotal, m) => {
        const budget = new AlphaBudget({ alphaTotal, assertions: m });
        const total = Array.from({ length: m }, () => budget.perAssertion).reduce((a, b) => a + b, 0);
        expect(Math.abs(total - alphaTotal)).toBeLessThan(1e-12 * alphaTotal);
        expect(budget.perAssertion).toBe(bonferroni(alphaTotal, m));
      }),
    );
  });

  test("named budgets default to α_total = 1e-3 and refuse unbudgeted names", () => {
    const budget = new AlphaBudget({ assertions: ["order", "drift", "exit"] });
    expect(budget.alphaTotal).toBe(1e-3);
    expect(budget.alphaFor("drift")).toBeCloseTo(1e-3 / 3, 18);
    expect(() => budget.alphaFor("other")).toThrow(RangeError);
    expect(() => new AlphaBudget({ assertions: ["a", "a"] })).toThrow(RangeError);
  });

  test("Holm on a textbook example", () => {
    const { rejected, adjusted } = holm([0.01, 0.04, 0.03, 0.005], 0.05);
    expect(rejected).toEqual([true, false, false, true]);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 15));
  });

  test("Holm rejects everything Bonferroni rejects, and nothing with p > α", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        alpha,
        (ps, a) => {
          const { rejected } = holm(ps, a);
          ps.forEach((p, i) => {
            if (p <= a / ps.length) expect(rejected[i]).toBe(true);
            if (p > a) expect(rejected[i]).toBe(false);
          });
        },
      ),
    );
  });

  test("stage α's are positive, decreasing and total α (to rounding)", () => {
    fc.assert(
      fc.property(alpha, fc.integer({ min: 1, max: 30 }), (a, stages) => {
        const alphas = stageAlphas(a, stages);
        expect(alphas).toHaveLength(stages);
        const total = alphas.reduce((s, x) => s + x, 0);
        expect(total).toBeLessThanOrEqual(a * (1 + 1e-14));
        expect(total).toBeGreaterThan(a * (1 - 1e-14));
        for (let k = 1; k < stages; k++) expect(alphas[k]!).toBeCloseTo(alphas[k - 1]! / 2, 20);
        expect(alphas[stages - 1]!).toBeGreaterThan(0);
      }),
    );
  });
});
