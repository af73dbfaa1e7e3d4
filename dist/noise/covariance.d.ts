/**
 * A constant covariance Σ (symmetric positive semi-definite), e.g. anisotropic noise for the saddle claims:
 * S2's constant depends on σ_u² = v₁ᵀΣv₁, and S4's control needs a *singular* Σ with v₁ᵀΣv₁ = 0, so singular
 * PSD matrices are accepted. The factor is the Cholesky factor (lower triangular, cheap to apply).
 */
import { type Matrix } from "../linalg/dense.ts";
import type { NoiseFamily } from "./family.ts";
import type { NoiseModel } from "./noise.ts";
/**
 * A factor L with LLᵀ = Σ for symmetric PSD Σ. Cholesky is exact for positive definite Σ; for singular Σ it
 * zeroes a column when a pivot falls under its tolerance, which loses off-diagonal mass if Σ is only *nearly*
 * singular (pivot 1e-13 next to entries 1e-7). Then V·diag(√λ₊) is used instead: not triangular, but exact.
 */
export declare function covarianceFactor(Sigma: Matrix): Matrix;
export declare function covarianceNoise(Sigma: number[][]): NoiseModel;
export declare const COVARIANCE: NoiseFamily;
//# sourceMappingURL=covariance.d.ts.map