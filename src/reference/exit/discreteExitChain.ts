/**
 * Exact mean exit iteration count of 1-D SGD with Gaussian gradient noise (claim M3's discrete side; also M5/B4
 * with state-dependent noise and S2 for a saddle):
 *
 *   x_{k+1} = x_k − η f'(x_k) + η s(x_k) z_k,   z_k ~ N(0, 1) i.i.d.,
 *   N = first k ≥ 1 with x_k ≥ upper (or x_k ≤ lower, when a lower exit level is given).
 *
 * With D the inside interval and p(x, ·) the density of N(x − ηf'(x), η²s(x)²), T(x) = E_x N and M(x) = E_x N²
 * solve
 *
 *   T = 1 + PT,   M = 1 + 2PT + PM   (N = 1 + N', N' the count from x_1, 0 on exit),   (Pg)(x) = ∫_D p(x, y)g(y) dy,
 *
 * i.e. (I − P)T = 1 and (I − P)M = 2T − 1. Both are Fredholm equations of the second kind with a smooth kernel
 * on each side of the exit levels, and T is smooth on the closed interval D (it jumps to 0 only outside), so
 * the Nyström method on composite Gauss–Legendre panels whose edges are the exit levels converges spectrally:
 * with panels no wider than the step width τ = ηs the Gaussian is integrated to ~1e-13. Each row is then
 * rescaled so that its in-domain mass equals the exact Φ((b−μ)/τ) − Φ((a−μ)/τ), and the exit probability is
 * taken from the normal tails, not as 1 − a row sum: the escape information is ~1/E N of each row's mass, and
 * the GTH solve (bandedChain.ts) keeps it to full relative precision however large E N is. T(start) comes
 * from the Nyström interpolant T(x) = 1 + Σ_j P(x, y_j)T_j, so the start need not be a node.
 *
 * The system is banded: the kernel is cut at ±Kτ (K = 8; the cut mass, ~1e-15, is redistributed by the row
 * rescaling, not lost). The value is computed at two panel widths (2τ and τ by default); their difference is
 * the error estimate, conservative because the error falls faster than any power of the width. On the double
 * well the two levels agree to ~1e-12 relative (4168.939283 at η = 0.1, 1.146926099e6 at η = 0.05).
 *
 * A side without an exit level is truncated at a point `truncation`, and the probability of landing beyond it
 * returns to the edge node (a reflecting end). Placed where the quasi-stationary density is e^{−40} below its
 * peak (the default) this is invisible in double precision. The automatic choice walks outward from the start
 * along U(y) = (2/η)∫_start^y f'/s², the exponent of the quasi-stationary density, until U has risen 40 above its
 * running minimum, then adds K step widths.
 */

import { compositeNodes, gaussLegendre } from "../../math/gaussLegendre.ts";
import { normalCdf, normalDensity } from "../../math/normal.ts";
import {
  assertCount,
  assertFinite,
  assertFinitePositive,
  assertFunction,
  checkedValue,
} from "../arguments.ts";
import { BandedChain } from "./bandedChain.ts";

export interface DiscreteExitChainInput {
  /** f', the mean gradient. */
  gradient: (x: number) => number;
  /** s(x) > 0, the standard deviation of the gradient noise (the step noise is η·s(x)). */
  noiseStd: (x: number) => number;
  eta: number;
  /** x_0, strictly inside the interval. */
  start: number;
  /** Exit at the first x_k ≥ upper. Omit for no exit to the right. */
  upper?: number;
  /** Exit at the first x_k ≤ lower. Omit for no exit to the left. */
  lower?: number;
  /**
   * The grid end on the side without an exit level (left of start if `lower` is omitted, right if `upper` is);
   * mass landing beyond it returns to it. Default: chosen automatically (see the file comment).
   */
  truncation?: number;
  /** Gauss–Legendre panels per smallest step width η·s at the fine level (default 1); the check level has half. */
  resolution?: number;
  /** Points per panel (default 8). */
  order?: number;
  /**
   * A horizon h (iterations): also return P(N > h) and E min(N, h), what a censored sample of runs stopped at h
   * estimates — by h applications of the kernel, S_k = P S_{k−1} (S_k(x) = P_x(N > k)), at both levels.
   */
  horizon?: number;
}

export interface DiscreteExitChainLevel {
  panels: number;
  /** Nodes of the linear system. */
  nodes: number;
  mean: number;
  secondMoment: number;
  censored?: CensoredLaw;
}

/** The law of N seen by runs stopped at a horizon h. */
export interface CensoredLaw {
  horizon: number;
  /** P(N > h): the fraction of runs censored. */
  survival: number;
  /** E min(N, h) = Σ_{k<h} P(N > k). */
  meanMin: number;
}

export interface DiscreteExitChainResult {
  /** E N from start, at the fine level. */
  mean: number;
  /** E N². */
  secondMoment: number;
  /** Standard deviation of N, √(E N² − (E N)²). */
  std: number;
  /** |fine − coarse| for `mean`: bounds its discretisation error. */
  errorEstimate: number;
  /** The same for `secondMoment`. */
  secondMomentErrorEstimate: number;
  /** The grid interval [a, b]: exit levels or truncation points. */
  interval: [number, number];
  /** Coarse then fine level, for convergence reports. */
  levels: [DiscreteExitChainLevel, DiscreteExitChainLevel];
  /** With a horizon: the censored law at the fine level, and |fine − coarse| of its two numbers. */
  censored?: CensoredLaw & { survivalErrorEstimate: number; meanMinErrorEstimate: number };
}

/** Kernel cut-off in step widths. */
const KERNEL_HALF_WIDTH = 8;
/** Rise of the quasi-stationary exponent U beyond which a side is truncated. */
const TRUNCATION_MARGIN = 40;
const DEFAULT_RESOLUTION = 1;
const DEFAULT_ORDER = 8;

interface Chain {
  gradient: (x: number) => number;
  noiseStd: (x: number) => number;
  eta: number;
  a: number;
  b: number;
  lowerAbsorbs: boolean;
  upperAbsorbs: boolean;
}

export function discreteExitChain(input: DiscreteExitChainInput): DiscreteExitChainResult {
  const { gradient, noiseStd, eta, start, upper, lower, truncation, horizon } = input;
  assertFunction("gradient", gradient);
  assertFunction("noiseStd", noiseStd);
  assertFinitePositive("eta", eta);
  assertFinite("start", start);
  if (upper === undefined && lower === undefined) throw new Error("give an exit level: upper, lower or both");
  if (upper !== undefined) assertFinite("upper", upper);
  if (lower !== undefined) assertFinite("lower", lower);
  if (upper !== undefined && !(start < upper)) throw new Error(`start (${start}) must be < upper (${upper})`);
  if (lower !== undefined && !(start > lower)) throw new Error(`start (${start}) must be > lower (${lower})`);
  if (truncation !== undefined) {
    assertFinite("truncation", truncation);
    if (upper !== undefined && lower !== undefined)
      throw new Error("truncation applies only to a side without an exit level (both upper and lower given)");
    if (lower === undefined && !(truncation < start))
      throw new Error(`truncation (${truncation}) must be < start (${start}) when lower is omitted`);
    if (upper === undefined && !(truncation > start))
      throw new Error(`truncation (${truncation}) must be > start (${start}) when upper is omitted`);
  }
  if (horizon !== undefined && !(Number.isInteger(horizon) && horizon >= 1))
    throw new Error(`horizon must be an integer ≥ 1 (got ${horizon})`);
  const resolution = input.resolution ?? DEFAULT_RESOLUTION;
  assertFinitePositive("resolution", resolution);
  const order = input.order ?? DEFAULT_ORDER;
  assertCount("order", order, 2);

  const chain: Chain = {
    gradient,
    noiseStd,
    eta,
    a: lower ?? truncation ?? reflectingWall(gradient, noiseStd, eta, start, -1),
    b: upper ?? truncation ?? reflectingWall(gradient, noiseStd, eta, start, +1),
    lowerAbsorbs: lower !== undefined,
    upperAbsorbs: upper !== undefined,
  };
  const { a, b } = chain;

  // Panel width from the smallest step width on [a, b] (sampled finely; a narrow dip of s needs a higher
  // resolution, which the coarse/fine comparison would reveal).
  let tauMin = Number.POSITIVE_INFINITY;
  const samples = 4096;
  for (let i = 0; i <= samples; i++)
    tauMin = Math.min(tauMin, eta * checkedValue("noiseStd", noiseStd, a + ((b - a) * i) / samples, true));
  const coarsePanels = Math.max(2, Math.ceil((0.5 * resolution * (b - a)) / tauMin));

  const coarse = solveLevel(chain, start, coarsePanels, order, horizon);
  const fine = solveLevel(chain, start, 2 * coarsePanels, order, horizon);
  return {
    ...(fine.censored && coarse.censored
      ? {
          censored: {
            ...fine.censored,
            survivalErrorEstimate: Math.abs(fine.censored.survival - coarse.censored.survival),
            meanMinErrorEstimate: Math.abs(fine.censored.meanMin - coarse.censored.meanMin),
          },
        }
      : {}),
    mean: fine.mean,
    secondMoment: fine.secondMoment,
    std: Math.sqrt(Math.max(0, fine.secondMoment - fine.mean * fine.mean)),
    errorEstimate: Math.abs(fine.mean - coarse.mean),
    secondMomentErrorEstimate: Math.abs(fine.secondMoment - coarse.secondMoment),
    interval: [a, b],
    levels: [coarse, fine],
  };
}

/**
 * Truncation point on the side `direction` (−1 left, +1 right) of start: where U(y) = (2/η)∫_start^y f'/s² has
 * risen TRUNCATION_MARGIN above its running minimum, plus K step widths. U is also the exponent of the SDE's
 * quasi-stationary density (drift −f', diffusion² ηs²), so the same point is where the exact 1-D references put
 * a reflecting wall for either process (reference/exit/exitReference.ts): one wall rule for both.
 */
export function reflectingWall(
  gradient: (x: number) => number,
  noiseStd: (x: number) => number,
  eta: number,
  start: number,
  direction: -1 | 1,
): number {
  let x = start;
  let u = 0;
  let uMin = 0;
  for (let step = 0; step < 100_000; step++) {
    const dx = direction * 0.25 * eta * checkedValue("noiseStd", noiseStd, x, true);
    const mid = x + 0.5 * dx;
    const sMid = checkedValue("noiseStd", noiseStd, mid, true);
    u += ((2 / eta) * checkedValue("gradient", gradient, mid) * dx) / (sMid * sMid);
    x += dx;
    if (u < uMin) uMin = u;
    if (u - uMin >= TRUNCATION_MARGIN)
      return x + direction * KERNEL_HALF_WIDTH * eta * checkedValue("noiseStd", noiseStd, x, true);
  }
  throw new Error(
    `could not truncate the ${direction < 0 ? "left" : "right"} side automatically (f does not rise enough ` +
      "beyond start); pass truncation",
  );
}

/** Mass of N(0,1) on [u0, u1], from the smaller tail so that it keeps relative accuracy far out. */
function normalMass(u0: number, u1: number): number {
  if (u0 >= 0) return normalCdf(-u0) - normalCdf(-u1);
  if (u1 <= 0) return normalCdf(u1) - normalCdf(u0);
  return 1 - normalCdf(u0) - normalCdf(-u1);
}

/**
 * One row of the discretised kernel from the point x: writes P(x, y_j) for j in [lo, hi] into `row` (indexed by
 * j − lo) and returns the range and the exit probability. Rescaled to the exact in-domain mass; a truncated
 * side's beyond-mass is added to its edge node.
 */
function kernelRow(
  chain: Chain,
  x: number,
  y: Float64Array,
  w: Float64Array,
  row: Float64Array,
): { lo: number; hi: number; exit: number } {
  const { a, b, eta } = chain;
  const n = y.length;
  const mu = x - eta * checkedValue("gradient", chain.gradient, x);
  const tau = eta * checkedValue("noiseStd", chain.noiseStd, x, true);
  const ua = (a - mu) / tau;
  const ub = (b - mu) / tau;
  const exit = (chain.lowerAbsorbs ? normalCdf(ua) : 0) + (chain.upperAbsorbs ? normalCdf(-ub) : 0);
  let lo = lowerBound(y, mu - KERNEL_HALF_WIDTH * tau);
  let hi = lowerBound(y, mu + KERNEL_HALF_WIDTH * tau) - 1;
  // Mass that stays: the in-domain part plus what lands beyond a truncated end. The beyond-mass goes to the edge
  // node only when that end is within the kernel's reach (else it is < Φ(−K) and folding it into the row by
  // the rescaling keeps the band narrow without creating a leak).
  let stays = normalMass(ua, ub);
  let lumpLow = 0;
  let lumpHigh = 0;
  if (!chain.lowerAbsorbs) {
    if (ua > -KERNEL_HALF_WIDTH) lumpLow = normalCdf(ua);
    else stays += normalCdf(ua);
  }
  if (!chain.upperAbsorbs) {
    if (ub < KERNEL_HALF_WIDTH) lumpHigh = normalCdf(-ub);
    else stays += normalCdf(-ub);
  }
  if (lumpLow > 0) lo = 0;
  if (lumpHigh > 0) hi = n - 1;
  if (lo > hi) return { lo: 0, hi: -1, exit };
  let sum = 0;
  for (let j = lo; j <= hi; j++) {
    const v = (normalDensity((y[j]! - mu) / tau) / tau) * w[j]!;
    row[j - lo] = v;
    sum += v;
  }
  const scale = sum > 0 ? stays / sum : 0;
  for (let j = lo; j <= hi; j++) row[j - lo]! *= scale;
  row[0]! += lumpLow;
  row[hi - lo]! += lumpHigh;
  return { lo, hi, exit };
}

/** First index j with y[j] ≥ v (y ascending). */
function lowerBound(y: Float64Array, v: number): number {
  let lo = 0;
  let hi = y.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (y[m]! < v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** E N and E N² at start with `panels` Gauss–Legendre panels on [a, b] (and the censored law at a horizon). */
function solveLevel(
  chain: Chain,
  start: number,
  panels: number,
  order: number,
  horizon?: number,
): DiscreteExitChainLevel {
  const { x: y, w } = compositeNodes(chain.a, chain.b, panels, gaussLegendre(order));
  const n = y.length;
  const row = new Float64Array(n);
  const rows: { lo: number; hi: number; exit: number; values: Float64Array }[] = [];
  let lowerWidth = 0;
  let upperWidth = 0;
  for (let i = 0; i < n; i++) {
    const r = kernelRow(chain, y[i]!, y, w, row);
    rows.push({ ...r, values: row.slice(0, Math.max(0, r.hi - r.lo + 1)) });
    if (r.lo > r.hi) continue;
    lowerWidth = Math.max(lowerWidth, i - r.lo);
    upperWidth = Math.max(upperWidth, r.hi - i);
  }
  const P = new BandedChain(n, lowerWidth, upperWidth);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    P.exit[i] = r.exit;
    for (let j = r.lo; j <= r.hi; j++) P.transition[P.index(i, j)] = r.values[j - r.lo]!;
  }
  // Before the factorisation overwrites P: survival S_k = P S_{k−1} on the nodes, S_0 = 1, read at the start
  // through its own kernel row (Nyström, as for T below).
  const censored =
    horizon === undefined
      ? undefined
      : censoredLaw(rows, kernelRow(chain, start, y, w, row), row.slice(), horizon);
  P.factor();
  const T = P.solve(new Float64Array(n).fill(1));
  const M = P.solve(T.map((t) => 2 * t - 1));

  // Nyström interpolation at the start: T(x) = 1 + Σ P(x, y_j)T_j, M(x) = 1 + Σ P(x, y_j)(2T_j + M_j).
  const r = kernelRow(chain, start, y, w, row);
  let mean = 1;
  let secondMoment = 1;
  for (let j = r.lo; j <= r.hi; j++) {
    mean += row[j - r.lo]! * T[j]!;
    secondMoment += row[j - r.lo]! * (2 * T[j]! + M[j]!);
  }
  return { panels, nodes: n, mean, secondMoment, ...(censored ? { censored } : {}) };
}

/** P(N > h) and E min(N, h) at the start from the node kernel rows and the start's row. */
function censoredLaw(
  rows: readonly { lo: number; hi: number; values: Float64Array }[],
  startRow: { lo: number; hi: number },
  startValues: Float64Array,
  horizon: number,
): CensoredLaw {
  const n = rows.length;
  let S = new Float64Array(n).fill(1);
  let next = new Float64Array(n);
  // k = 0: P(N > 0) = 1. Then s_k = Σ_j P(start, y_j) S_{k−1}(y_j) and S_k = P S_{k−1}.
  let meanMin = 1;
  let survival = 1;
  for (let k = 1; k <= horizon; k++) {
    let s = 0;
    for (let j = startRow.lo; j <= startRow.hi; j++) s += startValues[j - startRow.lo]! * S[j]!;
    survival = s;
    if (k < horizon) meanMin += s;
    if (k === horizon) break;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      let t = 0;
      for (let j = r.lo; j <= r.hi; j++) t += r.values[j - r.lo]! * S[j]!;
      next[i] = t;
    }
    [S, next] = [next, S];
  }
  return { horizon, survival, meanMin };
}
