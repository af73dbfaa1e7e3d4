/**
 * Large step sizes on a 1-D quadratic f = hx²/2 with additive gradient noise of variance σ² (claim V4; THEORY.md
 * V4). SGD is the linear recursion x_{k+1} = (1 − ηh)x_k − ησξ_k, so everything is exact:
 *
 *   Var x_k (from x_0 = 0)   η²σ²·(1 − q^k)/(1 − q),  q = (1 − ηh)²    (q > 1 for ηh > 2: growth like q^k)
 *   stationary (ηh < 2)      ησ²/(h(2 − ηh))
 *   lag-one autocorrelation  1 − ηh                                    (negative for ηh > 1)
 *
 * against the SDEs at the same η: SME-1 dX = −hX dt + √η σ dW and SME-2 (drift h + ηh²/2), Ornstein–Uhlenbeck
 * processes with stationary variances ησ²/(2h) and ησ²/(h(2 + ηh)) and lag-η autocorrelation e^{−hη} > 0 (no OU
 * process is negatively correlated at any lag). SVAG (Li–Malladi–Arora 2021) with parameter l takes steps η/l
 * with gradient noise of variance lσ²: the same recursion at step η/l, stationary variance ησ²/(h(2 − ηh/l)),
 * which tends to SME-1's as l → ∞ with relative error (ηh/l)/(2 − ηh/l) = O(1/l).
 */
export interface LargeStepQuadratic {
  h: number;
  sigma: number;
  eta: number;
}

function check({ h, sigma, eta }: LargeStepQuadratic): void {
  if (!(h > 0 && Number.isFinite(h))) throw new RangeError(`h must be finite and > 0, got ${h}`);
  if (!(sigma >= 0 && Number.isFinite(sigma)))
    throw new RangeError(`sigma must be finite and ≥ 0, got ${sigma}`);
  if (!(eta > 0 && Number.isFinite(eta))) throw new RangeError(`eta must be finite and > 0, got ${eta}`);
}

/** Var x_k of SGD from a deterministic start, k ≥ 0 (any ηh, including the divergent ηh > 2). */
export function sgdVarianceAfter(p: LargeStepQuadratic, k: number): number {
  check(p);
  const q = (1 - p.eta * p.h) ** 2;
  const s2 = (p.eta * p.sigma) ** 2;
  // Σ_{j<k} q^j without cancellation near q = 1.
  const sum = Math.abs(q - 1) < 1e-12 ? k : (q ** k - 1) / (q - 1);
  return s2 * sum;
}

/** SGD's stationary variance ησ²/(h(2 − ηh)); throws for ηh ≥ 2 (no stationary law). */
export function sgdStationaryVariance(p: LargeStepQuadratic): number {
  check(p);
  if (!(p.eta * p.h < 2)) throw new RangeError(`ηh = ${p.eta * p.h} ≥ 2: SGD has no stationary law`);
  return (p.eta * p.sigma ** 2) / (p.h * (2 - p.eta * p.h));
}

export function sme1StationaryVarianceAt(p: LargeStepQuadratic): number {
  check(p);
  return (p.eta * p.sigma ** 2) / (2 * p.h);
}

export function sme2StationaryVarianceAt(p: LargeStepQuadratic): number {
  check(p);
  return (p.eta * p.sigma ** 2) / (p.h * (2 + p.eta * p.h));
}

/** SME-1's Var X_t from X_0 deterministic: (ησ²/(2h))(1 − e^{−2ht}). */
export function sme1VarianceAt(p: LargeStepQuadratic, t: number): number {
  check(p);
  return ((p.eta * p.sigma ** 2) / (2 * p.h)) * -Math.expm1(-2 * p.h * t);
}

/** Lag-one autocorrelation of stationary SGD, 1 − ηh, and of the OU process at lag η, e^{−hη}. */
export function sgdLagOneAutocorrelation(p: LargeStepQuadratic): number {
  check(p);
  return 1 - p.eta * p.h;
}

export function ouLagAutocorrelation(p: LargeStepQuadratic): number {
  check(p);
  return Math.exp(-p.h * p.eta);
}

/** SVAG with parameter l ≥ 1: stationary variance ησ²/(h(2 − ηh/l)) (needs ηh/l < 2). */
export function svagStationaryVariance(p: LargeStepQuadratic, l: number): number {
  if (!(l >= 1 && Number.isFinite(l))) throw new RangeError(`l must be finite and ≥ 1, got ${l}`);
  return sgdStationaryVariance({ h: p.h, sigma: p.sigma * Math.sqrt(l), eta: p.eta / l });
}

/** The SVAG coefficients (1 ± √(2l − 1))/2 of the two independent minibatch gradients. */
export function svagCoefficients(l: number): [number, number] {
  if (!(l >= 1 && Number.isFinite(l))) throw new RangeError(`l must be finite and ≥ 1, got ${l}`);
  const r = Math.sqrt(2 * l - 1);
  return [(1 + r) / 2, (1 - r) / 2];
}

/**
 * The relative weak error of SME-1 for E x² along a run from x₀ on the quadratic, at step k (time kη):
 * |E x_k² − E X_{kη}²| / E x_k² with E x_k² = (1 − ηh)^{2k}x₀² + Var x_k and E X_t² = e^{−2ht}x₀² + Var X_t.
 */
export function sme1RelativeSecondMomentError(p: LargeStepQuadratic, x0: number, k: number): number {
  const sgd = (1 - p.eta * p.h) ** (2 * k) * x0 * x0 + sgdVarianceAfter(p, k);
  const t = k * p.eta;
  const sde = Math.exp(-2 * p.h * t) * x0 * x0 + sme1VarianceAt(p, t);
  return Math.abs(sgd - sde) / sgd;
}
