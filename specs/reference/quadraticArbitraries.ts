/**
 * fast-check arbitraries for the quadratic references: an SPD Hessian with a prescribed spectrum in a random
 * orthonormal basis, a PSD noise covariance BBᵀ (possibly rank-deficient), a start away from the minimum and
 * a frequency for the cosine test function. The matrix arbitraries themselves are in support/matrices.ts.
 */

import type { Matrix } from "../../src/linalg/dense.ts";
import { awayFromZero, gramMatrix, symmetricWithSpectrum, uniform } from "../support/matrices.ts";
import { fc } from "../support/prop.ts";

export interface QuadraticCase {
  d: number;
  lambdas: number[];
  H: Matrix;
  Sigma: Matrix;
  x0: number[];
  omega: number[];
}

/** SPD H (eigenvalues in [lambdaMin, lambdaMax]), PSD Σ = BBᵀ, x0 with |x0_i| ∈ [0.5, 2], ω with |ω_i| ∈ [0.3, 1.5]. */
export function quadraticCase(
  options: { minDim?: number; maxDim?: number; lambdaMin?: number; lambdaMax?: number } = {},
): fc.Arbitrary<QuadraticCase> {
  const { minDim = 1, maxDim = 3, lambdaMin = 0.2, lambdaMax = 5 } = options;
  return fc.integer({ min: minDim, max: maxDim }).chain((d) =>
    fc
      .record({
        H: symmetricWithSpectrum(d, uniform(lambdaMin, lambdaMax)),
        Sigma: gramMatrix(d),
        x0: fc.array(awayFromZero(0.5, 2), { minLength: d, maxLength: d }),
        omega: fc.array(awayFromZero(0.3, 1.5), { minLength: d, maxLength: d }),
      })
      .map(({ H, Sigma, x0, omega }) => ({ d, lambdas: H.lambdas, H: H.A, Sigma, x0, omega })),
  );
}
