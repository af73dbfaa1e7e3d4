import { logGamma } from "../stats/specialFunctions.ts";

/**
 * The characteristic function of the standard Student-t_ν law (claim V2's exact weak reference):
 *
 *   φ_ν(t) = E e^{itZ} = (√ν|t|)^{ν/2} K_{ν/2}(√ν|t|) / (Γ(ν/2) 2^{ν/2−1}),
 *
 * K the modified Bessel function of the second kind, here from K_v(x) = ∫₀^∞ e^{−x cosh u} cosh(vu) du by the
 * trapezoid rule: the integrand is analytic and decays double-exponentially, so the rule converges
 * geometrically in 1/step (step 1/32 is at round-off for x ≥ 1e-6; a spec checks the odd-ν closed forms, e.g.
 * φ₃(t) = (1 + √3|t|)e^{−√3|t|}). The product is formed in logarithms so that x^v·K_v(x) → Γ(v)2^{v−1} does not
 * overflow as x → 0. φ is not analytic at 0: log φ_ν(t) = −(ν/(ν−2))t²/2 + O(|t|^{min(ν,4)}) — for ν = 3 a |t|³
 * term, which is why heavy tails shift SGD's weak error only at O(η²).
 */
export function studentTCharacteristic(nu: number, t: number): number {
  if (!(nu > 0 && Number.isFinite(nu))) throw new RangeError(`ν must be a positive number, got ${nu}`);
  const x = Math.sqrt(nu) * Math.abs(t);
  if (x === 0) return 1;
  const v = nu / 2;
  return Math.exp(v * Math.log(x) + logBesselK(v, x) - logGamma(v) - (v - 1) * Math.LN2);
}

/** ln K_v(x), x > 0, v ≥ 0, by the trapezoid rule on ∫₀^∞ e^{−x cosh u} cosh(vu) du, scaled by its peak term. */
export function logBesselK(v: number, x: number): number {
  if (!(x > 0)) throw new RangeError(`x must be > 0, got ${x}`);
  const h = 1 / 32;
  // Exponent of the integrand, −x cosh u + ln cosh(vu); its maximum fixes the scale (no overflow at small x).
  const g = (u: number) => -x * Math.cosh(u) + v * u + Math.log1p(Math.exp(-2 * v * u)) - Math.LN2;
  let peak = Number.NEGATIVE_INFINITY;
  const values: number[] = [];
  for (let k = 0; ; k++) {
    const e = g(k * h);
    values.push(e);
    if (e > peak) peak = e;
    // Past the peak the integrand falls double-exponentially: stop 40 e-folds below it.
    if (k * h > 1 && e < peak - 40 && -x * Math.sinh(k * h) + v < 0) break;
    if (k > 1e6) throw new Error(`logBesselK(${v}, ${x}): no convergence`);
  }
  let s = 0;
  for (let k = 0; k < values.length; k++) s += (k === 0 ? 0.5 : 1) * Math.exp(values[k]! - peak);
  return peak + Math.log(s * h);
}
