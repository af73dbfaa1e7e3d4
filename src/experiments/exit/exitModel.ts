import { FieldError, formatNumber, formatPoint } from "../../config/fieldError.ts";
import { readObject } from "../../config/readers.ts";
import { refineCriticalPoint } from "../../landscapes/criticalPoints.ts";
import type { ExitSet } from "../../landscapes/exitSet.ts";
import type { Landscape, LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseModel, NoiseSpec } from "../../noise/noise.ts";
import type { ExitProblem } from "../../reference/exit/exitReference.ts";
import type { Simulation } from "../experiment.ts";
import type { RunSize } from "../runSize.ts";
import { type ExitSample, exitRuns } from "./exitRuns.ts";

/**
 * What the minimizer and saddle cases share: a validated landscape and noise model, the start and the exit
 * region. Exit runs and exact references need only this, so every exit claim builds them from it.
 */
export interface ExitModel {
  landscapeSpec: LandscapeSpec;
  landscape: Landscape;
  noiseSpec: NoiseSpec;
  noise: NoiseModel;
  x0: number[];
  exitSet: ExitSet;
}

/**
 * Cases keyed by name (`cases: { "double-well": {…}, … }`), so a budget overrides one case's η grid without
 * restating the others; `null` removes a case. A user config that sets case fields at the top level is one
 * case, built over the first default case; a new landscape drops the fields in `resetOnLandscape` (start,
 * saddle, exit set), which belonged to the old one.
 */
export function readKeyedCases<T>(
  cfg: Record<string, unknown>,
  path: string,
  caseKeys: readonly string[],
  resetOnLandscape: readonly string[],
  read: (raw: unknown, path: string, key: string) => T,
): T[] {
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const topLevel = caseKeys.filter((k) => cfg[k] !== undefined);
  const cases = readObject(cfg.cases, p("cases"));
  const entries = Object.entries(cases).filter(([, v]) => v !== null);
  if (topLevel.length) {
    const merged: Record<string, unknown> = { ...readObject(entries[0]?.[1], p("cases")), name: "user case" };
    for (const k of topLevel) merged[k] = cfg[k];
    if (cfg.landscape !== undefined)
      for (const k of resetOnLandscape) if (cfg[k] === undefined) delete merged[k];
    return [read(merged, path, "user")];
  }
  if (!entries.length) throw new FieldError(p("cases"), "needs at least one case");
  return entries.map(([k, v]) => read(v, p(`cases.${k}`), k));
}

/**
 * A given point is taken as the critical point Newton finds from it only if that is this close (relative):
 * rounded coordinates from a paper or a plot snap; a point elsewhere on the landscape is an error.
 */
const CRITICAL_POINT_SNAP = 1e-3;

/** The Newton-refined critical point at `x`, or a FieldError saying why the claim needs one there. */
export function snapToCriticalPoint(f: Landscape, x: number[], field: string, why: string): number[] {
  const refined = refineCriticalPoint(f, x);
  const scale = Math.max(1, ...x.map(Math.abs));
  const moved = Math.hypot(...refined.x.map((v, i) => v - x[i]!));
  if (!refined.converged || moved > CRITICAL_POINT_SNAP * scale) {
    const g = f.gradient(x, new Float64Array(f.dim));
    throw new FieldError(
      field,
      `${formatPoint(x)} is not a critical point of f (|∇f| = ${formatNumber(Math.hypot(...g))}); ${why}`,
    );
  }
  return refined.x;
}

/** The exit runs of a case (its own exit set unless another is given), `size` runs per point. */
export function caseExitRuns(
  c: ExitModel,
  size: RunSize,
  run: { eta: number; horizon: number; stream: string; exitSet?: ExitSet; expected?: number },
): Simulation<ExitSample> {
  return exitRuns({
    landscape: c.landscapeSpec,
    noise: c.noiseSpec,
    x0: c.x0,
    exitSet: run.exitSet ?? c.exitSet,
    eta: run.eta,
    horizon: run.horizon,
    particles: size.particles,
    blockSize: size.blockSize,
    stream: run.stream,
    ...(run.expected === undefined ? {} : { expected: run.expected }),
  });
}

/** The exact-reference problem of a case (reference/exit/exitReference.ts), along the path through `via`. */
export function exitProblem(c: ExitModel, via?: readonly number[], exitSet?: ExitSet): ExitProblem {
  return {
    landscape: c.landscape,
    noise: c.noise,
    start: c.x0,
    exitSet: exitSet ?? c.exitSet,
    ...(via ? { path: [via] } : {}),
  };
}
