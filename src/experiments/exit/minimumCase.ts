import { FieldError, formatList, formatNumber, formatPoint, joinField } from "../../config/fieldError.ts";
import { readEtaGrid, readNumber, readObject, readStrictObject, readVector } from "../../config/readers.ts";
import { classify, hessianSignature } from "../../landscapes/criticalPoints.ts";
import { type ExitSet, hasExited } from "../../landscapes/exitSet.ts";
import type { Landscape } from "../../landscapes/landscape.ts";
import { symmetricEigen, unflatten } from "../../linalg/dense.ts";
import { readCaseModel, readCaseName, readStart } from "../caseModel.ts";
import { type ExitModel, readKeyedCases, snapToCriticalPoint } from "./exitModel.ts";
import { levelPast } from "./exitSpec.ts";

/**
 * A case of the minimizer-escape claims: SGD started at a local minimizer x* of f, run until it first crosses
 * a level set past the lowest saddle z of the basin. Configs name the landscape, noise, start and (optionally)
 * the saddle and exit set; everything is checked before any simulation: x0 must be a minimum (Newton-refined,
 * Hessian positive definite), z an index-1 saddle, and the start strictly inside the exit region.
 */
export interface MinimumCase extends ExitModel {
  key: string;
  /** Where the case sits in the config (`cases.double-well`, or "" for a user case), for error messages. */
  path: string;
  name: string;
  /** The refined saddle z the exit is measured through. */
  saddle: number[];
  /** Δf = f(z) − f(x*). */
  barrier: number;
  /** ∇²f at x* and at z (for Eyring–Kramers). */
  hessianMin: number[][];
  hessianSaddle: number[][];
  /** How far past the saddle the exit level lies (`exit: {"kind": "level", "past": d}`; 0: the saddle's level). */
  exitPast: number;
  etas: number[];
  /**
   * Step sizes estimated by multilevel splitting instead of brute force (claims M1, M3; experiments/exit/
   * splittingRuns.ts): E N far past what direct runs can reach. Empty unless the claim takes them.
   */
  splittingEtas: number[];
}

export const MINIMUM_CASE_KEYS = ["name", "landscape", "noise", "x0", "saddle", "exit", "etas"] as const;

export function readMinimumCase(
  raw: unknown,
  path: string,
  key: string,
  minEtas = 3,
  splitting = false,
): MinimumCase {
  const c = readStrictObject(raw, path, [...MINIMUM_CASE_KEYS, ...(splitting ? ["splittingEtas"] : [])]);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const name = readCaseName(c, p, key);
  const model = readCaseModel(c, p);
  const { landscapeSpec, landscape, declared, noiseSpec, noise } = model;
  const d = landscape.dim;
  const x0 = criticalPointAt(landscape, readStart(c, p, model, "minimum"), "minimum", p("x0"));

  let saddle: number[];
  if (c.saddle !== undefined)
    saddle = criticalPointAt(landscape, readVector(c.saddle, p("saddle"), d), "saddle", p("saddle"));
  else {
    const saddles = declared.filter((q) => q.kind === "saddle" && q.signature.negative === 1);
    if (!saddles.length)
      throw new FieldError(p("saddle"), "not given, and the landscape declares no index-1 saddle");
    saddles.sort((a, b) => landscape.value(a.x) - landscape.value(b.x));
    saddle = saddles[0]!.x;
  }
  const barrier = landscape.value(saddle) - landscape.value(x0);
  if (!(barrier > 0))
    throw new FieldError(
      p("saddle"),
      `f(z) − f(x*) = ${formatNumber(barrier)} is not a barrier: the saddle ${formatPoint(saddle)} is not above the start ${formatPoint(x0)}`,
    );
  const hessianMin = hessianAt(landscape, x0);
  const hessianSaddle = hessianAt(landscape, saddle);
  // The exit: a level past the saddle along the escape direction (the default: the saddle's own level), or
  // an explicit region (half-space, ball or slab with its full geometry) for a landscape of the user's own.
  const level = c.exit === undefined || (c.exit as { kind?: unknown } | null)?.kind === "level";
  const exitPast = level
    ? levelPast(c.exit, p("exit"), "an exit from a minimizer", { kind: "level", past: 0 }, 0)
    : 0;
  const exitSet = level
    ? exitPastSaddle(hessianSaddle, saddle, x0, exitPast)
    : readExitSet(c.exit, p("exit"), d);
  if (hasExited(exitSet, x0))
    throw new FieldError(
      p("exit"),
      `does not contain the start: x0 = ${formatPoint(x0)} already counts as exited, so N would be 0`,
    );
  const etas = readEtaGrid(c.etas, p("etas"), minEtas);
  const splittingEtas = c.splittingEtas == null ? [] : readEtaGrid(c.splittingEtas, p("splittingEtas"), 0);
  return {
    key,
    path,
    name,
    landscapeSpec,
    landscape,
    noiseSpec,
    noise,
    x0,
    saddle,
    barrier,
    hessianMin,
    hessianSaddle,
    exitSet,
    exitPast,
    etas,
    splittingEtas,
  };
}

/** The minimizer cases of a claim config (keyed; see `readKeyedCases`). */
export function readMinimumCases(
  cfg: Record<string, unknown>,
  path: string,
  minEtas = 3,
  splitting = false,
): MinimumCase[] {
  const keys = [...MINIMUM_CASE_KEYS, ...(splitting ? ["splittingEtas"] : [])];
  // A new landscape drops the old one's start, saddle, exit and rare-event grid (sized for its barrier).
  const reset = ["x0", "saddle", "exit", ...(splitting ? ["splittingEtas"] : [])];
  return readKeyedCases(cfg, path, keys, reset, (raw, at, key) =>
    readMinimumCase(raw, at, key, minEtas, splitting),
  );
}

/** σ² of isotropic noise: the Arrhenius exponent 2Δf/σ² is stated for Σ = σ²I (M5 covers the general case). */
export function isotropicVariance(c: Pick<ExitModel, "noiseSpec">, path: string): number {
  if (c.noiseSpec.kind !== "isotropic")
    throw new FieldError(
      joinField(path, "noise.kind"),
      `the Arrhenius exponent 2Δf/σ² needs isotropic noise, got "${c.noiseSpec.kind}" (claim M5 covers state-dependent noise)`,
    );
  return c.noiseSpec.sigma ** 2;
}

/** Newton-refines `x` and checks it is a hyperbolic critical point of the wanted kind. */
export function criticalPointAt(
  f: Landscape,
  x: number[],
  kind: "minimum" | "saddle",
  field: string,
): number[] {
  const refined = snapToCriticalPoint(
    f,
    x,
    field,
    kind === "minimum"
      ? "the escape claims start at a local minimizer"
      : "the exit is measured through a saddle",
  );
  const sig = hessianSignature(f, refined);
  const found = classify(sig);
  const ok = kind === "minimum" ? found === "minimum" : found === "saddle" && sig.negative === 1;
  if (!ok)
    throw new FieldError(
      field,
      `${formatPoint(x)} is ${found === "degenerate" ? "a degenerate critical point" : `a ${found}${found === "saddle" ? ` of index ${sig.negative}` : ""}`} (Hessian eigenvalues ${formatList(sig.eigenvalues)}), not ${kind === "minimum" ? "a minimum" : "an index-1 saddle"}`,
    );
  return refined;
}

function hessianAt(f: Landscape, x: number[]): number[][] {
  return unflatten(f.hessian(x, new Float64Array(f.dim * f.dim)), f.dim);
}

/**
 * The default exit set: the half-space beyond the hyperplane through z (shifted by `past`) normal to the
 * unstable eigenvector of ∇²f(z), oriented away from x*. For the double well this is "first x ≥ 0".
 */
function exitPastSaddle(Hz: number[][], z: number[], x0: number[], past: number): ExitSet {
  const { vectors } = symmetricEigen(Hz);
  let normal = vectors.map((row) => row[0]!);
  const towards = normal.reduce((s, v, i) => s + v * (z[i]! - x0[i]!), 0);
  if (towards < 0) normal = normal.map((v) => -v);
  // Exact zeros keep generated kernels free of 1e-17 terms.
  normal = normal.map((v) => (Math.abs(v) < 1e-14 ? 0 : v));
  const offset = normal.reduce((s, v, i) => s + v * z[i]!, 0) + past;
  return { kind: "half-space", normal, offset };
}

export function readExitSet(raw: unknown, path: string, d: number): ExitSet {
  const o = readObject(raw, path);
  if (o.kind === "half-space") {
    readStrictObject(o, path, ["kind", "normal", "offset"]);
    const normal = readVector(o.normal, `${path}.normal`, d);
    if (!normal.some((v) => v !== 0)) throw new FieldError(`${path}.normal`, "must not be the zero vector");
    return { kind: "half-space", normal, offset: readNumber(o.offset, `${path}.offset`) };
  }
  if (o.kind === "ball") {
    readStrictObject(o, path, ["kind", "center", "radius"]);
    return {
      kind: "ball",
      center: readVector(o.center, `${path}.center`, d),
      radius: readNumber(o.radius, `${path}.radius`, { min: 0, exclusiveMin: true }),
    };
  }
  throw new FieldError(
    `${path}.kind`,
    `expected "level" (past the saddle), "half-space" or "ball" (explicit regions), got ${JSON.stringify(o.kind)}`,
  );
}
