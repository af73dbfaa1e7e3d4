import { studentTCharacteristic } from "../math/studentTCharacteristic.ts";

/**
 * Exact weak errors on f = λx²/2 when the gradient noise is Student-t (claim V2): SGD x_{k+1} = c·x_k − ησ′Z_k,
 * c = 1 − ηλ, Z_k i.i.d. standard t_ν and σ′ = σ√((ν − 2)/ν) (variance σ², the SDE's), so
 *
 *   E cos(ωx_k) = cos(ωc^k x₀)·Π_{j<k} φ_ν(ωησ′c^j)        (symmetric noise: the characteristic function is real)
 *
 * against SME-1's Gaussian law, mean e^{−λt}x₀ and variance ησ²(1 − e^{−2λt})/(2λ), at t = kη. The same product
 * with φ = e^{−t²/2} is Gaussian-noise SGD (W1's quadratic case): its error is the control. The first two moments
 * of SGD do not see the law at all (E x_k, E x_k² are those of Gaussian-noise SGD), so cos(ωx) is the test
 * function that can: the tails enter log φ_ν at O(|t|^{min(ν,4)}) per step, O(η^{min(ν,4)−1}) over T/η steps —
 * O(η²) for ν = 3 — below the O(η) of the SDE's drift error, so the order is still 1.
 */
export interface StudentTQuadraticInput {
  lambda: number;
  sigma: number;
  nu: number;
  x0: number;
  eta: number;
  T: number;
  omega: number;
}

export interface StudentTQuadraticErrors {
  /** sup_k |E cos(ωx_k) − E cos(ωX_kη)|, Student-t SGD against SME-1. */
  studentT: number;
  /** The same for Gaussian-noise SGD (the W1 reference). */
  gaussian: number;
  /** sup_k |E_t cos(ωx_k) − E_G cos(ωx_k)|: what the tails change, O(η²) for ν = 3. */
  tailEffect: number;
  steps: number;
}

export function studentTQuadraticErrors(p: StudentTQuadraticInput): StudentTQuadraticErrors {
  const { lambda, sigma, nu, x0, eta, T, omega } = p;
  const K = Math.round(T / eta);
  if (!(Math.abs(K * eta - T) <= 1e-9 * T)) throw new RangeError(`T/η must be an integer, got ${T / eta}`);
  if (!(nu > 2)) throw new RangeError(`ν must exceed 2 (finite variance), got ${nu}`);
  const c = 1 - eta * lambda;
  const s = eta * sigma * Math.sqrt((nu - 2) / nu);
  let logT = 0; // Σ_{j<k} log φ_ν(ω s c^j)
  let varG = 0; // Σ_{j<k} (ησ c^j)²
  let ck = 1; // c^k
  let studentT = 0;
  let gaussian = 0;
  let tailEffect = 0;
  for (let k = 0; k <= K; k++) {
    const t = k * eta;
    const mean = Math.cos(omega * ck * x0);
    const eT = mean * Math.exp(logT);
    const eG = mean * Math.exp(-0.5 * omega * omega * varG);
    const vSde = (eta * sigma * sigma * -Math.expm1(-2 * lambda * t)) / (2 * lambda);
    const eSde = Math.cos(omega * Math.exp(-lambda * t) * x0) * Math.exp(-0.5 * omega * omega * vSde);
    studentT = Math.max(studentT, Math.abs(eT - eSde));
    gaussian = Math.max(gaussian, Math.abs(eG - eSde));
    tailEffect = Math.max(tailEffect, Math.abs(eT - eG));
    logT += Math.log(studentTCharacteristic(nu, omega * s * ck));
    varG += (eta * sigma * ck) ** 2;
    ck *= c;
  }
  return { studentT, gaussian, tailEffect, steps: K };
}
