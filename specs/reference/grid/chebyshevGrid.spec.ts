import { describe, expect, test } from "vitest";
import {
  chebyshevGrid,
  differentiationMatrices,
  interpolationRow,
  nodeDifference,
} from "../../../src/reference/grid/chebyshevGrid.ts";
import { uniform } from "../../support/matrices.ts";
import { fc, prop } from "../../support/prop.ts";

/** p(x) = Σ c_k x^k and its first two derivatives. */
function polynomial(c: readonly number[]) {
  const value = (x: number) => c.reduce((s, ck, k) => s + ck * x ** k, 0);
  const first = (x: number) => c.reduce((s, ck, k) => (k >= 1 ? s + k * ck * x ** (k - 1) : s), 0);
  const second = (x: number) => c.reduce((s, ck, k) => (k >= 2 ? s + k * (k - 1) * ck * x ** (k - 2) : s), 0);
  return { value, first, second };
}

const interval = fc
  .tuple(uniform(-3, 1), uniform(0.5, 4))
  .map(([a, width]): [number, number] => [a, a + width]);

describe("Chebyshev grid: nodes, barycentric interpolation, differentiation", () => {
  test("nodes ascend from a to b, are symmetric about the center, and nodeDifference is x_i − x_j", () => {
    const g = chebyshevGrid(17, -1.3, 2.9);
    expect(g.nodes[0]).toBe(-1.3);
    expect(g.nodes[17]).toBe(2.9);
    for (let j = 1; j <= 17; j++) expect(g.nodes[j]!).toBeGreaterThan(g.nodes[j - 1]!);
    for (let j = 0; j <= 17; j++) {
      expect(g.nodes[j]! + g.nodes[17 - j]!).toBeCloseTo(1.6, 13);
      for (let i = 0; i <= 17; i++)
        expect(Math.abs(nodeDifference(g, i, j) - (g.nodes[i]! - g.nodes[j]!))).toBeLessThan(1e-14);
    }
  });

  prop(
    [
      interval,
      fc.integer({ min: 2, max: 40 }),
      fc.array(uniform(-1, 1), { minLength: 1, maxLength: 12 }),
      uniform(0, 1),
    ],
    {
      numRuns: 60,
    },
  )(
    "interpolation rows reproduce every polynomial of degree ≤ N and sum to 1",
    ([a, b], degree, coefficients, t) => {
      const c = coefficients.slice(0, degree + 1);
      const g = chebyshevGrid(degree, a, b);
      const p = polynomial(c);
      const y = a + t * (b - a);
      const row = interpolationRow(g, y);
      let sum = 0;
      let value = 0;
      for (let j = 0; j <= degree; j++) {
        sum += row[j]!;
        value += row[j]! * p.value(g.nodes[j]!);
      }
      const scale =
        c.reduce((s, ck) => s + Math.abs(ck), 0) * Math.max(1, Math.abs(a), Math.abs(b)) ** c.length;
      expect(Math.abs(sum - 1)).toBeLessThan(1e-13);
      expect(Math.abs(value - p.value(y))).toBeLessThan(1e-12 * scale);
    },
  );

  test("at a node the interpolation row is the unit vector", () => {
    const g = chebyshevGrid(10, 0, 1);
    const row = interpolationRow(g, g.nodes[4]!);
    expect(Array.from(row)).toEqual(Array.from({ length: 11 }, (_, j) => (j === 4 ? 1 : 0)));
  });

  prop(
    [interval, fc.integer({ min: 4, max: 48 }), fc.array(uniform(-1, 1), { minLength: 1, maxLength: 8 })],
    {
      numRuns: 40,
    },
  )("D and D2 differentiate polynomials of degree ≤ N exactly (to round-off)", ([a, b], degree, c) => {
    const g = chebyshevGrid(degree, a, b);
    const { first, second } = differentiationMatrices(g);
    const p = polynomial(c);
    const n = degree + 1;
    const values = Array.from(g.nodes, p.value);
    const scale =
      c.reduce((s, ck) => s + Math.abs(ck), 0) * Math.max(1, Math.abs(a), Math.abs(b)) ** c.length;
    const h = 0.5 * (b - a);
    for (let i = 0; i < n; i++) {
      let d1 = 0;
      let d2 = 0;
      for (let j = 0; j < n; j++) {
        d1 += first[i * n + j]! * values[j]!;
        d2 += second[i * n + j]! * values[j]!;
      }
      // Round-off of D grows like N²/h, of D2 like N⁴/h².
      expect(Math.abs(d1 - p.first(g.nodes[i]!))).toBeLessThan((1e-14 * scale * n * n) / h);
      expect(Math.abs(d2 - p.second(g.nodes[i]!))).toBeLessThan((1e-14 * scale * n ** 4) / (h * h));
    }
  });

  test("an analytic function is interpolated to round-off: cos(2x) on [−3, 3] with N = 48", () => {
    const g = chebyshevGrid(48, -3, 3);
    const values = Array.from(g.nodes, (x) => Math.cos(2 * x));
    for (let t = 0; t <= 200; t++) {
      const y = -3 + (6 * t) / 200 + 1e-3;
      if (y > 3) continue;
      const row = interpolationRow(g, y);
      const v = row.reduce((s, r, j) => s + r * values[j]!, 0);
      expect(Math.abs(v - Math.cos(2 * y))).toBeLessThan(1e-13);
    }
  });

  test("bad grids throw", () => {
    expect(() => chebyshevGrid(1, 0, 1)).toThrow(/degree/);
    expect(() => chebyshevGrid(10, 1, 1)).toThrow(/a < b/);
    expect(() => chebyshevGrid(10, 0, Number.NaN)).toThrow(/finite/);
  });
});
