import { FieldError, withinField } from "../config/fieldError.ts";
import { readObject, readString, readVector } from "../config/readers.ts";
import { type VerifiedCriticalPoint, verifyCriticalPoints } from "../landscapes/criticalPoints.ts";
import { landscapeFromSpec } from "../landscapes/fromSpec.ts";
import type { Landscape, LandscapeSpec } from "../landscapes/landscape.ts";
import { noiseFromSpec } from "../noise/fromSpec.ts";
import type { NoiseModel, NoiseSpec } from "../noise/noise.ts";

/**
 * What every case of every claim starts from: its `landscape` and `noise`, built from their specs and checked
 * (declared critical points verified), with `check` run on the landscape before the noise is read (a claim's
 * own requirement, e.g. "1-D" or "quadratic", is then the first error a user sees).
 */
export interface CaseModel {
  landscapeSpec: LandscapeSpec;
  landscape: Landscape;
  /** The landscape's declared critical points, Newton-refined and classified. */
  declared: VerifiedCriticalPoint[];
  noiseSpec: NoiseSpec;
  noise: NoiseModel;
}

export function readCaseModel(
  c: Record<string, unknown>,
  p: (k: string) => string,
  check?: (landscape: Landscape, spec: LandscapeSpec) => void,
): CaseModel {
  const landscapeSpec = readObject(c.landscape, p("landscape")) as LandscapeSpec;
  const landscape = withinField(p("landscape"), () => landscapeFromSpec(landscapeSpec, ""));
  check?.(landscape, landscapeSpec);
  const declared = withinField(p("landscape"), () => verifyCriticalPoints(landscape));
  const noiseSpec = readObject(c.noise, p("noise")) as NoiseSpec;
  const noise = withinField(p("noise"), () => noiseFromSpec(noiseSpec, landscape, ""));
  return { landscapeSpec, landscape, declared, noiseSpec, noise };
}

/** A case's `name`, or the fallback (its key) when it has none. */
export function readCaseName(c: Record<string, unknown>, p: (k: string) => string, fallback: string): string {
  return c.name === undefined ? fallback : readString(c.name, p("name"));
}

/**
 * Where a case starts: `x0` when given, else the landscape's first declared critical point of `kind` (the
 * minimum the escape claims leave, the saddle the saddle claims start at).
 */
export function readStart(
  c: Record<string, unknown>,
  p: (k: string) => string,
  model: Pick<CaseModel, "landscape" | "declared">,
  kind: "minimum" | "saddle",
): number[] {
  if (c.x0 !== undefined) return readVector(c.x0, p("x0"), model.landscape.dim);
  const first = model.declared.find((q) => q.kind === kind);
  if (!first) throw new FieldError(p("x0"), `not given, and the landscape declares no ${kind} to start from`);
  return first.x;
}
