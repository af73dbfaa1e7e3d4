/**
 * The one place that decides which exact reference a mean-exit problem has (DESIGN.md §5). Given the
 * landscape, the noise, the start and the exit set, it returns the reference that applies — for SGD itself or
 * for its first-order SDE — or throws NoExactReference saying why none does. It never falls back silently: a
 * noise family that is not Gaussian does not get the Gaussian chain, a 3-D problem does not get a 1-D integral.
 *
 *   process  problem                                                     reference
 *   SGD      1-D, Gaussian noise, exit past a level or out of an interval  discrete exit chain (I − P)T = 1
 *   SGD      quadratic f, constant Gaussian noise, exit decided along an   the same chain for the 1-D projection
 *            eigenvector of ∇²f (half-space or slab normal to it)           u = n·x (exact: u is autonomous)
 *   SME-1    1-D, any noise with a covariance Σ(x) > 0, exit past a level  double integral in log space
 *   SME-1    2-D, isotropic constant noise, exit line x₁ = c              reversible finite-volume backward eq.
 *
 * The reflecting side of a 1-D problem is the same for both processes: where the quasi-stationary density has
 * fallen e^{−40} below its peak (discreteExitChain.ts `reflectingWall`), so the chain and the integral solve
 * the same domain. Eyring–Kramers and Kifer's formulas are asymptotics, not exact references: they are
 * predictions of the claims (eyringKramers.ts, saddle.ts).
 */
import type { ExitSet } from "../../landscapes/exitSet.ts";
import type { Landscape } from "../../landscapes/landscape.ts";
import type { NoiseModel } from "../../noise/noise.ts";
import { type CensoredLaw, discreteExitChain, reflectingWall } from "./discreteExitChain.ts";
import { meanFirstPassageTime } from "./mfpt.ts";
import { densityWall, meanFirstPassageTime2d } from "./mfpt2d.ts";

export interface ExitProblem {
  landscape: Landscape;
  noise: NoiseModel;
  start: readonly number[];
  exitSet: ExitSet;
  /**
   * Points on the escape path where the valley's width sets the 2-D reference's side walls (the saddle it
   * leaves through); the start is always one.
   */
  path?: readonly (readonly number[])[];
}

export type ExitProcess = "sgd" | "sme1";

export interface ExitReference {
  process: ExitProcess;
  kind: "discrete-chain" | "diffusion-quadrature" | "backward-equation-2d";
  /** For reports: "exact discrete chain (1-D)". */
  name: string;
  /** E N in iterations at step size η (for SME-1: the mean exit time over η). */
  meanIterations(eta: number): number;
  /** The same with the reference's own error estimate (coarse vs fine level), in iterations. */
  solve(eta: number): { mean: number; errorEstimate: number };
  /**
   * The discrete chain only: the law of N beyond its mean — its standard deviation and, given a horizon h,
   * P(N > h) and E min(N, h) (what runs stopped at h see).
   */
  law?(eta: number, horizon?: number): ExitLaw;
}

export interface ExitLaw {
  mean: number;
  std: number;
  censored?: CensoredLaw;
}

/** A reference from its solver: meanIterations is solve(η).mean. */
function reference(r: Omit<ExitReference, "meanIterations">): ExitReference {
  return { ...r, meanIterations: (eta) => r.solve(eta).mean };
}

export class NoExactReference extends Error {
  override name = "NoExactReference";
}

/** The exact reference of `problem` for `process`, or NoExactReference with the reason. */
export function exactExitReference(problem: ExitProblem, process: ExitProcess): ExitReference {
  const d = problem.landscape.dim;
  if (problem.noise.dim !== d)
    throw new Error(`noise dimension ${problem.noise.dim} ≠ landscape dimension ${d}`);
  const line = lineProblem(problem, process);
  if (line) return process === "sgd" ? chainReference(line) : quadratureReference(line);
  if (process === "sme1" && d === 2) return backwardEquation2d(problem);
  throw new NoExactReference(
    process === "sgd"
      ? `no exact SGD reference for this ${d}-D problem: the discrete chain needs a 1-D problem (or a quadratic whose exit is decided along an eigenvector) with Gaussian noise`
      : `no exact SME-1 reference for this ${d}-D problem: the quadrature is 1-D, the backward equation 2-D with isotropic noise and an exit line x₁ = const`,
  );
}

/** The reference when one applies, else null (for report columns that are shown where they exist). */
export function exactExitReferenceOrNull(problem: ExitProblem, process: ExitProcess): ExitReference | null {
  try {
    return exactExitReference(problem, process);
  } catch (e) {
    if (e instanceof NoExactReference) return null;
    throw e;
  }
}

/**
 * A problem that is exactly one-dimensional: gradient, noise standard deviation and variance along the line,
 * start and exit levels. 1-D problems stay in x; a d-D quadratic is projected on the exit normal n (not
 * normalised: the kernels test n·x itself), u = n·(x − x₀), whose SGD is u' = u − η(n·∇f(x₀) + λu + n·ξ) with
 * ∇²f·n = λn, exactly autonomous when the noise is constant.
 */
interface LineProblem {
  gradient: (u: number) => number;
  noiseStd: (u: number) => number;
  variance: (u: number) => number;
  gaussian: boolean;
  start: number;
  lower?: number;
  upper?: number;
  what: string;
}

function lineProblem(p: ExitProblem, process: ExitProcess): LineProblem | null {
  const d = p.landscape.dim;
  const set = p.exitSet;
  const gaussian = p.noise.properties.gaussian;
  let line: Omit<LineProblem, "lower" | "upper">;
  let levels: { lower?: number; upper?: number };
  if (d === 1) {
    const g = new Float64Array(1);
    const s = new Float64Array(1);
    line = {
      gradient: (x) => p.landscape.gradient([x], g)[0]!,
      noiseStd: (x) => p.noise.factor([x], s)[0]!,
      variance: (x) => p.noise.covariance([x], s)[0]!,
      gaussian,
      start: p.start[0]!,
      what: "1-D",
    };
    if (set.kind === "half-space") {
      const n = set.normal[0]!;
      levels = n > 0 ? { upper: set.offset / n } : { lower: set.offset / n };
    } else {
      const c = set.center[0]!;
      const w = set.kind === "ball" ? set.radius : set.halfWidth / Math.abs(set.normal[0]!);
      levels = { lower: c - w, upper: c + w };
    }
  } else {
    if (set.kind === "ball" || p.landscape.spec.kind !== "quadratic" || !p.noise.constant) return null;
    const n = set.normal;
    const x0 = p.start;
    const H = p.landscape.hessian(x0, new Float64Array(d * d));
    const Hn = n.map((_, i) => n.reduce((t, v, j) => t + H[i * d + j]! * v, 0));
    const nn = n.reduce((t, v) => t + v * v, 0);
    const lambda = Hn.reduce((t, v, i) => t + v * n[i]!, 0) / nn;
    const scale = Math.max(1e-300, ...Array.from(H, Math.abs)) * Math.sqrt(nn);
    if (Hn.some((v, i) => Math.abs(v - lambda * n[i]!) > 1e-12 * scale)) return null;
    const slope0 = p.landscape.gradient(x0, new Float64Array(d)).reduce((t, v, i) => t + v * n[i]!, 0);
    const Sigma = p.noise.covariance(x0, new Float64Array(d * d));
    let sn = 0;
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) sn += n[i]! * Sigma[i * d + j]! * n[j]!;
    const std = Math.sqrt(sn);
    const at = (x: readonly number[]) => x.reduce((t, v, i) => t + n[i]! * (v - x0[i]!), 0);
    line = {
      gradient: (u) => slope0 + lambda * u,
      noiseStd: () => std,
      variance: () => sn,
      gaussian,
      start: 0,
      what: `the projection on the exit normal of a ${d}-D quadratic`,
    };
    levels =
      set.kind === "half-space"
        ? { upper: set.offset - at(new Array(d).fill(0)) }
        : { lower: at(set.center) - set.halfWidth, upper: at(set.center) + set.halfWidth };
  }
  if (process === "sme1" && levels.lower !== undefined && levels.upper !== undefined) return null;
  return { ...line, ...levels };
}

function chainReference(line: LineProblem): ExitReference {
  if (!line.gaussian)
    throw new NoExactReference(
      "the noise is not Gaussian: the exact discrete chain has Gaussian steps (the diffusion quadrature is exact for SME-1 only)",
    );
  const chain = (eta: number, horizon?: number) =>
    discreteExitChain({
      gradient: line.gradient,
      noiseStd: line.noiseStd,
      eta,
      start: line.start,
      ...(line.upper !== undefined ? { upper: line.upper } : {}),
      ...(line.lower !== undefined ? { lower: line.lower } : {}),
      ...(horizon !== undefined ? { horizon } : {}),
    });
  return reference({
    process: "sgd",
    kind: "discrete-chain",
    name: `exact discrete chain (${line.what})`,
    solve: (eta) => chain(eta),
    law(eta, horizon) {
      const r = chain(eta, horizon);
      return { mean: r.mean, std: r.std, ...(r.censored ? { censored: r.censored } : {}) };
    },
  });
}

/** SME-1 along the line: dX = −f'dt + √(ηΣ) dW, absorbing at the exit level, reflecting at the chain's wall. */
function quadratureReference(line: LineProblem): ExitReference {
  const up = line.upper !== undefined;
  const level = (up ? line.upper : line.lower)!;
  return reference({
    process: "sme1",
    kind: "diffusion-quadrature",
    name: `exact SME-1 mean first-passage time / η (${line.what}, quadrature)`,
    solve(eta) {
      const wall = reflectingWall(line.gradient, line.noiseStd, eta, line.start, up ? -1 : 1);
      const r = meanFirstPassageTime({
        drift: (u) => -line.gradient(u),
        diffusion2: (u) => eta * line.variance(u),
        lower: up ? wall : level,
        upper: up ? level : wall,
        start: line.start,
        absorbing: up ? "upper" : "lower",
      });
      return { mean: r.value / eta, errorEstimate: r.errorEstimate / eta };
    },
  });
}

/**
 * SME-1 in 2-D with isotropic constant noise σ²I to the line n·x = c, n = ±e₁: the exit is mirrored to the
 * right; walls where the quasi-stationary density is e^{−30} below the valley floor, behind the start and across
 * the valley at the start and along the path (wherever it is widest).
 */
function backwardEquation2d(p: ExitProblem): ExitReference {
  const set = p.exitSet;
  const reason = "the 2-D backward equation needs isotropic constant noise and an exit line x₁ = const";
  if (set.kind !== "half-space" || set.normal[1] !== 0 || set.normal[0] === 0)
    throw new NoExactReference(reason);
  if (!p.noise.constant) throw new NoExactReference(reason);
  const S = p.noise.covariance(p.start, new Float64Array(4));
  if (S[1] !== 0 || S[2] !== 0 || S[0] !== S[3]) throw new NoExactReference(reason);
  const sigma2 = S[0]!;
  const sign = set.normal[0]! > 0 ? 1 : -1;
  const level = set.offset / set.normal[0]!;
  const pot = (x: number, y: number) => p.landscape.value([sign * x, y]);
  const [x0, y0] = [sign * p.start[0]!, p.start[1]!];
  const along = [x0, ...(p.path ?? []).map((q) => sign * q[0]!)];
  return reference({
    process: "sme1",
    kind: "backward-equation-2d",
    name: "exact SME-1 mean first-passage time / η (2-D backward equation)",
    solve(eta) {
      const epsilon2 = eta * sigma2;
      const wall = (profile: (t: number) => number) => densityWall({ profile, epsilon2 });
      const across = (dir: number) => Math.max(...along.map((xq) => wall((t) => pot(xq, y0 + dir * t))));
      const r = meanFirstPassageTime2d({
        potential: pot,
        epsilon2,
        box: {
          xLow: x0 - wall((t) => pot(x0 - t, y0)),
          xExit: sign * level,
          yLow: y0 - across(-1),
          yHigh: y0 + across(1),
        },
        start: [x0, y0],
      });
      return { mean: r.time / eta, errorEstimate: r.errorEstimate / eta };
    },
  });
}
