/**
 * Weighted least squares, and the weak-order fit of DESIGN.md §6: log|error| regressed on log η.
 *
 * Weights are inverse variances (w_i = 1/σ_i²), so (XᵀWX)⁻¹ is the covariance of the coefficients when the
 * σ_i are right; the residual χ² = Σ w_i r_i² tests that, and the order fit inflates its SE when χ²/df > 1.
 */
import { normalQuantile } from "./quantiles.ts";

/** A weighted polynomial fit y ≈ Σ_k coefficients[k] (x − center)^k. */
export interface PolynomialFit {
  /** Coefficients in powers of (x − center), constant first. */
  coefficients: number[];
  /** (XᵀWX)⁻¹ in the same basis: the coefficient covariance when weights are inverse variances. */
  covariance: number[][];
  /** The weighted mean of x, around which the polynomial is expanded (decorrelates the coefficients). */
  center: number;
  /** Σ w_i (y_i − ŷ_i)². */
  residualChi2: number;
  /** n − (degree + 1). */
  df: number;
}

function checkSameLength(x: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>): void {
  if (x.length !== y.length || x.length !== w.length) {
    throw new RangeError(`x, y, w lengths differ: ${x.length}, ${y.length}, ${w.length}`);
  }
  for (let i = 0; i < w.length; i++) {
    if (!(w[i]! > 0 && Number.isFinite(w[i]!)))
      throw new RangeError(`weight ${i} must be finite and > 0, got ${w[i]}`);
  }
}

/** Inverse of a small symmetric positive-definite matrix by Gauss–Jordan with partial pivoting. */
function invertSmall(matrix: readonly (readonly number[])[]): number[][] {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (a[pivot]![col] === 0)
      throw new RangeError("weighted fit: design matrix is singular (too few distinct x)");
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const pivotRow = a[col]!;
    const scale = pivotRow[col]!;
    for (let j = 0; j < 2 * n; j++) pivotRow[j]! /= scale;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r]!;
      const factor = row[col]!;
      if (factor === 0) continue;
      for (let j = 0; j < 2 * n; j++) row[j]! -= factor * pivotRow[j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/**
 * Weighted least-squares polynomial of the given degree. x is centred at its weighted mean and scaled to unit
 * spread before forming XᵀWX, which keeps the normal equations well conditioned for degree ≤ 3; coefficients
 * and covariance are mapped back to powers of (x − center).
 */
export function weightedPolynomialFit(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  w: ArrayLike<number>,
  degree: number,
): PolynomialFit {
  checkSameLength(x, y, w);
  const n = x.length;
  const p = degree + 1;
  if (n < p) throw new RangeError(`weighted fit of degree ${degree} needs ≥ ${p} points, got ${n}`);
  let wSum = 0;
  let wxSum = 0;
  for (let i = 0; i < n; i++) {
    wSum += w[i]!;
    wxSum += w[i]! * x[i]!;
  }
  const center = wxSum / wSum;
  let spread = 0;
  for (let i = 0; i < n; i++) spread = Math.max(spread, Math.abs(x[i]! - center));
  if (spread === 0) spread = 1;
  const normal = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const rhs = new Array<number>(p).fill(0);
  const powers = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const s = (x[i]! - center) / spread;
    powers[0] = 1;
    for (let k = 1; k < p; k++) powers[k] = powers[k - 1]! * s;
    for (let j = 0; j < p; j++) {
      rhs[j]! += w[i]! * powers[j]! * y[i]!;
      for (let k = 0; k < p; k++) normal[j]![k]! += w[i]! * powers[j]! * powers[k]!;
    }
  }
  const scaledCovariance = invertSmall(normal);
  const scaledCoefficients = scaledCovariance.map((row) => row.reduce((acc, v, k) => acc + v * rhs[k]!, 0));
  // Undo the scaling: coefficient of (x − center)^k is c'_k / spread^k.
  const coefficients = scaledCoefficients.map((c, k) => c / spread ** k);
  const covariance = scaledCovariance.map((row, j) => row.map((v, k) => v / spread ** (j + k)));
  let residualChi2 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - center;
    let fitted = 0;
    for (let k = p - 1; k >= 0; k--) fitted = fitted * d + coefficients[k]!;
    residualChi2 += w[i]! * (y[i]! - fitted) ** 2;
  }
  return { coefficients, covariance, center, residualChi2, df: n - p };
}

/** A weighted straight-line fit y ≈ intercept + slope·x. */
export interface LinearFit {
  slope: number;
  intercept: number;
  /** √[(XᵀWX)⁻¹]_{slope}: the slope's SE if the weights are the true inverse variances. */
  slopeSe: number;
  interceptSe: number;
  /** slope ± z_{1−α/2}·slopeSe (normal quantile: the variances are taken as known). */
  slopeInterval: [number, number];
  residualChi2: number;
  df: number;
}

/**
 * Weighted least squares y ≈ intercept + slope·x with weights w_i = 1/σ_i² (known variances). The standard
 * errors are not rescaled by the residual χ²: a caller that doubts its σ_i compares residualChi2 with df
 * (orderFit does, inflating when χ²/df > 1).
 */
export function weightedLinearFit(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  w: ArrayLike<number>,
  alpha: number,
): LinearFit {
  checkAlpha(alpha);
  const fit = weightedPolynomialFit(x, y, w, 1);
  const [a0, slope] = fit.coefficients as [number, number];
  const covariance = fit.covariance;
  const varA0 = covariance[0]![0]!;
  const varSlope = covariance[1]![1]!;
  const covA0Slope = covariance[0]![1]!;
  // Shift from the centred basis: intercept = a0 − slope·center.
  const intercept = a0 - slope * fit.center;
  const interceptVariance = varA0 - 2 * fit.center * covA0Slope + fit.center ** 2 * varSlope;
  const slopeSe = Math.sqrt(varSlope);
  const z = normalQuantile(1 - alpha / 2);
  return {
    slope,
    intercept,
    slopeSe,
    interceptSe: Math.sqrt(Math.max(0, interceptVariance)),
    slopeInterval: [slope - z * slopeSe, slope + z * slopeSe],
    residualChi2: fit.residualChi2,
    df: fit.df,
  };
}

/** A weighted least-squares fit y ≈ Σ_k coefficients[k]·columns[k]. */
export interface DesignFit {
  coefficients: number[];
  /** (XᵀWX)⁻¹: the coefficient covariance when weights are inverse variances. */
  covariance: number[][];
  residualChi2: number;
  /** n − number of columns. */
  df: number;
}

/**
 * Weighted least squares on arbitrary regressors (each column has one entry per point), for trends with
 * nuisance terms, e.g. η·E N ≈ a + b·ln(1/η) + c·η. Columns are scaled to unit weighted norm before the normal
 * equations are formed, so regressors of very different sizes (ln(1/η) ~ 8, η ~ 1e-3) stay well conditioned.
 */
export function weightedDesignFit(
  columns: readonly (readonly number[])[],
  y: ArrayLike<number>,
  w: ArrayLike<number>,
): DesignFit {
  const n = y.length;
  const p = columns.length;
  for (const [k, col] of columns.entries())
    if (col.length !== n) throw new RangeError(`column ${k} has ${col.length} entries, expected ${n}`);
  checkSameLength(y, y, w);
  if (n < p) throw new RangeError(`a fit with ${p} regressors needs ≥ ${p} points, got ${n}`);
  const scale = columns.map((col) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += w[i]! * col[i]! * col[i]!;
    if (!(s > 0)) throw new RangeError("weighted fit: a regressor is identically zero");
    return Math.sqrt(s);
  });
  const xtwx = columns.map((ci, a) =>
    columns.map((cj, b) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += w[i]! * ci[i]! * cj[i]!;
      return s / (scale[a]! * scale[b]!);
    }),
  );
  const xtwy = columns.map((ci, a) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += w[i]! * ci[i]! * y[i]!;
    return s / scale[a]!;
  });
  const inv = invertSmall(xtwx);
  const coefficients = inv.map((row, a) => row.reduce((s, v, b) => s + v * xtwy[b]!, 0) / scale[a]!);
  const covariance = inv.map((row, a) => row.map((v, b) => v / (scale[a]! * scale[b]!)));
  let residualChi2 = 0;
  for (let i = 0; i < n; i++) {
    let fitted = 0;
    for (let k = 0; k < p; k++) fitted += coefficients[k]! * columns[k]![i]!;
    residualChi2 += w[i]! * (y[i]! - fitted) ** 2;
  }
  return { coefficients, covariance, residualChi2, df: n - p };
}

function checkAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

/** Monte Carlo errors are used only when resolved above noise, |error| ≥ 3·SE (DESIGN.md §6). */
export const NOISE_FLOOR_SES = 3;
/** Three resolved step sizes are the fewest that can show curvature, so fewer cannot support an order claim. */
export const MIN_RESOLVED_POINTS = 3;
/**
 * Exact data count as curved when the local slope changes by more than a tenth of an order across the range:
 * finer than any order band used by the claims, so a "straight" verdict never hides a band-sized drift.
 */
export const EXACT_CURVATURE_TOLERANCE = 0.1;

/** Curvature of log|error| against log η: the c of a + b·u + c·u², u = log η − mean. */
export interface CurvatureCheck {
  c: number;
  /** SE of c (Monte Carlo, with the same χ²/df inflation as the slope); 0 for exact data. */
  se: number;
  /** Last local slope minus first local slope (sorted by η). */
  localSlopeChange: number;
  /** MC: |c|/se > z_{1−α/2}. Exact: |localSlopeChange| > EXACT_CURVATURE_TOLERANCE. */
  curved: boolean;
  /**
   * Whether the data have reached the asymptotic regime the order is about. Exact: the two finest local slopes
   * agree within EXACT_CURVATURE_TOLERANCE (the slope has settled, wherever it settled). Monte Carlo: no
   * significant curvature. A wrong order on settled data is a FAIL; on unsettled data it is pre-asymptotic.
   */
  settled: boolean;
}

/** The weak-order fit: log|error| ≈ intercept + slope·log η. */
export interface OrderFit {
  status: "ok" | "insufficient";
  method: "exact" | "monte-carlo";
  /** Why the fit is insufficient (noise floor, too few points); absent when ok. */
  reason?: string;
  slope: number;
  intercept: number;
  /** MC: the slope SE (inflated by √(χ²/df) when > 1). Exact: 0. */
  se: number;
  /**
   * MC: slope ± z_{1−α/2}·se. Exact: [min, max] over the global slope and every local slope, a deterministic
   * statement of how asymptotic the data are.
   */
  interval: [number, number];
  /** Indices (into the inputs) of the points used, in increasing η. */
  used: number[];
  /** Slopes between consecutive used points, in increasing η. */
  localSlopes: number[];
  /** MC: χ²/df of the straight-line fit (NaN when df = 0). Exact: NaN. */
  reducedChi2: number;
  /** Factor applied to the slope SE for lack of fit: max(1, √(χ²/df)). */
  inflation: number;
  curvature: CurvatureCheck;
}

function insufficient(method: OrderFit["method"], reason: string, used: number[]): OrderFit {
  return {
    status: "insufficient",
    method,
    reason,
    slope: Number.NaN,
    intercept: Number.NaN,
    se: Number.NaN,
    interval: [Number.NaN, Number.NaN],
    used,
    localSlopes: [],
    reducedChi2: Number.NaN,
    inflation: Number.NaN,
    curvature: { c: Number.NaN, se: Number.NaN, localSlopeChange: Number.NaN, curved: false, settled: true },
  };
}

/**
 * Weak order p from errors e(η) ≈ C η^p: regress log|e| on log η.
 *
 * Monte Carlo (`ses` given): the delta method gives Var(log|ê|) ≈ (SE/|e|)², hence weights (|e|/SE)². A point
 * enters only if |e| ≥ 3·SE, where that linearisation holds and the sign of e is resolved; fewer than three
 * resolved points → status "insufficient" (the caller reports INCONCLUSIVE). The slope SE comes from
 * (XᵀWX)⁻¹, inflated by √(χ²/df) when χ²/df > 1 so lack of fit widens the interval instead of hiding.
 *
 * Exact (`ses` null): errors are deterministic, so there is no sampling SE; the interval spans the global and
 * all local slopes, and pre-asymptotic data show up as a wide interval and as curvature.
 */
export function orderFit(
  etas: ArrayLike<number>,
  errors: ArrayLike<number>,
  ses: ArrayLike<number> | null,
  alpha: number,
): OrderFit {
  checkAlpha(alpha);
  if (etas.length !== errors.length || (ses !== null && ses.length !== etas.length)) {
    throw new RangeError("orderFit: etas, errors and ses must have equal lengths");
  }
  const method: OrderFit["method"] = ses === null ? "exact" : "monte-carlo";
  const order = Array.from({ length: etas.length }, (_, i) => i).sort((i, j) => etas[i]! - etas[j]!);
  const used: number[] = [];
  for (const i of order) {
    const eta = etas[i]!;
    const error = Math.abs(errors[i]!);
    if (!(eta > 0)) throw new RangeError(`orderFit: η must be > 0, got ${eta} at index ${i}`);
    if (ses === null) {
      if (error > 0) used.push(i);
    } else {
      const se = ses[i]!;
      if (!(se > 0)) {
        throw new RangeError(`orderFit: SE must be > 0 at index ${i} (pass ses = null for exact errors)`);
      }
      if (error >= NOISE_FLOOR_SES * se) used.push(i);
    }
  }
  if (used.length < MIN_RESOLVED_POINTS) {
    const what = ses === null ? "nonzero errors" : `errors resolved above ${NOISE_FLOOR_SES}·SE`;
    return insufficient(method, `only ${used.length} ${what}; need ${MIN_RESOLVED_POINTS}`, used);
  }
  const logEta = used.map((i) => Math.log(etas[i]!));
  const logError = used.map((i) => Math.log(Math.abs(errors[i]!)));
  const weights = used.map((i) => (ses === null ? 1 : (Math.abs(errors[i]!) / ses[i]!) ** 2));
  const localSlopes: number[] = [];
  for (let k = 0; k + 1 < used.length; k++) {
    if (logEta[k + 1] === logEta[k]) throw new RangeError(`orderFit: repeated η = ${etas[used[k]!]}`);
    localSlopes.push((logError[k + 1]! - logError[k]!) / (logEta[k + 1]! - logEta[k]!));
  }
  const localSlopeChange = localSlopes[localSlopes.length - 1]! - localSlopes[0]!;
  const line = weightedLinearFit(logEta, logError, weights, alpha);
  const quadratic = weightedPolynomialFit(logEta, logError, weights, 2);
  const c = quadratic.coefficients[2]!;

  if (ses === null) {
    const slopes = [line.slope, ...localSlopes];
    return {
      status: "ok",
      method,
      slope: line.slope,
      intercept: line.intercept,
      se: 0,
      interval: [Math.min(...slopes), Math.max(...slopes)],
      used,
      localSlopes,
      reducedChi2: Number.NaN,
      inflation: 1,
      curvature: {
        c,
        se: 0,
        localSlopeChange,
        curved: Math.abs(localSlopeChange) > EXACT_CURVATURE_TOLERANCE,
        // Local slopes are in increasing η: the first two are the finest.
        settled:
          localSlopes.length < 2 || Math.abs(localSlopes[1]! - localSlopes[0]!) <= EXACT_CURVATURE_TOLERANCE,
      },
    };
  }

  const reducedChi2 = line.df > 0 ? line.residualChi2 / line.df : Number.NaN;
  const inflation = reducedChi2 > 1 ? Math.sqrt(reducedChi2) : 1;
  const se = line.slopeSe * inflation;
  const z = normalQuantile(1 - alpha / 2);
  const quadraticReduced = quadratic.df > 0 ? quadratic.residualChi2 / quadratic.df : Number.NaN;
  const seC =
    Math.sqrt(quadratic.covariance[2]![2]!) * (quadraticReduced > 1 ? Math.sqrt(quadraticReduced) : 1);
  return {
    status: "ok",
    method,
    slope: line.slope,
    intercept: line.intercept,
    se,
    interval: [line.slope - z * se, line.slope + z * se],
    used,
    localSlopes,
    reducedChi2,
    inflation,
    curvature: {
      c,
      se: seC,
      localSlopeChange,
      curved: Math.abs(c) / seC > z,
      settled: !(Math.abs(c) / seC > z),
    },
  };
}

/**
 * Order p of an exact gap ∝ h^p from the three finest h (the asymptotic end of a deterministic sequence): the
 * slope through the two ends, with both local slopes as its range — a deterministic statement of how
 * asymptotic the data are (no sampling, so no confidence level).
 */
export function finestOrder(
  h: readonly number[],
  gap: readonly number[],
): { overall: number; interval: [number, number]; local: number[]; settled: boolean } {
  if (h.length < 3) throw new RangeError(`finestOrder needs at least 3 points, got ${h.length}`);
  const pts = h.map((v, k) => ({ h: v, gap: Math.abs(gap[k]!) })).sort((a, b) => b.h - a.h);
  const fine = pts.slice(-3);
  const local = fine.slice(1).map((q, k) => Math.log(fine[k]!.gap / q.gap) / Math.log(fine[k]!.h / q.h));
  const overall = Math.log(fine[0]!.gap / fine[2]!.gap) / Math.log(fine[0]!.h / fine[2]!.h);
  // Settled: the gap shrinks with h over the three finest, at local orders that agree within a quarter.
  const shrinking = fine[1]!.gap < fine[0]!.gap && fine[2]!.gap < fine[1]!.gap;
  const settled = shrinking && Math.abs(local[1]! - local[0]!) <= FINEST_ORDER_TOLERANCE;
  return { overall, interval: [Math.min(overall, ...local), Math.max(overall, ...local)], local, settled };
}

/** Local orders of an exact sequence that differ by more than this have not settled on an order. */
export const FINEST_ORDER_TOLERANCE = 0.25;

/** The ordinary least-squares slope of y on x (no weights, no interval): a descriptive trend for reports. */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  return sxy / sxx;
}
