import { integrate } from "../../math/gaussLegendre.ts";

/**
 * The Arrhenius exponent of SGD with bounded noise (claim V3; THEORY.md V3; Cramér / Freidlin–Wentzell for
 * Markov chains with small steps). For x ← x − η(f′(x) + ζ), ζ i.i.d. with log-MGF Λ(p) = ln E e^{pζ}, the
 * chain climbs from the minimum x* to the saddle z (f′ > 0 between them) at exponential cost S/η with
 *
 *   S = ∫_{x*}^{z} p(x) dx,   p(x) > 0 the root of Λ(p) = p·f′(x),
 *
 * the momentum at which the tilted noise exactly balances the drift (Hamiltonian H(x, p) = Λ(p) − p f′(x) = 0).
 * Gaussian noise σ: Λ = p²σ²/2 gives p = 2f′/σ² and S = 2Δf/σ², the SDE's exponent. For bounded noise
 * Λ(p)/p increases to b (the largest noise value) as p → ∞, so a root exists only where f′(x) < b: if
 * b ≤ b_c = max f′ on (x*, z) the chain cannot climb past the point of largest restoring force at all (S = ∞).
 * The mean of B i.i.d. draws has Λ_B(p) = B·Λ(p/B), so p_B = B·p₁ and S_B = B·S₁, with the same threshold.
 */
export type BoundedNoiseKind = "rademacher" | "uniform" | "gaussian";

export interface NoiseLogMgf {
  kind: BoundedNoiseKind;
  /** Rademacher ±b, uniform [−b, b], or Gaussian with standard deviation b. */
  b: number;
  /** Mean of `batch` i.i.d. draws (default 1). */
  batch?: number;
}

/** ln cosh u without overflow. */
function logCosh(u: number): number {
  const a = Math.abs(u);
  return a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
}

/** ln(sinh u / u) without overflow or cancellation at small u. */
function logSinhc(u: number): number {
  const a = Math.abs(u);
  if (a < 1e-4) return (a * a) / 6 - a ** 4 / 180;
  return a + Math.log1p(-Math.exp(-2 * a)) - Math.LN2 - Math.log(a);
}

/** Λ(p) for one draw of the noise. */
function logMgf1(kind: BoundedNoiseKind, b: number, p: number): number {
  switch (kind) {
    case "rademacher":
      return logCosh(p * b);
    case "uniform":
      return logSinhc(p * b);
    case "gaussian":
      return 0.5 * p * p * b * b;
  }
}

export function logMgf(noise: NoiseLogMgf, p: number): number {
  const B = noise.batch ?? 1;
  return B * logMgf1(noise.kind, noise.b, p / B);
}

/** sup_p Λ(p)/p: b for bounded noise (the largest value a draw or a mean of draws takes), ∞ for Gaussian. */
export function noiseSupremum(noise: NoiseLogMgf): number {
  return noise.kind === "gaussian" ? Number.POSITIVE_INFINITY : noise.b;
}

/** The root p > 0 of Λ(p) = p·g for 0 < g < sup Λ/p (bisection on the increasing Λ(p)/p); 0 at g ≤ 0. */
export function balancingMomentum(noise: NoiseLogMgf, g: number): number {
  if (!(g > 0)) return 0;
  if (!(g < noiseSupremum(noise))) return Number.POSITIVE_INFINITY;
  const ratio = (p: number) => logMgf(noise, p) / p;
  let lo = 0;
  let hi = 1;
  while (ratio(hi) < g) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (ratio(mid) < g) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * S = ∫_{x*}^{z} p(x) dx for a 1-D landscape with f′ > 0 on (x*, z); ∞ when the noise cannot balance the drift
 * somewhere on the way (b ≤ max f′). `panels` Gauss–Legendre panels of 8 points: p is smooth wherever it is
 * finite, and vanishes like 2f′/Var at both ends.
 */
export function boundedNoiseExponent(
  gradient: (x: number) => number,
  from: number,
  to: number,
  noise: NoiseLogMgf,
  panels = 64,
): number {
  const sup = noiseSupremum(noise);
  // Locate the largest restoring force first: past it no root exists and S = ∞.
  let fmax = 0;
  const scan = 4000;
  for (let i = 0; i <= scan; i++) fmax = Math.max(fmax, gradient(from + ((to - from) * i) / scan));
  if (!(fmax < sup)) return Number.POSITIVE_INFINITY;
  return integrate((x) => balancingMomentum(noise, gradient(x)), from, to, panels);
}
