import { describe, expect, test } from "vitest";
import { matMul, transpose, unflatten } from "../../src/linalg/dense.ts";
import { covarianceNoise } from "../../src/noise/covariance.ts";
import { isotropicNoise } from "../../src/noise/isotropic.ts";
import { maxAbsDiff, psd, spd } from "../support/matrices.ts";
import { fc, prop } from "../support/prop.ts";

/**
 * Σ = Q diag(λ) Qᵀ, exactly symmetric as a config would give it; with `allowZero` some λ are exactly 0
 * (singular PSD noise).
 */
const psdCase = (minEigen: number, allowZero: boolean) =>
  fc
    .integer({ min: 1, max: 5 })
    .chain((n) => (allowZero ? psd(n, minEigen, 5) : spd(n, minEigen, 5)))
    .map(({ A, lambdas, Q }) => ({ Sigma: A, lambdas, Q }));

function factorOf(Sigma: number[][]) {
  const noise = covarianceNoise(Sigma);
  const n = Sigma.length;
  const x = new Array(n).fill(0.3);
  const L = unflatten(noise.factor(x, new Float64Array(n * n)), n);
  const S = unflatten(noise.covariance(x, new Float64Array(n * n)), n);
  return { noise, L, S };
}

describe("constant Gaussian noise", () => {
  prop([fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 10, noNaN: true })])(
    "isotropic: Σ = σ²I and L = σI",
    (n, sigma) => {
      const noise = isotropicNoise(n, sigma);
      const S = unflatten(noise.covariance([], new Float64Array(n * n)), n);
      const L = unflatten(noise.factor([], new Float64Array(n * n)), n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          expect(S[i]![j]).toBe(i === j ? sigma * sigma : 0);
          expect(L[i]![j]).toBe(i === j ? sigma : 0);
        }
      expect(noise.constant).toBe(true);
    },
  );

  prop([psdCase(0.01, false)])("SPD Σ: the Cholesky factor is lower triangular and LLᵀ = Σ", ({ Sigma }) => {
    const { L, S } = factorOf(Sigma);
    expect(S).toEqual(Sigma);
    expect(maxAbsDiff(matMul(L, transpose(L)), Sigma)).toBeLessThan(1e-12 * 5 * Sigma.length);
    L.forEach((row, i) => row.forEach((v, j) => j > i && expect(v).toBe(0)));
  });

  prop([psdCase(0.01, true)])(
    "singular PSD Σ is accepted: LLᵀ = Σ, and a null direction of Σ gets no noise (S4's control)",
    ({ Sigma, lambdas, Q }) => {
      const { L } = factorOf(Sigma);
      const n = Sigma.length;
      expect(maxAbsDiff(matMul(L, transpose(L)), Sigma)).toBeLessThan(1e-12 * 5 * n);
      lambdas.forEach((l, k) => {
        if (l !== 0) return;
        // |Lᵀv|² = vᵀΣv = 0 for a null eigenvector v.
        const v = Q.map((row) => row[k]!);
        const Ltv = transpose(L).map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
        expect(Math.hypot(...Ltv)).toBeLessThan(1e-6);
      });
    },
  );

  test("nearly singular Σ keeps its off-diagonal mass (falls back from Cholesky to V√Λ)", () => {
    const Sigma = [
      [1e-13, 1e-7],
      [1e-7, 1],
    ];
    const { L } = factorOf(Sigma);
    expect(maxAbsDiff(matMul(L, transpose(L)), Sigma)).toBeLessThan(1e-15);
  });

  test("rejects an indefinite, an asymmetric or a non-square Σ, naming the problem", () => {
    expect(() =>
      covarianceNoise([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow(
      "Sigma: not positive semi-definite (eigenvalues -1, 3): a covariance cannot have negative variance",
    );
    expect(() =>
      covarianceNoise([
        [1, 0.5],
        [0, 1],
      ]),
    ).toThrow("Sigma: not symmetric ([0][1] = 0.5 but [1][0] = 0)");
    expect(() => covarianceNoise([[1, 0]])).toThrow("Sigma[0]: has 2 entries, expected 1");
    expect(() => isotropicNoise(2, -1)).toThrow(/^sigma: must be a finite number ≥ 0/);
  });
});
