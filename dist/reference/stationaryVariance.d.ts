/**
 * Stationary laws on f = ½xᵀHx with constant noise covariance Σ (claim W3). All are Gaussian with mean 0.
 *
 * 1-D (f = λx²/2, noise variance s²):
 *   SGD    ηs²/(λ(2 − ηλ))   (fixed point of c = (1−ηλ)²c + η²s²)
 *   SME-1  ηs²/(2λ)          (OU: 2λc = ηs²)
 *   SME-2  ηs²/(2λ + ηλ²)    (OU with drift λ + ηλ²/2)
 * so SME-1 and SME-2 both have relative error O(η) against SGD (−ηλ/2 and −ηλ resp.) and absolute error O(η²).
 *
 * d-D, in the eigenbasis of H (Σ̃ = VᵀΣV):
 *   SGD  C = (I−ηH)C(I−ηH) + η²Σ:  C̃_ij = η²Σ̃_ij/(1 − (1−ηλ_i)(1−ηλ_j)) = ηΣ̃_ij/(λ_i + λ_j − ηλ_iλ_j)
 *   OU   AC + CA = ηΣ:             C̃_ij = ηΣ̃_ij/(a_i + a_j)   (A = H for SME-1, H + (η/2)H² for SME-2)
 * The right-hand forms avoid the cancellation in 1 − (1−ηλ_i)(1−ηλ_j) at small η.
 */
import { type Matrix } from "../linalg/dense.ts";
export interface StationaryVariance1dInput {
    /** Curvature λ = f''. */
    lambda: number;
    /** Gradient-noise variance s². */
    noiseVariance: number;
    eta: number;
}
export interface StationaryCovarianceInput {
    H: Matrix;
    Sigma: Matrix;
    eta: number;
}
/** SGD: ηs²/(λ(2 − ηλ)), exact for every stable η (0 < ηλ < 2). */
export declare function sgdStationaryVariance1d(input: StationaryVariance1dInput): number;
/** SME-1: ηs²/(2λ). */
export declare function sme1StationaryVariance1d(input: StationaryVariance1dInput): number;
/** SME-2: ηs²/(2λ + ηλ²). */
export declare function sme2StationaryVariance1d(input: StationaryVariance1dInput): number;
/** Solution of C = (I−ηH)C(I−ηH) + η²Σ (H positive definite, η < 2/λ_max). */
export declare function sgdStationaryCovariance(input: StationaryCovarianceInput): Matrix;
/** SME-1: the solution of HC + CH = ηΣ. */
export declare function sme1StationaryCovariance(input: StationaryCovarianceInput): Matrix;
/** SME-2: the solution of AC + CA = ηΣ with A = H + (η/2)H². */
export declare function sme2StationaryCovariance(input: StationaryCovarianceInput): Matrix;
/**
 * Stationary covariance of the OU process dX = −AX dt + √(noiseScale) σ dW for a symmetric positive definite A:
 * the solution of AC + CA = noiseScale·Σ.
 */
export declare function ouStationaryCovariance(A: Matrix, Sigma: Matrix, noiseScale: number): Matrix;
//# sourceMappingURL=stationaryVariance.d.ts.map