import { FieldError, formatList, formatPoint, joinField } from "../../config/fieldError.ts";
import { readEtaGrid, readNumber, readObject, readStrictObject } from "../../config/readers.ts";
import { classify, hessianSignature } from "../../landscapes/criticalPoints.ts";
import { unflatten } from "../../linalg/dense.ts";
import { linearSaddleExitIterations, type SaddleGeometry, saddleGeometry } from "../../reference/saddle.ts";
import { readCaseModel, readCaseName, readStart } from "../caseModel.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../runSize.ts";
import { type ExitModel, readKeyedCases, snapToCriticalPoint } from "./exitModel.ts";
import { type ExitSpec, readExitSpec, saddleExitSize } from "./exitSpec.ts";

/**
 * A case of the saddle-escape claims: SGD started exactly at a hyperbolic saddle z, run until it leaves the
 * ball of radius a around z, or the slab of half-width a along v₁ (the case's `exit`, experiments/exit/exitSpec.ts). The geometry (γ = |λ_min|, v₁, σ_u² = v₁ᵀΣv₁, a second unstable rate γ₂) comes from
 * ∇²f(z) and Σ(z), after checking that the start is a critical point with at least one negative eigenvalue.
 */
export interface SaddleCase extends ExitModel {
  key: string;
  /** Where the case sits in the config (`cases.linear-2d`, or "" for a user case), for error messages. */
  path: string;
  name: string;
  /** The exit as configured: a ball of radius a or a slab of half-width a along v₁. */
  exit: Extract<ExitSpec, { kind: "ball" | "slab" }>;
  /** a: the ball's radius or the slab's half-width (the formulas' exit distance). */
  radius: number;
  geometry: SaddleGeometry;
  /** True when f is exactly quadratic (the linear-saddle formulas are then exact up to their stated order). */
  linear: boolean;
  etas: number[];
}

export const SADDLE_CASE_KEYS = ["name", "landscape", "noise", "x0", "exit", "etas"] as const;

/** Which saddle exits a claim has references for, and why (for the error when a config names another). */
export interface SaddleExitRule {
  kinds: readonly ("ball" | "slab")[];
  why: string;
}

export const BALL_EXIT: SaddleExitRule = {
  kinds: ["ball"],
  why: "this claim's runs leave the ball |x − z| ≥ a around the saddle",
};

export function readSaddleCase(
  raw: unknown,
  path: string,
  key: string,
  minEtas = 3,
  rule: SaddleExitRule = BALL_EXIT,
): SaddleCase {
  const c = readStrictObject(raw, path, SADDLE_CASE_KEYS);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const name = readCaseName(c, p, key);
  const model = readCaseModel(c, p);
  const { landscapeSpec, landscape, noiseSpec, noise } = model;
  const d = landscape.dim;
  const given = readStart(c, p, model, "saddle");
  const x0 = snapToCriticalPoint(landscape, given, p("x0"), "the saddle claims start exactly at a saddle");
  const sig = hessianSignature(landscape, x0);
  const kind = classify(sig);
  if (sig.negative === 0 || kind === "degenerate")
    throw new FieldError(
      p("x0"),
      `${formatPoint(given)} is ${kind === "degenerate" ? "a degenerate critical point" : "a minimum"} (Hessian eigenvalues ${formatList(sig.eigenvalues)}), not a hyperbolic saddle`,
    );
  const H = unflatten(landscape.hessian(x0, new Float64Array(d * d)), d);
  const Sigma = unflatten(noise.covariance(x0, new Float64Array(d * d)), d);
  const geometry = saddleGeometry(H, Sigma);
  const exit = readExitSpec(c.exit, p("exit"), rule.kinds, rule.why) as SaddleCase["exit"];
  const radius = saddleExitSize(exit);
  const etas = readEtaGrid(c.etas, p("etas"), minEtas);
  return {
    key,
    path,
    name,
    landscapeSpec,
    landscape,
    noiseSpec,
    noise,
    x0,
    exit,
    radius,
    geometry,
    linear: landscapeSpec.kind === "quadratic",
    exitSet:
      exit.kind === "ball"
        ? { kind: "ball", center: x0, radius }
        : { kind: "slab", normal: geometry.v1, center: x0, halfWidth: radius },
    etas,
  };
}

/** The saddle cases of a claim config (keyed; see `readKeyedCases`). */
export function readSaddleCases(
  cfg: Record<string, unknown>,
  path: string,
  minEtas = 3,
  rule: SaddleExitRule = BALL_EXIT,
): SaddleCase[] {
  return readKeyedCases(cfg, path, SADDLE_CASE_KEYS, ["x0"], (raw, at, key) =>
    readSaddleCase(raw, at, key, minEtas, rule),
  );
}

/** Iterations per exit by the linear-saddle discrete formula (horizon sizing; γ, σ_u² from the Hessian at z). */
export function saddleIterations(c: SaddleCase, eta: number): number {
  const g = c.geometry;
  // With σ_u² = 0 (the S4 control) there is no prediction; a unit variance sizes the horizon of the control.
  const s2 = g.unstableNoiseVariance > 0 ? g.unstableNoiseVariance : 1;
  return Math.max(
    1,
    linearSaddleExitIterations({ gamma: g.gamma, eta, radius: c.radius, unstableNoiseVariance: s2 }),
  );
}

/** Saddle exits have light (Gumbel-like) tails: 50× the mean leaves no run censored in practice. */
export function saddleHorizon(c: SaddleCase, eta: number): number {
  return Math.ceil(50 * saddleIterations(c, eta)) + 100;
}

/** The config the saddle-escape claims share: runs per point and the keyed `cases` (or one user case). */
export interface SaddleClaimConfig extends RunSize {
  cases: SaddleCase[];
}

export function readSaddleClaimConfig(
  raw: unknown,
  path: string,
  opts: { extra: readonly string[]; minEtas?: number; exit?: SaddleExitRule },
): SaddleClaimConfig & { rest: Record<string, unknown> } {
  const cfg = readStrictObject(raw, path, [
    "particles",
    "blockSize",
    "cases",
    ...opts.extra,
    ...SADDLE_CASE_KEYS,
  ]);
  const { particles, blockSize } = readRunSize(cfg, path);
  return {
    particles,
    blockSize,
    cases: readSaddleCases(cfg, path, opts.minEtas ?? 3, opts.exit ?? BALL_EXIT),
    rest: cfg,
  };
}

/** S1 and S2: the shared config and a relative band. */
export interface SaddleTrendConfig extends SaddleClaimConfig {
  relativeBand: number;
}

export function readSaddleTrendConfig(
  raw: unknown,
  path: string,
  minEtas = 3,
  exit: SaddleExitRule = BALL_EXIT,
): SaddleTrendConfig {
  const { rest, ...config } = readSaddleClaimConfig(raw, path, { extra: ["relativeBand"], minEtas, exit });
  return {
    ...config,
    relativeBand: readRelativeBand(rest.relativeBand, path ? `${path}.relativeBand` : "relativeBand"),
  };
}

/**
 * The closed forms assume the exit happens once u_k = (1 + ηγ)^k Z_k grows geometrically, i.e. a is many
 * standard deviations of Z; at 4 (THEORY's reference case γ = a = σ = 1, η = 0.1 sits at 4.6) the exits of
 * the diffusive phase are ≲ 1e-4 of runs.
 */
const MIN_RADIUS_IN_SDS = 4;

/** The S2 constants are for linear saddles with noise along v₁, exiting in the geometric-growth regime. */
export function checkLinearSaddle(c: SaddleCase): void {
  if (!c.linear)
    throw new FieldError(
      joinField(c.path, "landscape.kind"),
      `"${c.landscapeSpec.kind}": the exact S2 constants are for linear saddles (a "quadratic" landscape); S1 covers nonlinear saddles`,
    );
  const g = c.geometry;
  if (!g.escapesAlongV1)
    throw new FieldError(
      joinField(c.path, "noise"),
      "has v₁ᵀΣv₁ = 0: no escape along v₁ (that is the S4 control)",
    );
  for (const eta of c.etas) {
    const sd = Math.sqrt((eta * g.unstableNoiseVariance) / (g.gamma * (2 + eta * g.gamma)));
    if (c.radius < MIN_RADIUS_IN_SDS * sd)
      throw new FieldError(
        joinField(c.path, `exit.${c.exit.kind === "ball" ? "radius" : "halfWidth"}`),
        `a = ${c.radius} is only ${(c.radius / sd).toFixed(2)} stationary standard deviations √(ησ_u²/(γ(2+ηγ))) at η = ${eta}; the S2 constants need a ≥ ${MIN_RADIUS_IN_SDS} of them (exits must happen in the geometric-growth regime)`,
      );
  }
}

/** Claim S4's config: the same saddle with omnidirectional noise and with no noise along v₁. */
export interface SaddleControlConfig extends RunSize {
  /** Horizon as a multiple of the omnidirectional case's predicted E N. */
  horizonMultiple: number;
  /** Exit fractions within the horizon: degenerate noise ≤ this, omnidirectional ≥ 1 − this. */
  tolerance: number;
  omnidirectional: SaddleCase;
  degenerate: SaddleCase;
}

export function readSaddleControl(raw: unknown, path: string): SaddleControlConfig {
  const cfg = readStrictObject(raw, path, [
    "particles",
    "blockSize",
    "horizonMultiple",
    "tolerance",
    "omnidirectional",
    "degenerate",
  ]);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const { particles, blockSize } = readRunSize(cfg, path);
  const horizonMultiple = readNumber(cfg.horizonMultiple, p("horizonMultiple"), { min: 1 });
  const tolerance = readNumber(cfg.tolerance, p("tolerance"), { min: 0, max: 0.5, exclusiveMin: true });
  const read = (key: "omnidirectional" | "degenerate") =>
    readSaddleCase(readObject(cfg[key], p(key)), p(key), key, 1);
  const omnidirectional = read("omnidirectional");
  const degenerate = read("degenerate");
  if (!omnidirectional.geometry.escapesAlongV1)
    throw new FieldError(p("omnidirectional.noise"), "has v₁ᵀΣv₁ = 0; the control needs noise along v₁ here");
  if (degenerate.geometry.escapesAlongV1)
    throw new FieldError(
      p("degenerate.noise"),
      `has v₁ᵀΣv₁ = ${degenerate.geometry.unstableNoiseVariance} > 0; the control needs noise with no component along v₁`,
    );
  return { particles, blockSize, horizonMultiple, tolerance, omnidirectional, degenerate };
}
