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
import { type Matrix, symmetricEigen, symmetrize } from "../linalg/dense.ts";
import { assertCovariance, assertFinitePositive, assertSymmetricMatrix } from "./arguments.ts";
import { QUADRATIC_SCHEMES } from "./quadraticSde.ts";
import { fromEigenbasis, toEigenbasis } from "./quadraticSetting.ts";

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

function assert1d({ lambda, noiseVariance, eta }: StationaryVariance1dInput): void {
  assertFinitePositive("lambda", lambda);
  assertFinitePositive("eta", eta);
  if (!Number.isFinite(noiseVariance) || noiseVariance < 0)
    throw new Error(`noiseVariance must be a finite number ≥ 0 (got ${noiseVariance})`);
}

function assertSgdStable(eta: number, lambdaMax: number): void {
  if (!(eta * lambdaMax < 2))
    throw new Error(
      `eta = ${eta} must be < 2/lambda_max = ${2 / lambdaMax} for SGD to have a stationary law (lambda_max = ${lambdaMax})`,
    );
}

/** SGD: ηs²/(λ(2 − ηλ)), exact for every stable η (0 < ηλ < 2). */
export function sgdStationaryVariance1d(input: StationaryVariance1dInput): number {
  assert1d(input);
  const { lambda, noiseVariance, eta } = input;
  assertSgdStable(eta, lambda);
  return (eta * noiseVariance) / (lambda * (2 - eta * lambda));
}

/** SME-1: ηs²/(2λ). */
export function sme1StationaryVariance1d(input: StationaryVariance1dInput): number {
  assert1d(input);
  const { lambda, noiseVariance, eta } = input;
  return (eta * noiseVariance) / (2 * lambda);
}

/** SME-2: ηs²/(2λ + ηλ²). */
export function sme2StationaryVariance1d(input: StationaryVariance1dInput): number {
  assert1d(input);
  const { lambda, noiseVariance, eta } = input;
  return (eta * noiseVariance) / (2 * lambda + eta * lambda * lambda);
}

function eigenData({ H, Sigma, eta }: StationaryCovarianceInput, names = { H: "H", eta: "eta" }) {
  assertSymmetricMatrix(names.H, H);
  assertCovariance("Sigma", Sigma, H.length);
  assertFinitePositive(names.eta, eta);
  const { values, vectors } = symmetricEigen(H);
  const lambdaMin = values[0]!;
  if (!(lambdaMin > 0))
    throw new Error(
      `${names.H} must be positive definite for a stationary law (smallest eigenvalue ${lambdaMin})`,
    );
  return { values, V: vectors, SigmaTilde: toEigenbasis(Sigma, vectors) };
}

/** Solution of C = (I−ηH)C(I−ηH) + η²Σ (H positive definite, η < 2/λ_max). */
export function sgdStationaryCovariance(input: StationaryCovarianceInput): Matrix {
  const { values, V, SigmaTilde } = eigenData(input);
  const { eta } = input;
  assertSgdStable(eta, values[values.length - 1]!);
  const Ct = SigmaTilde.map((row, i) =>
    row.map((s, j) => {
      const li = values[i]!;
      const lj = values[j]!;
      return (eta * s) / (li + lj - eta * li * lj);
    }),
  );
  return symmetrize(fromEigenbasis(Ct, V));
}

/** Solution of AC + CA = ηΣ for A with eigenvalues `drift(λ_i)` in H's eigenbasis. */
function ouStationaryFromEigen(
  values: number[],
  V: Matrix,
  SigmaTilde: Matrix,
  eta: number,
  drift: (lambda: number) => number,
): Matrix {
  const a = values.map(drift);
  const Ct = SigmaTilde.map((row, i) => row.map((s, j) => (eta * s) / (a[i]! + a[j]!)));
  return symmetrize(fromEigenbasis(Ct, V));
}

/** SME-1: the solution of HC + CH = ηΣ. */
export function sme1StationaryCovariance(input: StationaryCovarianceInput): Matrix {
  const { values, V, SigmaTilde } = eigenData(input);
  const { eta } = input;
  return ouStationaryFromEigen(values, V, SigmaTilde, eta, (l) =>
    QUADRATIC_SCHEMES.sme1.driftEigenvalue(l, eta),
  );
}

/** SME-2: the solution of AC + CA = ηΣ with A = H + (η/2)H². */
export function sme2StationaryCovariance(input: StationaryCovarianceInput): Matrix {
  const { values, V, SigmaTilde } = eigenData(input);
  const { eta } = input;
  return ouStationaryFromEigen(values, V, SigmaTilde, eta, (l) =>
    QUADRATIC_SCHEMES.sme2.driftEigenvalue(l, eta),
  );
}

/**
 * Stationary covariance of the OU process dX = −AX dt + √(noiseScale) σ dW for a symmetric positive definite A:
 * the solution of AC + CA = noiseScale·Σ.
 */
export function ouStationaryCovariance(A: Matrix, Sigma: Matrix, noiseScale: number): Matrix {
  const { values, V, SigmaTilde } = eigenData(
    { H: A, Sigma, eta: noiseScale },
    { H: "A", eta: "noiseScale" },
  );
  return ouStationaryFromEigen(values, V, SigmaTilde, noiseScale, (a) => a);
}

/**
 * Leading terms of the absolute stationary-covariance errors of the two SDEs against SGD (claim W3's constants):
 *   C_SME-1 − C_SGD = −η² K₁ + O(η³),   K̃₁_ij = Σ̃_ij λ_iλ_j / (λ_i + λ_j)²   (eigenbasis of H),
 *   C_SME-2 − C_SGD = −η² K₂ + O(η³),   K₂ = Σ/2,
 * from expanding the eigenbasis forms above: ηΣ̃/(s − ηλ_iλ_j) = (ηΣ̃/s)(1 + ηλ_iλ_j/s + …) for SGD, and for
 * SME-2 the drift sum s + η(λ_i² + λ_j²)/2, whose first-order terms add to s²/2 (s = λ_i + λ_j) — the SME-2
 * constant does not depend on H at all. 1-D: −η²s²/4 and −η²s²/2. These are closed forms independent of the
 * solvers above, so a claim comparing the two catches a mis-scaled coefficient in either.
 */
export function stationaryErrorConstants({ H, Sigma }: { H: Matrix; Sigma: Matrix }): {
  sme1: Matrix;
  sme2: Matrix;
} {
  const { values, V, SigmaTilde } = eigenData({ H, Sigma, eta: 1 });
  const K1 = SigmaTilde.map((row, i) =>
    row.map((s, j) => {
      const li = values[i]!;
      const lj = values[j]!;
      return (s * li * lj) / (li + lj) ** 2;
    }),
  );
  return {
    sme1: symmetrize(fromEigenbasis(K1, V)),
    sme2: Sigma.map((row) => row.map((s) => s / 2)),
  };
}
