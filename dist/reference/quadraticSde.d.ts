/**
 * Exact moments of the linear SDEs that approximate SGD on f = ½xᵀHx (an Ornstein–Uhlenbeck process):
 *
 *   dX = −AX dt + √η σ dW,  σσᵀ = Σ,  A symmetric
 *   E X_t = e^{−At}x0,   Cov_t = e^{−At}C0e^{−At} + η∫₀ᵗ e^{−As}Σe^{−As} ds.
 *
 * In the eigenbasis of A (A = V diag(a) Vᵀ, Σ̃ = VᵀΣV):
 *
 *   Coṽ_t,ij = e^{−(a_i+a_j)t} C̃0_ij + ηΣ̃_ij·(1 − e^{−(a_i+a_j)t})/(a_i+a_j)   (→ ηΣ̃_ij·t when a_i+a_j = 0).
 *
 * The factor (1 − e^{−st})/s is evaluated as −expm1(−st)/s: for st ≪ 1, 1 − e^{−st} loses all but
 * |log₁₀(st)| digits, and weak errors down to ~1e-7 relative are differences of these numbers.
 *
 * The schemes (THEORY.md "Setting and scaling") differ only in A and in whether there is noise; each declares
 * its weak order against SGD as data, and the specs check the declaration.
 */
import { type Matrix, type Vector } from "../linalg/dense.ts";
import { type Eigenbasis, type ModePropagator, type MomentTrajectory, type QuadraticTrajectoryInput } from "./quadraticSetting.ts";
export type QuadraticScheme = "sme1" | "sme2" | "gf";
export interface QuadraticSchemeDeclaration {
    /** Paper-language name for reports. */
    label: string;
    /** Weak order of sup_{kη≤T} |E φ(x_k) − E φ(X_{kη})| as η → 0. */
    weakOrder: number;
    /** Whether the scheme carries the √η σ dW term. */
    noisy: boolean;
    /** Eigenvalue of the drift matrix A for an eigenvalue λ of H (A is a polynomial in H, same eigenvectors). */
    driftEigenvalue(lambda: number, eta: number): number;
}
export declare const QUADRATIC_SCHEMES: Readonly<Record<QuadraticScheme, QuadraticSchemeDeclaration>>;
/** Drift matrix A of a scheme: H (SME-1, GF) or H + (η/2)H² (SME-2). */
export declare function schemeDriftMatrix(scheme: QuadraticScheme, H: Matrix, eta: number): Matrix;
export interface OuInput {
    /** Symmetric drift matrix A in dX = −AX dt + √η σ dW. */
    A: Matrix;
    Sigma: Matrix;
    x0: Vector;
    /** η, the noise scale: the diffusion matrix is ηΣ. Use 0 for no noise (gradient flow). */
    noiseScale: number;
    times: readonly number[];
    /** Covariance of X_0 (default 0). */
    C0?: Matrix;
}
/** E X_t and Cov_t at each requested time. */
export declare function ouMomentTrajectory(input: OuInput): MomentTrajectory;
/**
 * The OU process as a mode propagator (quadraticSetting.ts) in the eigenbasis of A with eigenvalues a_i
 * (`driftValues`): growth_i = e^{−a_i t}, noise_ij = η·(1 − e^{−(a_i+a_j)t})/(a_i+a_j) (→ η·t when a_i+a_j = 0).
 * Also used in H's eigenbasis for SME-2, whose A = H + (η/2)H² shares H's eigenvectors.
 */
export declare function ouModePropagator(driftValues: Vector, noiseScale: number): ModePropagator;
/** Moments at time t in the eigenbasis of A (eigenvalues `driftValues`), from Σ̃, m̃_0 and C̃_0 in that basis. */
export declare function ouEigenMoments(driftValues: Vector, SigmaTilde: Matrix, noiseScale: number, meanTilde0: Vector, covTilde0: Matrix | undefined): (t: number) => {
    mean: Vector;
    covariance: Matrix;
};
/** A scheme's propagator in H's eigenbasis (`lambdas` = eigenvalues of H), as a function of time t. */
export declare function schemeModePropagator(scheme: QuadraticScheme, lambdas: Vector, eta: number): ModePropagator;
/** The scheme's moments in H's eigenbasis (`basis` = eigen-decomposition of H), as a function of time t. */
export declare function schemeEigenMoments(scheme: QuadraticScheme, basis: Eigenbasis, SigmaTilde: Matrix, meanTilde0: Vector, covTilde0: Matrix | undefined, eta: number): (t: number) => {
    mean: Vector;
    covariance: Matrix;
};
/** Moments at t_k = kη for k = 0..steps, the SGD time grid. */
export interface SchemeTrajectoryInput extends QuadraticTrajectoryInput {
    scheme: QuadraticScheme;
}
/** The scheme's moments on the SGD time grid t_k = kη (t_k computed as k·η, never by accumulating η). */
export declare function schemeMomentTrajectory(input: SchemeTrajectoryInput): MomentTrajectory;
//# sourceMappingURL=quadraticSde.d.ts.map