/**
 * fast-check arbitraries for the quadratic references: SPD Hessians with a prescribed spectrum in a random
 * orthonormal basis (a product of Givens rotations, so the basis is exactly orthogonal up to round-off and never
 * ill-conditioned), PSD noise covariances (BBᵀ, possibly rank-deficient), starts away from the minimum.
 */

import { identity, type Matrix, matMul, transpose } from "../../src/linalg/dense.ts";
import { fc } from "../support/prop.ts";

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

export function withSpectrum(Q: Matrix, lambdas: readonly number[]): Matrix {
  const D = lambdas.map((l, i) => lambdas.map((_, j) => (i === j ? l : 0)));
  const H = matMul(matMul(Q, D), transpose(Q));
  // Exact symmetry: the references check it, and Q D Qᵀ is symmetric only up to round-off.
  return H.map((row, i) => row.map((h, j) => 0.5 * (h + H[j]![i]!)));
}

export interface QuadraticCase {
  d: number;
  lambdas: number[];
  H: Matrix;
  Sigma: Matrix;
  x0: number[];
  omega: number[];
}

/**
 * Uniform on [lo, hi] at resolution (hi − lo)·1e-6. fc.double is biased toward extreme and subnormal values
 * (5e-324 inside [−1, 5]), which tests IEEE corner cases rather than the mathematics here.
 */
export const uniform = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => lo + ((hi - lo) * k) / 1_000_000);

const angle = uniform(-Math.PI, Math.PI);

/** SPD H (eigenvalues in [lambdaMin, lambdaMax]), PSD Σ = BBᵀ, x0 with |x0_i| ∈ [0.5, 2], ω with |ω_i| ∈ [0.3, 1.5]. */
export function quadraticCase(
  options: { minDim?: number; maxDim?: number; lambdaMin?: number; lambdaMax?: number } = {},
): fc.Arbitrary<QuadraticCase> {
  const { minDim = 1, maxDim = 3, lambdaMin = 0.2, lambdaMax = 5 } = options;
  const awayFromZero = (lo: number, hi: number) =>
    fc.tuple(uniform(lo, hi), fc.boolean()).map(([v, neg]) => (neg ? -v : v));
  return fc.integer({ min: minDim, max: maxDim }).chain((d) =>
    fc
      .record({
        lambdas: fc.array(uniform(lambdaMin, lambdaMax), { minLength: d, maxLength: d }),
        angles: fc.array(angle, { minLength: (d * (d - 1)) / 2, maxLength: (d * (d - 1)) / 2 }),
        B: fc.array(uniform(-1, 1), { minLength: d * d, maxLength: d * d }),
        x0: fc.array(awayFromZero(0.5, 2), { minLength: d, maxLength: d }),
        omega: fc.array(awayFromZero(0.3, 1.5), { minLength: d, maxLength: d }),
      })
      .map(({ lambdas, angles, B, x0, omega }) => {
        const Bm = Array.from({ length: d }, (_, i) => B.slice(i * d, i * d + d));
        const S = matMul(Bm, transpose(Bm));
        const Sigma = S.map((row, i) => row.map((s, j) => 0.5 * (s + S[j]![i]!)));
        return { d, lambdas, H: withSpectrum(givensBasis(d, angles), lambdas), Sigma, x0, omega };
      }),
  );
}

export const maxAbsDiff = (A: Matrix, B: Matrix): number =>
  Math.max(...A.flatMap((row, i) => row.map((a, j) => Math.abs(a - B[i]![j]!))));

export const maxAbs = (A: Matrix): number => Math.max(...A.flat().map(Math.abs));
