import { describe, expect, test } from "vitest";
import {
  cholesky,
  determinant,
  matMul,
  matVec,
  solve,
  symmetricEigen,
  symmetricFunction,
  transpose,
} from "../../src/linalg/dense.ts";
import { maxAbsDiff, spd, symmetricWithSpectrum, uniform } from "../support/matrices.ts";
import { fc, prop } from "../support/prop.ts";

describe("dense linear algebra", () => {
  prop([fc.integer({ min: 1, max: 6 }).chain((n) => symmetricWithSpectrum(n, uniform(-5, 5)))])(
    "Jacobi eigen-decomposition recovers a prescribed spectrum and reconstructs A",
    ({ A, lambdas }) => {
      const { values, vectors } = symmetricEigen(A);
      const sorted = [...lambdas].sort((a, b) => a - b);
      values.forEach((v, i) => expect(v).toBeCloseTo(sorted[i]!, 9));
      const back = symmetricFunction(A, (l) => l);
      expect(maxAbsDiff(back, A)).toBeLessThan(1e-9);
      const VtV = matMul(transpose(vectors), vectors);
      expect(
        maxAbsDiff(
          VtV,
          VtV.map((r, i) => r.map((_, j) => (i === j ? 1 : 0))),
        ),
      ).toBeLessThan(1e-10);
    },
  );

  prop([
    fc
      .integer({ min: 1, max: 6 })
      .chain((n) => fc.tuple(spd(n, 0.2, 5.2), fc.array(uniform(-1, 1), { minLength: n, maxLength: n }))),
  ])(
    "Cholesky of an SPD matrix satisfies LLᵀ = A; solve inverts; det is the product of eigenvalues",
    ([{ A, lambdas }, b]) => {
      const L = cholesky(A);
      expect(maxAbsDiff(matMul(L, transpose(L)), A)).toBeLessThan(1e-10);
      const x = solve(A, b);
      matVec(A, x).forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 8));
      expect(determinant(A)).toBeCloseTo(
        lambdas.reduce((p, l) => p * l, 1),
        6,
      );
    },
  );

  test("Cholesky rejects an indefinite matrix", () => {
    expect(() =>
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow(/positive semi-definite/);
  });

  test("matrix exponential of a diagonal matrix", () => {
    const E = symmetricFunction(
      [
        [1, 0],
        [0, -2],
      ],
      Math.exp,
    );
    expect(E[0]![0]).toBeCloseTo(Math.E, 14);
    expect(E[1]![1]).toBeCloseTo(Math.exp(-2), 14);
    expect(E[0]![1]).toBe(0);
  });
});
