import { describe, expect, test } from "vitest";
import { gaussHermiteRule } from "../../../src/reference/grid/gaussHermite.ts";
import {
  assertNoiseLaw,
  GAUSSIAN_NOISE,
  noiseMoment,
  noiseQuadrature,
  rademacherNoise,
  standardizedDiscreteNoise,
} from "../../../src/reference/grid/noiseLaw.ts";
import { uniform } from "../../support/matrices.ts";
import { fc, prop } from "../../support/prop.ts";

const doubleFactorial = (k: number): number => (k <= 0 ? 1 : k * doubleFactorial(k - 2));

describe("Gauss–Hermite rule for Z ~ N(0, 1)", () => {
  prop([fc.integer({ min: 1, max: 40 })], { numRuns: 40 })(
    "exact for every moment of degree ≤ 2m − 1 (E Z^{2j} = (2j − 1)!!), nodes symmetric, weights sum to 1",
    (m) => {
      const { nodes, weights } = gaussHermiteRule(m, 0);
      expect(nodes.length).toBe(m);
      expect(Math.abs(weights.reduce((s, w) => s + w, 0) - 1)).toBeLessThan(1e-14);
      for (let q = 0; q < m; q++) expect(nodes[q]! + nodes[m - 1 - q]!).toBe(0);
      for (let p = 1; p <= Math.min(2 * m - 1, 24); p++) {
        const moment = nodes.reduce((s, z, q) => s + weights[q]! * z ** p, 0);
        const absolute = nodes.reduce((s, z, q) => s + weights[q]! * Math.abs(z) ** p, 0);
        const exact = p % 2 === 1 ? 0 : doubleFactorial(p - 1);
        expect(Math.abs(moment - exact)).toBeLessThan(1e-14 * m * absolute);
      }
    },
  );

  // The m-point error is g^{(2m)}(ξ)·m!/(2m)!, ≈ ω^{40}·3e-30 for g = cos(ω·): round-off for ω ≤ 2 (at ω = 3, 3e-11).
  prop([uniform(0, 2), uniform(-1, 1)], { numRuns: 30 })(
    "converges geometrically for entire integrands: E cos(ω(Z + c)) = cos(ωc)·e^{−ω²/2} with 20 nodes",
    (omega, c) => {
      const { nodes, weights } = gaussHermiteRule(20);
      const v = nodes.reduce((s, z, q) => s + weights[q]! * Math.cos(omega * (z + c)), 0);
      expect(Math.abs(v - Math.cos(omega * c) * Math.exp(-0.5 * omega * omega))).toBeLessThan(3e-15);
    },
  );

  test("weights below minWeight are dropped in symmetric pairs (40 nodes keep |z| ≲ 9)", () => {
    const { nodes, weights } = gaussHermiteRule(40);
    expect(nodes.length).toBeLessThan(40);
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(1e-18);
    expect(Math.max(...nodes)).toBeLessThan(9.5);
    expect(Math.max(...nodes) + Math.min(...nodes)).toBe(0);
  });

  test("bad node counts throw", () => {
    expect(() => gaussHermiteRule(0)).toThrow(/integer/);
    expect(() => gaussHermiteRule(2.5)).toThrow(/integer/);
  });
});

describe("noise laws of matched variance", () => {
  test("Rademacher and Gaussian moments: E v = E v³ = 0, E v² = 1, E v⁴ = 1 vs 3", () => {
    const r = rademacherNoise();
    expect([1, 2, 3, 4].map((p) => noiseMoment(r, p))).toEqual([0, 1, 0, 1]);
    expect([1, 2, 3, 4].map((p) => noiseMoment(GAUSSIAN_NOISE, p))).toEqual([0, 1, 0, 3]);
    expect(() => assertNoiseLaw(r)).not.toThrow();
    expect(noiseQuadrature(r, 20).nodes.length).toBe(2);
    expect(noiseQuadrature(GAUSSIAN_NOISE, 20).nodes.length).toBe(20);
  });

  prop(
    [
      fc
        .integer({ min: 2, max: 6 })
        .chain((n) =>
          fc.tuple(
            fc.array(uniform(-3, 3), { minLength: n, maxLength: n }),
            fc.array(uniform(0.05, 1), { minLength: n, maxLength: n }),
          ),
        ),
    ],
    { numRuns: 40 },
  )("standardizedDiscreteNoise has mean 0 and variance 1 and passes the law check", ([values, raw]) => {
    fc.pre(Math.max(...values) - Math.min(...values) > 0.1);
    const total = raw.reduce((s, p) => s + p, 0);
    const probs = raw.map((p) => p / total);
    probs[probs.length - 1] = 1 - probs.slice(0, -1).reduce((s, p) => s + p, 0);
    const law = standardizedDiscreteNoise(values, probs);
    expect(Math.abs(noiseMoment(law, 1))).toBeLessThan(1e-13);
    expect(Math.abs(noiseMoment(law, 2) - 1)).toBeLessThan(1e-13);
    expect(() => assertNoiseLaw(law)).not.toThrow();
  });

  test("laws without mean 0 / variance 1, or malformed, are rejected with a clear message", () => {
    expect(() => assertNoiseLaw({ kind: "discrete", values: [0, 1], probs: [0.5, 0.5] })).toThrow(/mean 0/);
    expect(() => assertNoiseLaw({ kind: "discrete", values: [-2, 2], probs: [0.5, 0.5] })).toThrow(
      /variance 1/,
    );
    expect(() => assertNoiseLaw({ kind: "discrete", values: [-1, 1], probs: [0.4, 0.5] })).toThrow(
      /sum to 1/,
    );
    expect(() => assertNoiseLaw({ kind: "discrete", values: [-1, 1], probs: [1.5, -0.5] })).toThrow(/≥ 0/);
    expect(() => assertNoiseLaw({ kind: "discrete", values: [-1, Number.NaN], probs: [0.5, 0.5] })).toThrow(
      /finite/,
    );
    expect(() => assertNoiseLaw({ kind: "discrete", values: [-1], probs: [0.5, 0.5] })).toThrow(
      /equal length/,
    );
    expect(() => assertNoiseLaw({ kind: "levy" } as never)).toThrow(/gaussian/);
    expect(() => standardizedDiscreteNoise([1, 1], [0.5, 0.5])).toThrow(/positive variance/);
  });
});
