import { FieldError, formatList, formatPoint } from "../../config/fieldError.ts";
import { readEtaGrid, readNumber, readStrictObject } from "../../config/readers.ts";
import { classify, hessianSignature } from "../../landscapes/criticalPoints.ts";
import { unflatten } from "../../linalg/dense.ts";
import { linearSaddleExitIterations, type SaddleGeometry, saddleGeometry } from "../../reference/saddle.ts";
import { readCaseModel, readCaseName, readStart } from "../caseModel.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../runSize.ts";
import { type ExitModel, readKeyedCases, snapToCriticalPoint } from "./exitModel.ts";

/**
 * A case of the saddle-escape claims: SGD started exactly at a hyperbolic saddle z, run until it leaves the
 * ball of radius a around z. The geometry (γ = |λ_min|, v₁, σ_u² = v₁ᵀΣv₁, a second unstable rate γ₂) comes from
 * ∇²f(z) and Σ(z), after checking that the start is a critical point with at least one negative eigenvalue.
 */
export interface SaddleCase extends ExitModel {
  key: string;
  /** Where the case sits in the config (`cases.linear-2d`, or "" for a user case), for error messages. */
  path: string;
  name: string;
  radius: number;
  geometry: SaddleGeometry;
  /** True when f is exactly quadratic (the linear-saddle formulas are then exact up to their stated order). */
  linear: boolean;
  etas: number[];
}

export const SADDLE_CASE_KEYS = ["name", "landscape", "noise", "x0", "radius", "etas"] as const;

export function readSaddleCase(raw: unknown, path: string, key: string, minEtas = 3): SaddleCase {
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
  const radius = readNumber(c.radius, p("radius"), { min: 0, exclusiveMin: true });
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
    radius,
    geometry,
    linear: landscapeSpec.kind === "quadratic",
    exitSet: { kind: "ball", center: x0, radius },
    etas,
  };
}

/** The saddle cases of a claim config (keyed; see `readKeyedCases`). */
export function readSaddleCases(cfg: Record<string, unknown>, path: string, minEtas = 3): SaddleCase[] {
  return readKeyedCases(cfg, path, SADDLE_CASE_KEYS, ["x0"], (raw, at, key) =>
    readSaddleCase(raw, at, key, minEtas),
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
  opts: { extra: readonly string[]; minEtas?: number },
): SaddleClaimConfig & { rest: Record<string, unknown> } {
  const cfg = readStrictObject(raw, path, [
    "particles",
    "blockSize",
    "cases",
    ...opts.extra,
    ...SADDLE_CASE_KEYS,
  ]);
  const { particles, blockSize } = readRunSize(cfg, path);
  return { particles, blockSize, cases: readSaddleCases(cfg, path, opts.minEtas ?? 3), rest: cfg };
}

/** S1 and S2: the shared config and a relative band. */
export interface SaddleTrendConfig extends SaddleClaimConfig {
  relativeBand: number;
}

export function readSaddleTrendConfig(raw: unknown, path: string, minEtas = 3): SaddleTrendConfig {
  const { rest, ...config } = readSaddleClaimConfig(raw, path, { extra: ["relativeBand"], minEtas });
  return {
    ...config,
    relativeBand: readRelativeBand(rest.relativeBand, path ? `${path}.relativeBand` : "relativeBand"),
  };
}
