import { describe, expect, test } from "vitest";
import {
  cholesky,
  determinant,
  type Matrix,
  matMul,
  matVec,
  solve,
  symmetricEigen,
  symmetricFunction,
  transpose,
} from "../../src/linalg/dense.ts";
import { fc, prop } from "../support/prop.ts";

/** Random symmetric matrix with a prescribed spectrum: Q diag(λ) Qᵀ, Q from Gram–Schmidt of a random matrix. */
const spectrumAndBasis = (n: number) =>
  fc.record({
    lambdas: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
    raw: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }),
  });

function orthonormal(raw: number[], n: number): Matrix {
  const Q: number[][] = [];
  for (let i = 0; i < n; i++) {
    const v = raw.slice(i * n, i * n + n).map((x, j) => x + (i === j ? 3 : 0));
    for (const q of Q) {
      const d = v.reduce((s, x, j) => s + x * q[j]!, 0);
      for (let j = 0; j < n; j++) v[j]! -= d * q[j]!;
    }
    const nv = Math.hypot(...v);
    Q.push(v.map((x) => x / nv));
  }
  return transpose(Q);
}

const maxAbsDiff = (A: Matrix, B: Matrix) =>
  Math.max(...A.flatMap((r, i) => r.map((a, j) => Math.abs(a - B[i]![j]!))));

describe("dense linear algebra", () => {
  prop([fc.integer({ min: 1, max: 6 }).chain((n) => spectrumAndBasis(n).map((s) => ({ n, ...s })))])(
    "Jacobi eigen-decomposition recovers a prescribed spectrum and reconstructs A",
    ({ n, lambdas, raw }) => {
      const Q = orthonormal(raw, n);
      const A = matMul(
        matMul(
          Q,
          lambdas.map((l, i) => lambdas.map((_, j) => (i === j ? l : 0))),
        ),
        transpose(Q),
      );
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

  prop([fc.integer({ min: 1, max: 6 }).chain((n) => spectrumAndBasis(n).map((s) => ({ n, ...s })))])(
    "Cholesky of an SPD matrix satisfies LLᵀ = A; solve inverts; det is the product of eigenvalues",
    ({ n, lambdas, raw }) => {
      const Q = orthonormal(raw, n);
      const pos = lambdas.map((l) => 0.2 + Math.abs(l));
      const A = matMul(
        matMul(
          Q,
          pos.map((l, i) => pos.map((_, j) => (i === j ? l : 0))),
        ),
        transpose(Q),
      );
      const L = cholesky(A);
      expect(maxAbsDiff(matMul(L, transpose(L)), A)).toBeLessThan(1e-10);
      const b = raw.slice(0, n);
      const x = solve(A, b);
      matVec(A, x).forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 8));
      expect(determinant(A)).toBeCloseTo(
        pos.reduce((p, l) => p * l, 1),
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
