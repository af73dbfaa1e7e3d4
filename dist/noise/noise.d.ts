import type { NoiseFragment } from "../codegen/fragment.ts";
/**
 * Gradient-noise models: g = ∇f(x) + ξ with E ξ = 0 and Cov ξ = Σ(x). Gaussian models draw ξ = L(x) z with z
 * standard normal and L Lᵀ = Σ; the SDEs use σ = L (σσᵀ = Σ) whatever the law of ξ.
 *
 * A model declares what it is (`properties`), so the exact references can say whether they apply to it (the
 * Gaussian exit chain needs `gaussian`; the diffusion quadrature needs only Σ) instead of assuming, and it
 * supplies its draw to the kernels as a declared fragment of source (codegen/fragment.ts).
 */
export interface NoiseProperties {
    /** ξ given x is Gaussian: SGD is then exactly Euler–Maruyama of SME-1 and the Gaussian exit chain is exact. */
    gaussian: boolean;
    /** Half-width of a bounded support of ξ, where there is one (a bounded law has different escape exponents). */
    boundedSupport?: number;
    /** Tail index α of a heavy-tailed ξ (P(|ξ| > r) ~ r^−α); absent for light (exponentially decaying) tails. */
    tailIndex?: number;
}
export interface NoiseModel {
    /** The family's kind (NoiseSpec["kind"] for the built-in ones). */
    readonly kind: string;
    readonly dim: number;
    /** True when Σ does not depend on x (the kernels then inline the constant factor). */
    readonly constant: boolean;
    /** Writes Σ(x) row-major (dim²) into out. */
    covariance(x: ArrayLike<number>, out: Float64Array): Float64Array;
    /** Writes a factor L(x) with L Lᵀ = Σ(x), row-major (dim²), into out. */
    factor(x: ArrayLike<number>, out: Float64Array): Float64Array;
    readonly spec: NoiseSpec;
    readonly properties: NoiseProperties;
    /** The kernels' source for one draw of ξ at the current state (see codegen/fragment.ts). */
    kernelFragment(): NoiseFragment;
}
export type NoiseSpec = {
    kind: "isotropic";
    sigma: number;
} | {
    kind: "covariance";
    Sigma: number[][];
}
/** Σ(x) = c·|∇²f(x)|/B, |·| the matrix absolute value (Hessian-shaped noise observed for real losses). */
 | {
    kind: "hessian";
    c: number;
    batch: number;
}
/** Σ(x) = σ²(1 + κ‖x − center‖²)·I (state-dependent level, claim M5). */
 | {
    kind: "state-dependent";
    sigma: number;
    kappa: number;
    center: number[];
}
/** Real minibatch noise: batches of a finite-sum dataset (fixtures/datasets), drawn in the kernels. */
 | {
    kind: "minibatch";
    dataset: string;
    batch: number;
    sampling?: "with-replacement" | "without-replacement";
}
/** A family from a JS module (noise/modules.ts); `module` is its file URL once loaded. */
 | {
    kind: "module";
    module: string;
    export?: string;
    params?: Record<string, unknown>;
};
//# sourceMappingURL=noise.d.ts.map