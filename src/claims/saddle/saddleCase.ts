import { FieldError, formatList, formatPoint, withinField } from "../../config/fieldError.ts";
import {
  readEtaGrid,
  readNumber,
  readObject,
  readStrictObject,
  readString,
  readVector,
} from "../../config/readers.ts";
import {
  classify,
  hessianSignature,
  refineCriticalPoint,
  verifyCriticalPoints,
} from "../../landscapes/criticalPoints.ts";
import { landscapeFromSpec } from "../../landscapes/fromSpec.ts";
import type { Landscape, LandscapeSpec } from "../../landscapes/landscape.ts";
import { unflatten } from "../../linalg/dense.ts";
import { noiseFromSpec } from "../../noise/fromSpec.ts";
import type { NoiseModel, NoiseSpec } from "../../noise/noise.ts";
import { linearSaddleExitIterations, type SaddleGeometry, saddleGeometry } from "../../reference/saddle.ts";
import type { ExitSet } from "../../simulate/exitSet.ts";

/**
 * A case of the saddle-escape claims: SGD started exactly at a hyperbolic saddle z, run until it leaves the
 * ball of radius a around z. The geometry (γ = |λ_min|, v₁, σ_u² = v₁ᵀΣv₁, a second unstable rate γ₂) comes from
 * ∇²f(z) and Σ(z), after checking that the start is a critical point with at least one negative eigenvalue.
 */
export interface SaddleCase {
  key: string;
  /** Where the case sits in the config (`cases.linear-2d`, or "" for a user case), for error messages. */
  path: string;
  name: string;
  landscapeSpec: LandscapeSpec;
  landscape: Landscape;
  noiseSpec: NoiseSpec;
  noise: NoiseModel;
  x0: number[];
  radius: number;
  geometry: SaddleGeometry;
  /** True when f is exactly quadratic (the linear-saddle formulas are then exact up to their stated order). */
  linear: boolean;
  exitSet: ExitSet;
  etas: number[];
}

export const SADDLE_CASE_KEYS = ["name", "landscape", "noise", "x0", "radius", "etas"] as const;

export function readSaddleCase(raw: unknown, path: string, key: string, minEtas = 3): SaddleCase {
  const c = readStrictObject(raw, path, SADDLE_CASE_KEYS);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const name = c.name === undefined ? key : readString(c.name, p("name"));
  const landscapeSpec = readObject(c.landscape, p("landscape")) as LandscapeSpec;
  const landscape = withinField(p("landscape"), () => landscapeFromSpec(landscapeSpec, ""));
  const declared = withinField(p("landscape"), () => verifyCriticalPoints(landscape));
  const d = landscape.dim;
  const noiseSpec = readObject(c.noise, p("noise")) as NoiseSpec;
  const noise = withinField(p("noise"), () => noiseFromSpec(noiseSpec, landscape, ""));
  const firstSaddle = declared.find((q) => q.kind === "saddle");
  if (c.x0 === undefined && !firstSaddle)
    throw new FieldError(p("x0"), "not given, and the landscape declares no saddle to start from");
  const given = c.x0 === undefined ? firstSaddle!.x : readVector(c.x0, p("x0"), d);
  const refined = refineCriticalPoint(landscape, given);
  const scale = Math.max(1, ...given.map(Math.abs));
  const moved = Math.hypot(...refined.x.map((v, i) => v - given[i]!));
  if (!refined.converged || moved > 1e-3 * scale)
    throw new FieldError(
      p("x0"),
      `${formatPoint(given)} is not a critical point of f; the saddle claims start exactly at a saddle`,
    );
  const x0 = refined.x;
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

export function readSaddleCases(cfg: Record<string, unknown>, path: string, minEtas = 3): SaddleCase[] {
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const topLevel = SADDLE_CASE_KEYS.filter((k) => k !== "name" && cfg[k] !== undefined);
  const cases = readObject(cfg.cases, p("cases"));
  const entries = Object.entries(cases).filter(([, v]) => v !== null);
  if (topLevel.length) {
    const first = readObject(entries[0]?.[1], p("cases"));
    const merged: Record<string, unknown> = { ...first, name: "user case" };
    for (const k of topLevel) merged[k] = cfg[k];
    if (cfg.landscape !== undefined && cfg.x0 === undefined) delete merged.x0;
    return [readSaddleCase(merged, path, "user", minEtas)];
  }
  if (!entries.length) throw new FieldError(p("cases"), "needs at least one case");
  return entries.map(([k, v]) => readSaddleCase(v, p(`cases.${k}`), k, minEtas));
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
