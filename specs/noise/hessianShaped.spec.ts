import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { doubleWell, doubleWell2D } from "../../src/landscapes/doubleWell.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import type { Landscape } from "../../src/landscapes/landscape.ts";
import { quadratic } from "../../src/landscapes/quadratic.ts";
import { matMul, symmetricEigen, symmetricFunction, transpose, unflatten } from "../../src/linalg/dense.ts";
import { hessianShapedNoise } from "../../src/noise/hessianShaped.ts";
import { maxAbsDiff } from "../support/matrices.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

const polynomial2d = landscapeFromSpec(
  JSON.parse(readFileSync(new URL("../../fixtures/landscapes/polynomial-2d.json", import.meta.url), "utf8")),
);

const landscapes: Landscape[] = [
  doubleWell(),
  doubleWell2D(1),
  doubleWell2D(-0.5),
  polynomial2d,
  quadratic([
    [1, 2, 0],
    [2, -1, 0.5],
    [0, 0.5, 3],
  ]),
];

const caseArb = fc
  .record({
    which: fc.integer({ min: 0, max: landscapes.length - 1 }),
    point: fc.array(real(-2, 2), { minLength: 3, maxLength: 3 }),
    c: fc.double({ min: 0.01, max: 10, noNaN: true }),
    batch: fc.integer({ min: 1, max: 1000 }),
  })
  .map(({ which, point, c, batch }) => {
    const landscape = landscapes[which]!;
    return { landscape, x: point.slice(0, landscape.dim), c, batch };
  });

function evaluate(landscape: Landscape, c: number, batch: number, x: number[]) {
  const d = landscape.dim;
  const noise = hessianShapedNoise(landscape, c, batch);
  return {
    Sigma: unflatten(noise.covariance(x, new Float64Array(d * d)), d),
    L: unflatten(noise.factor(x, new Float64Array(d * d)), d),
    H: unflatten(landscape.hessian(x, new Float64Array(d * d)), d),
  };
}

describe("Hessian-shaped noise Σ(x) = c·|∇²f(x)|/B", () => {
  prop([caseArb])(
    "LLᵀ = Σ = c·V|Λ|Vᵀ/B at generated points, and Σ is PSD where H is not",
    ({ landscape, x, c, batch }) => {
      const { Sigma, L, H } = evaluate(landscape, c, batch, x);
      const scale = (c / batch) * Math.max(1, ...H.flat().map(Math.abs));
      expect(maxAbsDiff(matMul(L, transpose(L)), Sigma)).toBeLessThan(1e-12 * scale);
      // |H| computed independently via the generic matrix-function routine.
      const expected = symmetricFunction(H, Math.abs).map((r) => r.map((v) => (c * v) / batch));
      expect(maxAbsDiff(Sigma, expected)).toBeLessThan(1e-12 * scale);
      expect(symmetricEigen(Sigma).values[0]).toBeGreaterThanOrEqual(-1e-12 * scale);
    },
  );

  prop([caseArb])("Σ scales as 1/B", ({ landscape, x, c, batch }) => {
    const one = evaluate(landscape, c, 1, x).Sigma;
    const many = evaluate(landscape, c, batch, x).Sigma;
    const scale = c * Math.max(1e-300, ...one.flat().map(Math.abs));
    expect(
      maxAbsDiff(
        many.map((r) => r.map((v) => v * batch)),
        one,
      ),
    ).toBeLessThan(1e-12 * scale);
  });

  test("at the double-well barrier f'' = −1, so Σ = c/B (|H| is used, not H)", () => {
    const { Sigma, L } = evaluate(doubleWell(), 2, 8, [0]);
    expect(Sigma[0]![0]).toBe(0.25);
    expect(L[0]![0]).toBe(0.5);
    const saddle2d = evaluate(doubleWell2D(3), 1, 2, [0, 0]);
    expect(saddle2d.Sigma).toEqual([
      [0.5, 0],
      [0, 1.5],
    ]);
  });

  test("rejects c ≤ 0 and a non-integer batch", () => {
    expect(() => hessianShapedNoise(doubleWell(), 0, 1)).toThrow(/^c: must be a finite number > 0/);
    expect(() => hessianShapedNoise(doubleWell(), 1, 2.5)).toThrow(
      "batch: expected a positive integer, got 2.5",
    );
  });
});
