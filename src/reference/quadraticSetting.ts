/**
 * The exactly solvable setting of THEORY.md §W: f(x) = ½xᵀHx with H symmetric, constant gradient-noise covariance
 * Σ (PSD), SGD step η. Every exact reference in this folder works in the eigenbasis of H (H = VΛVᵀ), where the
 * SGD recursion and the OU equations decouple into scalar geometric sums and exponentials; this file holds the
 * input checks and the basis changes they share.
 */
import { type Matrix, symmetricEigen, symmetrize, type Vector } from "../linalg/dense.ts";
import { assertCovariance, assertFinitePositive, assertSymmetricMatrix, assertVector } from "./arguments.ts";

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
export function eigenMomentsFromPropagator(
  propagator: ModePropagator,
  SigmaTilde: Matrix,
  meanTilde0: Vector,
  covTilde0: Matrix | undefined,
): (s: number) => { mean: Vector; covariance: Matrix } {
  const d = meanTilde0.length;
  const growth = new Float64Array(d);
  const noise = new Float64Array(d * d);
  return (s: number) => {
    propagator(s, growth, noise);
    const mean = meanTilde0.map((m, i) => growth[i]! * m);
    const covariance = SigmaTilde.map((row, i) =>
      row.map((sig, j) => {
        const c = noise[i * d + j]! * sig;
        return covTilde0 ? c + growth[i]! * growth[j]! * covTilde0[i]![j]! : c;
      }),
    );
    return { mean, covariance };
  };
}

/** Relative tolerance for T/η to count as an integer number of steps (rounding noise of a decimal η). */
export const STEP_COUNT_TOLERANCE = 1e-9;

/** Steps T/η a finite-horizon comparison may take (memory of the exact series: 8 bytes per step and moment). */
export const MAX_HORIZON_STEPS = 1e7;

/**
 * T/η, refused past MAX_HORIZON_STEPS: the exact references keep one value per step, so beyond it they would
 * need gigabytes (and SGD hours). The grid references step ⌈T/η⌉ times and need only this, not a whole T/η.
 */
export function checkHorizonCap(T: number, eta: number): number {
  const ratio = T / eta;
  if (!(ratio <= MAX_HORIZON_STEPS))
    throw new RangeError(
      `T/eta = ${ratio.toPrecision(3)} steps is beyond the cap of ${MAX_HORIZON_STEPS.toExponential(0)} for a finite-horizon comparison (T = ${T}, eta = ${eta}): use a larger η or a smaller T`,
    );
  return ratio;
}

/**
 * Number of SGD steps K = T/η for the horizon T. A decimal η (0.1, 0.025, …) makes T/η an integer only up to
 * round-off, so it is rounded when within STEP_COUNT_TOLERANCE relative; otherwise the horizon is not on the SGD
 * time grid t_k = kη and the comparison would be ill-defined, so this throws.
 */
export function stepsForHorizon(T: number, eta: number): number {
  assertFinitePositive("T", T);
  assertFinitePositive("eta", eta);
  const ratio = checkHorizonCap(T, eta);
  const steps = Math.round(ratio);
  if (steps < 1 || Math.abs(ratio - steps) > STEP_COUNT_TOLERANCE * ratio)
    throw new Error(
      `T/eta must be an integer number of steps: T = ${T}, eta = ${eta} give T/eta = ${ratio} (use T = K·eta)`,
    );
  return steps;
}

/** M̃ = VᵀMV: a matrix in the eigenbasis. */
export function toEigenbasis(M: Matrix, V: Matrix): Matrix {
  return congruence(M, V, true);
}

/** M = VM̃Vᵀ: back from the eigenbasis. */
export function fromEigenbasis(Mt: Matrix, V: Matrix): Matrix {
  return congruence(Mt, V, false);
}

/** x̃ = Vᵀx. */
export function vectorToEigenbasis(x: ArrayLike<number>, V: Matrix): Vector {
  const n = V.length;
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const Vi = V[i]!;
    const xi = x[i]!;
    for (let a = 0; a < n; a++) out[a]! += Vi[a]! * xi;
  }
  return out;
}

/** x = Vx̃. */
export function vectorFromEigenbasis(xt: ArrayLike<number>, V: Matrix): Vector {
  return V.map((row) => {
    let s = 0;
    for (let a = 0; a < row.length; a++) s += row[a]! * xt[a]!;
    return s;
  });
}

/** VᵀMV (transposeFirst) or VMVᵀ, in two O(d³) passes without forming Vᵀ. */
function congruence(M: Matrix, V: Matrix, transposeFirst: boolean): Matrix {
  const n = V.length;
  // out = L·M·R with R = V, L = Vᵀ (transposeFirst) or R = Vᵀ, L = V.
  const right = (l: number, b: number) => (transposeFirst ? V[l]![b]! : V[b]![l]!);
  const left = (a: number, i: number) => (transposeFirst ? V[i]![a]! : V[a]![i]!);
  const W: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const Mi = M[i]!;
    const Wi = W[i]!;
    for (let l = 0; l < n; l++) {
      const m = Mi[l]!;
      if (m === 0) continue;
      for (let b = 0; b < n; b++) Wi[b]! += m * right(l, b);
    }
  }
  const out: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let a = 0; a < n; a++) {
    const Oa = out[a]!;
    for (let i = 0; i < n; i++) {
      const lai = left(a, i);
      if (lai === 0) continue;
      const Wi = W[i]!;
      for (let b = 0; b < n; b++) Oa[b]! += lai * Wi[b]!;
    }
  }
  return out;
}

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
export type EigenStepper = (k: number) => { mean: Vector; covariance: Matrix };

/**
 * Validates a trajectory request, moves Σ, x0 and C0 into H's eigenbasis once, and maps the stepper's
 * eigenbasis moments back for k = 0..K. Shared by the SGD recursion and the SDE closed forms, so both are
 * evaluated in the same basis and its round-off cancels in their difference.
 */
export function eigenbasisTrajectory(
  input: QuadraticTrajectoryInput,
  makeStepper: (
    basis: Eigenbasis,
    SigmaTilde: Matrix,
    meanTilde0: Vector,
    covTilde0: Matrix | undefined,
  ) => EigenStepper,
): MomentTrajectory {
  const { H, Sigma, x0, eta, steps, C0 } = input;
  const d = x0.length;
  assertSymmetricMatrix("H", H, d);
  assertCovariance("Sigma", Sigma, d);
  assertVector("x0", x0, d);
  assertFinitePositive("eta", eta);
  if (!Number.isInteger(steps) || steps < 0) throw new Error(`steps must be an integer ≥ 0 (got ${steps})`);
  if (C0 !== undefined) assertCovariance("C0", C0, d);
  const basis = symmetricEigen(H);
  const V = basis.vectors;
  const at = makeStepper(basis, toEigenbasis(Sigma, V), vectorToEigenbasis(x0, V), C0 && toEigenbasis(C0, V));
  const means: Vector[] = [];
  const covariances: Matrix[] = [];
  for (let k = 0; k <= steps; k++) {
    const { mean, covariance } = at(k);
    means.push(vectorFromEigenbasis(mean, V));
    covariances.push(symmetrize(fromEigenbasis(covariance, V)));
  }
  return { means, covariances };
}
