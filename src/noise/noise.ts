/**
 * Gradient-noise models: g = ∇f(x) + ξ with E ξ = 0 and Cov ξ = Σ(x). SGD draws ξ = L(x) z with z standard
 * normal and L Lᵀ = Σ; the SDEs use σ = L (σσᵀ = Σ).
 */
export interface NoiseModel {
  readonly kind: NoiseSpec["kind"];
  readonly dim: number;
  /** True when Σ does not depend on x (the kernels then inline the constant factor). */
  readonly constant: boolean;
  /** Writes Σ(x) row-major (dim²) into out. */
  covariance(x: ArrayLike<number>, out: Float64Array): Float64Array;
  /** Writes a factor L(x) with L Lᵀ = Σ(x), row-major (dim²), into out. */
  factor(x: ArrayLike<number>, out: Float64Array): Float64Array;
  readonly spec: NoiseSpec;
}

export type NoiseSpec =
  | { kind: "isotropic"; sigma: number }
  | { kind: "covariance"; Sigma: number[][] }
  /** Σ(x) = c·|∇²f(x)|/B, |·| the matrix absolute value (Hessian-shaped noise observed for real losses). */
  | { kind: "hessian"; c: number; batch: number }
  /** Σ(x) = σ²(1 + κ‖x − center‖²)·I (state-dependent level, claim M5). */
  | { kind: "state-dependent"; sigma: number; kappa: number; center: number[] }
  /** Real minibatch noise: batches of a finite-sum dataset (fixtures/datasets), drawn in the kernels. */
  | {
      kind: "minibatch";
      dataset: string;
      batch: number;
      sampling?: "with-replacement" | "without-replacement";
    };
