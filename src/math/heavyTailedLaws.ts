/**
 * Symmetric heavy-tailed laws (claims V1, V2) in the form a hat-function collocation of an exit chain needs:
 * the density g, the survival S(u) = P(Z > u) and the excess E(u) = E(Z − u)_+ = ∫_u^∞ S. The chain takes second
 * divided differences of E and reads exit masses from S, so E must be smooth (C² at least) and S must keep its
 * relative accuracy deep in the tail — never 1 − F.
 *
 * Symmetric α-stable, E e^{iuZ} = e^{−|u|^α}, 1 < α < 2 (no closed form):
 *   - On v ∈ [0, U], U = 20, spacing δ = 1/64 (binary, so v − iδ is exact), each node's g, g′, g″, S and E is
 *     its own Fourier integral, not a running integral of g (which would need g between the nodes too):
 *       g⁽ᵏ⁾(v) = (1/π)∫₀^∞ t^k cos⁽ᵏ⁾(vt) e^{−t^α} dt,   S(v) = ½ − (1/π)∫₀^∞ sin(vt)/t · e^{−t^α} dt,
 *       E(v) = Γ(1 − 1/α)/π − v/2 + (2/π)∫₀^∞ sin²(vt/2)/t² · e^{−t^α} dt,
 *     from E(Z − v)_+ = (E|Z − v| − v)/2, E|X| = (2/π)∫(1 − Re φ_X)/t², and ∫₀^∞(1 − e^{−t^α})/t² = Γ(1 − 1/α)
 *     taken analytically (that part decays only like 1/t²; what remains decays like e^{−t^α}). sin² instead of
 *     1 − cos avoids the cancellation at small vt. One sin and one cos of vt/2 per (node, quadrature point).
 *   - Quadrature in t: e^{−t^α} has a t^α branch point at 0, so [0, ½] is graded geometrically (ratio 0.3,
 *     18 levels: the singularity sits 0.3 panel-widths away, GL-16 converges like 3.4^{−32}); [½, T] has panels
 *     of width ½ (ωh ≤ 10 at the top frequency v = U, where 16 points are exact to round-off), T^α = 41.5 so
 *     e^{−t^α} < 1e-18 past T. Not the substitution t = w²: w^{2α} is still not smooth at 0 unless 2α ∈ ℕ, while
 *     geometric grading converges for every α.
 *   - Between nodes: quintic Hermite interpolation of E (E′ = −S, E″ = g), of S (S′ = −g, S″ = −g′) and of g
 *     (g′, g″), stored as per-interval polynomial coefficients, so one call is an index and a degree-5 Horner.
 *     E is then C² (what the chain's second differences need) and S, g are C²; the interpolation error bound
 *     δ⁶/46080·max|f⁽⁶⁾| ≤ 3e-16·Γ(7/α)/(πα) is below 1e-13 for α ≥ 1.05. Cubic Hermite for S (the first plan)
 *     would leave ~1e-10 at δ = 0.02: not enough.
 *   - Past U the tail series (asymptotic, but at v ≥ 20 its terms fall geometrically to 1e-17 for every
 *     α ∈ (1, 2): term ratio ≈ α^α k^{α−1} v^{−α} ≤ 0.15 over the ≤ 14 terms used), with x = v^{−α},
 *       S = Σ c_k x^k,   g = (α/v) Σ k c_k x^k,   E = v Σ c_k x^k/(αk − 1),   c_k = Γ(αk) sin(kπ(2 − α)/2)/(π k!),
 *     where sin(kπα/2)(−1)^{k+1} = sin(kπ(2 − α)/2) is used because 2 − α is exact and sin(kπα/2) near α = 2
 *     would be a rounding residue of kπ. The Gaussian part e^{−v²/4}, invisible to the series, is < 1e-43 at U.
 *   - α = 2 is N(0, 2) by the closed forms of normal.ts.
 * Measured (α = 1.05, 1.2, 1.5, 1.8, 1.99; the spec pins each): against the same integrals at finer quadrature
 * (GL-20, panels ¼, 26 grading levels) at off-node points, |Δg| ≤ 3e-14 (α = 1.05, interpolation; ≤ 7e-15 for
 * α ≥ 1.2), |ΔS| ≤ 5e-15, |ΔE| ≤ 7e-14 (the rounding of E's Fourier sum, which cancels v/2 against a sum of
 * the same size: E(0) = 6.4 at α = 1.05); against Zolotarev's non-oscillatory integral for S (α = 1.2, 1.5)
 * relative ≤ 1.3e-13 on [0.3, 80], past U included; against the power series of g at |u| ≤ 2 to its own
 * rounding. Jumps at U (table → series): ≤ 7e-17 in g, 8e-16 in S, 2.5e-14 in E. Construction 10–45 ms
 * (α = 1.99 … 1.05, on a loaded 2-core machine; most of it the 2·10⁶ sin/cos). Per call: excess ≈ 6 ns,
 * survival/density ≈ 11 ns on the table; ≈ 60 ns past U, of which ~50 ns is Math.pow.
 * Below α ≈ 1.05 nothing breaks (the series converges faster still), but E(0) = Γ(1 − 1/α)/π grows like
 * 1/(π(α − 1)), so the absolute error of E grows with it: read it as relative ~1e-14 there (α = 1.0001:
 * E(0) = 3183, table-to-series jump 3e-13 relative). Near α = 2 the power tail carries C_α ∝ 2 − α, so S and E
 * near U are tiny and the table's ~1e-15 absolute error is a large relative one there (α = 1.99: 1e-10 at
 * v = U; α = 2 − 1e-6: 3e-7); past U the series is relatively exact again. α = 2 itself is closed-form.
 *
 * Student-t_ν, ν > 1: closed forms. g from log Γ; S(t) = ½ I_{ν/(ν+t²)}(ν/2, ½) for t > 0 with the complement
 * t²/(ν+t²) supplied to the incomplete beta (relative accuracy in the tail); E(Z − v)_+ = ((ν + v²)/(ν − 1))g(v)
 * − vS(v), from d/dz[(ν + z²)g(z)] = −(ν − 1)z g(z). For v ≫ √ν the two terms cancel to a fraction 1/ν of
 * either (more for large ν at moderate v, the Gaussian regime: ~v²). Measured against ∫S numerically:
 * relative ≤ 1e-13 for 1.1 ≤ ν ≤ 6 and ≤ 1.3e-12 at ν = 30 (|v| ≤ 1e4); ν = 200 loses ~1e-11 at v = 100. Past
 * |v| = 1e100 (where v² overflows) S and E are their leading powers, exact to double there. A call costs
 * ≈ 0.25 µs (a continued fraction and one small result object from incompleteBetaTails): 10⁶ calls ≈ 0.25 s.
 */
import { incompleteBetaTails, logGamma } from "../stats/specialFunctions.ts";
import { gaussLegendre } from "./gaussLegendre.ts";
import { normalCdf, normalDensity } from "./normal.ts";

/** A symmetric law on ℝ given by what a piecewise-linear (hat-function) collocation of an exit chain needs. */
export interface SymmetricLaw {
  readonly name: string;
  /** g(u). */
  density(u: number): number;
  /** P(Z > u) for any real u, with relative accuracy deep in the tails. */
  survival(u: number): number;
  /** E(Z − u)_+ = ∫_u^∞ survival(t) dt; for u < 0 it is −u + excess(−u). */
  excess(u: number): number;
}

/** Throws unless 1 < α ≤ 2: α ≤ 1 has no finite mean (no excess), α > 2 is not a law. */
export function validateStableIndex(alpha: number): void {
  if (!(alpha > 1 && alpha <= 2)) throw new RangeError(`stable index alpha must be in (1, 2], got ${alpha}`);
}

/** Throws unless ν > 1 is finite: ν ≤ 1 has no finite mean (no excess); ν = ∞ is the normal law, ask for it. */
export function validateDegreesOfFreedom(nu: number): void {
  if (!(nu > 1 && nu < Number.POSITIVE_INFINITY))
    throw new RangeError(`degrees of freedom nu must be a finite number > 1, got ${nu}`);
}

/** Γ(x) for x > 0 through log Γ (positive arguments only are needed here). */
function gamma(x: number): number {
  return Math.exp(logGamma(x));
}

/** C_α = Γ(1 + α) sin(πα/2)/π, the tail constant: g(v)v^{1+α} → C_α and S(v)v^α → C_α/α as v → ∞. */
export function stableConstant(alpha: number): number {
  validateStableIndex(alpha);
  // sin(πα/2) = sin(π(2 − α)/2): 2 − α is exact, so C_α → 0 at α → 2 keeps its relative digits.
  return (gamma(1 + alpha) * Math.sin((Math.PI * (2 - alpha)) / 2)) / Math.PI;
}

/** Table range and spacing (see the header): 1280 intervals. */
const TABLE_END = 20;
const TABLE_STEP = 1 / 64;
const TABLE_INTERVALS = TABLE_END / TABLE_STEP;
/** Quadrature in t: GL order, the graded part [0, GRADED_END], its ratio and depth, the uniform panel width. */
const RULE_ORDER = 16;
const GRADED_END = 0.5;
const GRADING_RATIO = 0.3;
const GRADING_LEVELS = 18;
const PANEL_WIDTH = 0.5;
/** e^{−t^α} < e^{−41.5} ≈ 1e-18 past T = 41.5^{1/α}. */
const TRUNCATION_EXPONENT = 41.5;
/** Tail series: stop adding terms when the term bound at v = U falls below this fraction of the first. */
const SERIES_RELATIVE_CUTOFF = 1e-17;
const MAX_SERIES_TERMS = 60;

/** Quadrature nodes t_j and weights w_j·e^{−t_j^α}/π for the Fourier integrals (see the header). */
function fourierNodes(alpha: number, order = RULE_ORDER, levels = GRADING_LEVELS, width = PANEL_WIDTH) {
  const rule = gaussLegendre(order);
  const top = TRUNCATION_EXPONENT ** (1 / alpha);
  const edges: number[] = [0];
  for (let k = levels; k >= 1; k--) edges.push(GRADED_END * GRADING_RATIO ** k);
  const uniform = Math.ceil((top - GRADED_END) / width);
  for (let k = 0; k <= uniform; k++) edges.push(GRADED_END + ((top - GRADED_END) * k) / uniform);
  const panels = edges.length - 1;
  const t = new Float64Array(panels * order);
  const w = new Float64Array(panels * order);
  for (let k = 0; k < panels; k++) {
    const a = edges[k]!;
    const b = edges[k + 1]!;
    for (let i = 0; i < order; i++) {
      const tj = 0.5 * (a + b) + 0.5 * (b - a) * rule.nodes[i]!;
      t[k * order + i] = tj;
      w[k * order + i] = (0.5 * (b - a) * rule.weights[i]! * Math.exp(-(tj ** alpha))) / Math.PI;
    }
  }
  return { t, w };
}

/** The values a stable table holds at one node v: g, g′, g″, S, E. */
export interface StableNodeValues {
  g: number;
  g1: number;
  g2: number;
  s: number;
  e: number;
}

/**
 * g, g′, g″, S, E of the symmetric α-stable law at v ≥ 0 by the Fourier integrals, for 1 < α < 2 (exported
 * for the spec's refinement check; `order`, `levels`, `width` override the quadrature).
 */
export function stableFourierValues(
  alpha: number,
  vs: ArrayLike<number>,
  quadrature: { order?: number; levels?: number; width?: number } = {},
): StableNodeValues[] {
  const { t, w } = fourierNodes(alpha, quadrature.order, quadrature.levels, quadrature.width);
  const meanHalf = gamma(1 - 1 / alpha) / Math.PI;
  const out: StableNodeValues[] = [];
  for (let i = 0; i < vs.length; i++) {
    const v = vs[i]!;
    const values = fourierAt(v, t, w);
    out.push({ ...values, s: 0.5 - values.s, e: meanHalf - 0.5 * v + values.e });
  }
  return out;
}

/** Raw quadrature sums at one v; S and E still without their constant and linear parts. */
function fourierAt(v: number, t: Float64Array, w: Float64Array): StableNodeValues {
  let g = 0;
  let g1 = 0;
  let g2 = 0;
  let s = 0;
  let e = 0;
  const half = 0.5 * v;
  for (let j = 0; j < t.length; j++) {
    const tj = t[j]!;
    const wj = w[j]!;
    const sh = Math.sin(half * tj);
    const ch = Math.cos(half * tj);
    const sinvt = 2 * sh * ch;
    const cosvt = 1 - 2 * sh * sh;
    g += wj * cosvt;
    g1 -= wj * tj * sinvt;
    g2 -= wj * tj * tj * cosvt;
    s += (wj * sinvt) / tj;
    e += (2 * wj * sh * sh) / (tj * tj);
  }
  return { g, g1, g2, s, e };
}

/**
 * Coefficients of the quintic Hermite polynomial in x = v − v_i on [v_i, v_i + h] matching f, f′, f″ at both
 * ends, written into c[6i … 6i + 5] (increasing powers).
 */
function quinticHermite(
  c: Float64Array,
  i: number,
  h: number,
  f0: number,
  d0: number,
  e0: number,
  f1: number,
  d1: number,
  e1: number,
): void {
  // In s = x/h with D = h f′, E = h² f″: p = f0 + D0 s + E0/2 s² + a3 s³ + a4 s⁴ + a5 s⁵.
  const delta = f1 - f0;
  const D0 = h * d0;
  const D1 = h * d1;
  const E0 = h * h * e0;
  const E1 = h * h * e1;
  const a3 = 10 * delta - 6 * D0 - 4 * D1 - 1.5 * E0 + 0.5 * E1;
  const a4 = -15 * delta + 8 * D0 + 7 * D1 + 1.5 * E0 - E1;
  const a5 = 6 * delta - 3 * D0 - 3 * D1 - 0.5 * E0 + 0.5 * E1;
  const k = 6 * i;
  c[k] = f0;
  c[k + 1] = d0;
  c[k + 2] = 0.5 * e0;
  c[k + 3] = a3 / h ** 3;
  c[k + 4] = a4 / h ** 4;
  c[k + 5] = a5 / h ** 5;
}

/** The standard symmetric α-stable law, E e^{iuZ} = e^{−|u|^α}, 1 < α ≤ 2 (α = 2 is N(0, 2)). */
export function stableLaw(alpha: number): SymmetricLaw {
  validateStableIndex(alpha);
  if (alpha === 2) return gaussianTwoLaw();
  const nodes = Float64Array.from({ length: TABLE_INTERVALS + 1 }, (_, i) => i * TABLE_STEP);
  const values = stableFourierValues(alpha, nodes);
  const eCoef = new Float64Array(6 * TABLE_INTERVALS);
  const sCoef = new Float64Array(6 * TABLE_INTERVALS);
  const gCoef = new Float64Array(6 * TABLE_INTERVALS);
  for (let i = 0; i < TABLE_INTERVALS; i++) {
    const a = values[i]!;
    const b = values[i + 1]!;
    quinticHermite(eCoef, i, TABLE_STEP, a.e, -a.s, a.g, b.e, -b.s, b.g);
    quinticHermite(sCoef, i, TABLE_STEP, a.s, -a.g, -a.g1, b.s, -b.g, -b.g1);
    quinticHermite(gCoef, i, TABLE_STEP, a.g, a.g1, a.g2, b.g, b.g1, b.g2);
  }
  const series = stableTailSeries(alpha);
  const { sTerms, gTerms, eTerms } = series;
  const terms = sTerms.length;
  const invStep = 1 / TABLE_STEP;

  // Each evaluator: |u| on the table by Horner in x = v − v_i, else the tail series in x = v^{−α}.
  const tableValue = (c: Float64Array, v: number): number => {
    const i = Math.floor(v * invStep);
    const x = v - i * TABLE_STEP;
    const k = 6 * i;
    return c[k]! + x * (c[k + 1]! + x * (c[k + 2]! + x * (c[k + 3]! + x * (c[k + 4]! + x * c[k + 5]!))));
  };
  const seriesSum = (coefficients: Float64Array, x: number): number => {
    let sum = 0;
    for (let k = terms - 1; k >= 0; k--) sum = (sum + coefficients[k]!) * x;
    return sum;
  };
  const upperSurvival = (v: number): number =>
    v < TABLE_END ? tableValue(sCoef, v) : seriesSum(sTerms, v ** -alpha);
  const upperExcess = (v: number): number => {
    if (v < TABLE_END) return tableValue(eCoef, v);
    if (v === Number.POSITIVE_INFINITY) return 0;
    return v * seriesSum(eTerms, v ** -alpha);
  };
  return {
    name: `symmetric ${alpha}-stable`,
    density(u) {
      const v = Math.abs(u);
      if (v < TABLE_END) return tableValue(gCoef, v);
      if (v === Number.POSITIVE_INFINITY) return 0;
      return seriesSum(gTerms, v ** -alpha) / v;
    },
    survival(u) {
      return u >= 0 ? upperSurvival(u) : 1 - upperSurvival(-u);
    },
    excess(u) {
      return u >= 0 ? upperExcess(u) : -u + upperExcess(-u);
    },
  };
}

/**
 * Coefficients of the tail series in x = v^{−α} (index k − 1 holds the x^k coefficient): S = Σ c_k x^k,
 * v·g = Σ αk c_k x^k, E/v = Σ c_k x^k/(αk − 1), truncated where the term bound at v = U drops below 1e-17 of the
 * first. Exported for the spec.
 */
export function stableTailSeries(alpha: number): {
  sTerms: Float64Array;
  gTerms: Float64Array;
  eTerms: Float64Array;
} {
  const s: number[] = [];
  const g: number[] = [];
  const e: number[] = [];
  const logU = Math.log(TABLE_END);
  // The bound omits the sine (which vanishes for some k, e.g. k = 4 at α = 1.5) so the stopping rule sees
  // the envelope, not a lucky zero.
  let first = Number.NaN;
  let previous = Number.POSITIVE_INFINITY;
  for (let k = 1; k <= MAX_SERIES_TERMS; k++) {
    const logMagnitude = logGamma(alpha * k) - logGamma(k + 1);
    const bound = Math.exp(logMagnitude - alpha * k * logU);
    if (k === 1) first = bound;
    else if (bound < SERIES_RELATIVE_CUTOFF * first) break;
    if (!(bound < previous))
      throw new Error(`stable tail series at α = ${alpha} stops converging at v = ${TABLE_END} (term ${k})`);
    previous = bound;
    const c = (Math.exp(logMagnitude) * Math.sin((k * Math.PI * (2 - alpha)) / 2)) / Math.PI;
    s.push(c);
    g.push(alpha * k * c);
    e.push(c / (alpha * k - 1));
  }
  return { sTerms: Float64Array.from(s), gTerms: Float64Array.from(g), eTerms: Float64Array.from(e) };
}

const SQRT2 = Math.SQRT2;

/** α = 2: Z = √2·X, X ~ N(0, 1); E(Z − u)_+ = √2[φ(z) − zΦ̄(z)], z = u/√2 (relative loss ~z² ≤ 1.5e3 in the tail). */
function gaussianTwoLaw(): SymmetricLaw {
  return {
    name: "symmetric 2-stable (N(0, 2))",
    density: (u) => normalDensity(u / SQRT2) / SQRT2,
    survival: (u) => normalCdf(-u / SQRT2),
    excess(u) {
      const v = Math.abs(u);
      const z = v / SQRT2;
      const upper = SQRT2 * normalDensity(z) - v * normalCdf(-z);
      return u >= 0 ? upper : v + upper;
    },
  };
}

/**
 * P(T > t) of Student-t_ν for any real ν > 0 (ν = 1 is Cauchy): ½ I_{ν/(ν+t²)}(ν/2, ½) for t > 0, with the
 * complement t²/(ν + t²) passed so the tail keeps its relative accuracy; the other side ½(1 + upper tail).
 */
export function studentTSurvival(t: number, nu: number): number {
  if (Number.isNaN(t)) return Number.NaN;
  if (t === 0) return 0.5;
  const v = Math.abs(t);
  // Past FAR_TAIL t² would overflow ν/(ν + t²); S = A t^{−ν}/ν·(1 + O(ν/t²)) is exact to double there.
  const upper =
    v > FAR_TAIL
      ? Math.exp(logTailAmplitude(nu) - nu * Math.log(v)) / nu
      : 0.5 * incompleteBetaTails(nu / (nu + v * v), 0.5 * nu, 0.5, (v * v) / (nu + v * v)).lower;
  return t > 0 ? upper : 1 - upper;
}

/** Beyond this |t| the Student-t tail is its leading power to double precision (corrections ~ν/t² < 1e-190). */
const FAR_TAIL = 1e100;

/** ln A, g(t) ~ A|t|^{−ν−1}: A = Γ((ν+1)/2)ν^{ν/2}/(Γ(ν/2)√π). */
function logTailAmplitude(nu: number): number {
  return logGamma(0.5 * (nu + 1)) - logGamma(0.5 * nu) + 0.5 * nu * Math.log(nu) - 0.5 * Math.log(Math.PI);
}

/** The standard Student-t law with ν > 1 degrees of freedom (variance ν/(ν − 2) when ν > 2). */
export function studentTLaw(nu: number): SymmetricLaw {
  validateDegreesOfFreedom(nu);
  const logNorm = logGamma(0.5 * (nu + 1)) - logGamma(0.5 * nu) - 0.5 * Math.log(nu * Math.PI);
  const density = (u: number): number => Math.exp(logNorm - 0.5 * (nu + 1) * Math.log1p((u * u) / nu));
  const logAmplitude = logTailAmplitude(nu);
  const upperExcess = (v: number): number => {
    if (v === Number.POSITIVE_INFINITY) return 0;
    // Far out (ν + v²) overflows; the leading power A v^{1−ν}/(ν(ν − 1)) is exact to double there.
    if (v > FAR_TAIL) return Math.exp(logAmplitude + (1 - nu) * Math.log(v)) / (nu * (nu - 1));
    // ((ν + v²)/(ν − 1))g(v) = (ν/(ν − 1))·c·(1 + v²/ν)^{−(ν−1)/2}: in one exponent it does not underflow
    // where g alone would (g ~ v^{−ν−1} while this term ~ v^{1−ν}).
    const first = Math.exp(logNorm + Math.log(nu / (nu - 1)) - 0.5 * (nu - 1) * Math.log1p((v * v) / nu));
    return first - v * studentTSurvival(v, nu);
  };
  return {
    name: `Student-t ν = ${nu}`,
    density,
    survival: (u) => studentTSurvival(u, nu),
    excess(u) {
      return u >= 0 ? upperExcess(u) : -u + upperExcess(-u);
    },
  };
}
