import { describe, expect, test } from "vitest";
import { compositeNodes, gaussLegendre, integrate } from "../../src/math/gaussLegendre.ts";
import { logAddExp, logWeightedSumExp } from "../../src/math/logSumExp.ts";
import { uniform } from "../support/matrices.ts";
import { fc, prop } from "../support/prop.ts";

/** Σ_k c_k t^k and its antiderivative from −1. */
const poly = (c: number[]) => (t: number) => c.reduce((s, ck, k) => s + ck * t ** k, 0);
const polyIntegral = (c: number[]) => (t: number) =>
  c.reduce((s, ck, k) => s + (ck * (t ** (k + 1) - (-1) ** (k + 1))) / (k + 1), 0);

describe("Gauss–Legendre panels (the quadrature under the exit references)", () => {
  test("known 3-point rule: nodes ±√(3/5), 0; weights 5/9, 8/9", () => {
    const { nodes, weights } = gaussLegendre(3);
    expect(nodes[0]).toBeCloseTo(-Math.sqrt(0.6), 15);
    expect(nodes[1]).toBeCloseTo(0, 15);
    expect(weights[0]).toBeCloseTo(5 / 9, 15);
    expect(weights[1]).toBeCloseTo(8 / 9, 15);
  });

  prop([fc.integer({ min: 2, max: 12 }), fc.array(uniform(-1, 1), { minLength: 24, maxLength: 24 })], {
    numRuns: 30,
  })(
    "the p-point rule integrates degree ≤ 2p − 1 exactly; the integration matrix degree ≤ p − 1",
    (p, cs) => {
      const rule = gaussLegendre(p);
      const full = cs.slice(0, 2 * p);
      const f = poly(full);
      let s = 0;
      for (let i = 0; i < p; i++) s += rule.weights[i]! * f(rule.nodes[i]!);
      expect(Math.abs(s - polyIntegral(full)(1))).toBeLessThan(1e-13);
      const low = cs.slice(0, p);
      const g = poly(low);
      const G = polyIntegral(low);
      for (let i = 0; i < p; i++) {
        let si = 0;
        for (let j = 0; j < p; j++) si += rule.integration[i * p + j]! * g(rule.nodes[j]!);
        expect(Math.abs(si - G(rule.nodes[i]!))).toBeLessThan(1e-13);
      }
    },
  );

  test("composite rule: ∫_0^π sin = 2 to round-off, and reversed limits flip the sign", () => {
    expect(integrate(Math.sin, 0, Math.PI, 8)).toBeCloseTo(2, 14);
    expect(integrate(Math.sin, Math.PI, 0, 8)).toBeCloseTo(-2, 14);
    const { x, w } = compositeNodes(1, 3, 5, gaussLegendre(4));
    expect(x.length).toBe(20);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 14);
  });

  test("bad orders throw", () => {
    expect(() => gaussLegendre(0)).toThrow(/order/);
    expect(() => gaussLegendre(2.5)).toThrow(/order/);
  });
});

describe("log-space sums", () => {
  test("logAddExp is exact at −∞ and does not overflow", () => {
    expect(logAddExp(Number.NEGATIVE_INFINITY, 3)).toBe(3);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 15);
  });

  test("logWeightedSumExp of huge exponents", () => {
    expect(logWeightedSumExp([1, 2], [800, 800])).toBeCloseTo(800 + Math.log(3), 12);
    expect(logWeightedSumExp([1], [Number.NEGATIVE_INFINITY])).toBe(Number.NEGATIVE_INFINITY);
  });
});
