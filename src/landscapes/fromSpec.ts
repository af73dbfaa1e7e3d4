/**
 * The one entry point from JSON (configs, fixtures, reports) to a Landscape. Every problem is a FieldError
 * naming the full field path (`landscape.kind: unknown kind "foo" (expected …)`), so the CLI prints one line and
 * exits with code 2 (DESIGN.md §10). User-declared critical points are verified before a landscape is returned.
 */

import { FieldError, joinField, withinField } from "../config/fieldError.ts";
import { describeValue, readFiniteNumber, readObject, rejectUnknownKeys } from "../config/readers.ts";
import { doubleWell, doubleWell2D, tiltedDoubleWell } from "./doubleWell.ts";
import type { Landscape, LandscapeSpec } from "./landscape.ts";
import { moduleLandscape } from "./modules.ts";
import { parsePolynomialJson } from "./polynomial.ts";
import { quadratic } from "./quadratic.ts";

export const LANDSCAPE_KINDS = [
  "quadratic",
  "double-well",
  "double-well-2d",
  "tilted-double-well",
  "polynomial",
  "module",
] as const satisfies readonly LandscapeSpec["kind"][];

/**
 * Builds the landscape a spec describes. Accepts any value (parsed JSON) and validates it; a typed
 * `LandscapeSpec` passes by construction.
 */
export function landscapeFromSpec(spec: unknown, path = "landscape"): Landscape {
  const obj = readObject(spec, path);
  const kind = obj.kind;
  const fields = (...allowed: string[]) => rejectUnknownKeys(obj, ["kind", ...allowed], path);
  switch (kind) {
    case "quadratic":
      fields("H", "center");
      return withinField(path, () => quadratic(obj.H as number[][], obj.center as number[] | undefined));
    case "double-well":
      fields();
      return doubleWell();
    case "double-well-2d": {
      fields("k");
      const k = readFiniteNumber(obj.k, joinField(path, "k"));
      return withinField(path, () => doubleWell2D(k));
    }
    case "tilted-double-well": {
      fields("tilt");
      const tilt = readFiniteNumber(obj.tilt, joinField(path, "tilt"));
      return withinField(path, () => tiltedDoubleWell(tilt));
    }
    case "polynomial":
      return parsePolynomialJson(obj, path);
    case "module":
      return moduleLandscape(obj, path);
    default:
      throw new FieldError(
        joinField(path, "kind"),
        typeof kind === "string"
          ? `unknown kind "${kind}" (expected ${LANDSCAPE_KINDS.join(", ")})`
          : `expected one of ${LANDSCAPE_KINDS.join(", ")}, got ${describeValue(kind)}`,
      );
  }
}
