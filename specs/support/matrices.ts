/**
 * fast-check arbitraries for matrices: orthonormal bases (a product of Givens rotations, so the basis is
 * exactly orthogonal up to round-off and never ill-conditioned), symmetric matrices with a generated spectrum
 * in such a basis (SPD, PSD with exact zero eigenvalues, or of mixed sign), Gram matrices BBᵀ; and the
 * comparisons the specs make on the results.
 */

import { identity, type Matrix, matMul, transpose } from "../../src/linalg/dense.ts";
import { fc } from "./prop.ts";

/**
 * Uniform on [lo, hi] at resolution (hi − lo)·1e-6. fc.double is biased toward extreme and subnormal values
 * (5e-324 inside [−1, 5]), which tests IEEE corner cases rather than the mathematics here.
 */
export const uniform = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => lo + ((hi - lo) * k) / 1_000_000);

/** ±v with v uniform on [lo, hi]: a value of random sign at least `lo` away from zero. */
export const awayFromZero = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.tuple(uniform(lo, hi), fc.boolean()).map(([v, neg]) => (neg ? -v : v));

/** Q = Π G(p, q, θ_pq) over all pairs p < q: an orthogonal matrix from d(d−1)/2 angles. */
export function givensBasis(d: number, angles: readonly number[]): Matrix {
  let Q = identity(d);
  let a = 0;
  for (let p = 0; p < d; p++) {
    for (let q = p + 1; q < d; q++) {
      const theta = angles[a++] ?? 0;
      const G = identity(d);
      G[p]![p] = Math.cos(theta);
      G[q]![q] = Math.cos(theta);
      G[p]![q] = -Math.sin(theta);
      G[q]![p] = Math.sin(theta);
      Q = matMul(Q, G);
    }
  }
  return Q;
}

/** A random d×d orthonormal matrix (Givens rotations by angles uniform on [−π, π]). */
export const orthonormal = (d: number): fc.Arbitrary<Matrix> =>
  fc
    .array(uniform(-Math.PI, Math.PI), { minLength: (d * (d - 1)) / 2, maxLength: (d * (d - 1)) / 2 })
    .map((angles) => givensBasis(d, angles));

/** Q diag(λ) Qᵀ, made exactly symmetric (Q D Qᵀ is symmetric only up to round-off; the code checks it). */
export function fromSpectrum(Q: Matrix, lambdas: readonly number[]): Matrix {
  const D = lambdas.map((l, i) => lambdas.map((_, j) => (i === j ? l : 0)));
  const A = matMul(matMul(Q, D), transpose(Q));
  return A.map((row, i) => row.map((a, j) => 0.5 * (a + A[j]![i]!)));
}

/** A symmetric matrix A = Q diag(λ) Qᵀ with its eigenvalues λ and eigenvectors (the columns of Q). */
export interface Spectral {
  A: Matrix;
  lambdas: number[];
  Q: Matrix;
}

/** Symmetric d×d matrices whose d eigenvalues are drawn from `eigenvalue`, in a random orthonormal basis. */
export const symmetricWithSpectrum = (d: number, eigenvalue: fc.Arbitrary<number>): fc.Arbitrary<Spectral> =>
  // A tuple, not a record: fc.record draws extra bits (for null-prototype objects), so nesting one in a caller's
  // record would shift every draw after it.
  fc
    .tuple(fc.array(eigenvalue, { minLength: d, maxLength: d }), orthonormal(d))
    .map(([lambdas, Q]) => ({ A: fromSpectrum(Q, lambdas), lambdas, Q }));

/** SPD d×d matrices with eigenvalues uniform on [lambdaMin, lambdaMax] (lambdaMin > 0). */
export const spd = (d: number, lambdaMin: number, lambdaMax: number): fc.Arbitrary<Spectral> =>
  symmetricWithSpectrum(d, uniform(lambdaMin, lambdaMax));

/** PSD d×d matrices, typically singular: each eigenvalue is exactly 0 or uniform on [lambdaMin, lambdaMax]. */
export const psd = (d: number, lambdaMin: number, lambdaMax: number): fc.Arbitrary<Spectral> =>
  symmetricWithSpectrum(d, fc.oneof(fc.constant(0), uniform(lambdaMin, lambdaMax)));

/** PSD d×d Gram matrices BBᵀ (exactly symmetric), B with entries uniform on [−1, 1]: possibly rank-deficient. */
export const gramMatrix = (d: number): fc.Arbitrary<Matrix> =>
  fc.array(uniform(-1, 1), { minLength: d * d, maxLength: d * d }).map((entries) => {
    const B = Array.from({ length: d }, (_, i) => entries.slice(i * d, i * d + d));
    const S = matMul(B, transpose(B));
    return S.map((row, i) => row.map((s, j) => 0.5 * (s + S[j]![i]!)));
  });

export const maxAbsDiff = (A: Matrix, B: Matrix): number =>
  Math.max(...A.flatMap((row, i) => row.map((a, j) => Math.abs(a - B[i]![j]!))));

export const maxAbs = (A: Matrix): number => Math.max(...A.flat().map(Math.abs));
