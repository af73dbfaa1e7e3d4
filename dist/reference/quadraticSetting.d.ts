/**
 * The exactly solvable setting of THEORY.md §W: f(x) = ½xᵀHx with H symmetric, constant gradient-noise covariance
 * Σ (PSD), SGD step η. Every exact reference in this folder works in the eigenbasis of H (H = VΛVᵀ), where the
 * SGD recursion and the OU equations decouple into scalar geometric sums and exponentials; this file holds the
 * input checks and the basis changes they share.
 */
import { type Matrix, type Vector } from "../linalg/dense.ts";
/** Eigen-decomposition H = V diag(values) Vᵀ; column j of `vectors` belongs to values[j]. */
export interface Eigenbasis {
    values: Vector;
    vectors: Matrix;
}
/** Means and covariances of a Gaussian law along a time grid; index k is step k (time kη). */
export interface MomentTrajectory {
    means: Vector[];
    covariances: Matrix[];
}
/**
 * A linear Gaussian dynamics diagonalised by H's eigenbasis, at time index s (step k for SGD, time t for an OU
 * process): m̃_i(s) = growth_i·m̃_i(0) and C̃_ij(s) = growth_i·growth_j·C̃_ij(0) + noise_ij·Σ̃_ij. A propagator
 * writes growth (length d) and noise (d×d row-major, symmetric) for a given s into the caller's buffers, so the
 * weak-error loop allocates nothing per step.
 */
export type ModePropagator = (s: number, growth: Float64Array, noise: Float64Array) => void;
/** (m̃(s), C̃(s)) from a propagator and the eigenbasis data Σ̃, m̃(0), C̃(0). */
export declare function eigenMomentsFromPropagator(propagator: ModePropagator, SigmaTilde: Matrix, meanTilde0: Vector, covTilde0: Matrix | undefined): (s: number) => {
    mean: Vector;
    covariance: Matrix;
};
/** Relative tolerance for T/η to count as an integer number of steps (rounding noise of a decimal η). */
export declare const STEP_COUNT_TOLERANCE = 1e-9;
/**
 * Number of SGD steps K = T/η for the horizon T. A decimal η (0.1, 0.025, …) makes T/η an integer only up to
 * round-off, so it is rounded when within STEP_COUNT_TOLERANCE relative; otherwise the horizon is not on the SGD
 * time grid t_k = kη and the comparison would be ill-defined, so this throws.
 */
export declare function stepsForHorizon(T: number, eta: number): number;
/** M̃ = VᵀMV: a matrix in the eigenbasis. */
export declare function toEigenbasis(M: Matrix, V: Matrix): Matrix;
/** M = VM̃Vᵀ: back from the eigenbasis. */
export declare function fromEigenbasis(Mt: Matrix, V: Matrix): Matrix;
/** x̃ = Vᵀx. */
export declare function vectorToEigenbasis(x: ArrayLike<number>, V: Matrix): Vector;
/** x = Vx̃. */
export declare function vectorFromEigenbasis(xt: ArrayLike<number>, V: Matrix): Vector;
/** A trajectory request on f = ½xᵀHx with constant noise Σ: moments at steps k = 0..steps. */
export interface QuadraticTrajectoryInput {
    H: Matrix;
    Sigma: Matrix;
    x0: Vector;
    eta: number;
    /** Last step K: the trajectory holds k = 0..K. */
    steps: number;
    /** Covariance of x_0 (default 0: a deterministic start). */
    C0?: Matrix;
}
/** Moments in H's eigenbasis at step k. */
export type EigenStepper = (k: number) => {
    mean: Vector;
    covariance: Matrix;
};
/**
 * Validates a trajectory request, moves Σ, x0 and C0 into H's eigenbasis once, and maps the stepper's
 * eigenbasis moments back for k = 0..K. Shared by the SGD recursion and the SDE closed forms, so both are
 * evaluated in the same basis and its round-off cancels in their difference.
 */
export declare function eigenbasisTrajectory(input: QuadraticTrajectoryInput, makeStepper: (basis: Eigenbasis, SigmaTilde: Matrix, meanTilde0: Vector, covTilde0: Matrix | undefined) => EigenStepper): MomentTrajectory;
//# sourceMappingURL=quadraticSetting.d.ts.map