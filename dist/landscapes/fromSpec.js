/**
 * The one entry point from JSON (configs, fixtures, reports) to a Landscape. Every problem is a FieldError
 * naming the full field path (`landscape.kind: unknown kind "foo" (expected …)`), so the CLI prints one line and
 * exits with code 2 (DESIGN.md §10). User-declared critical points are verified before a landscape is returned.
 */
import { FieldError, joinField, withinField } from "../config/fieldError.js";
import { describeValue, readFiniteNumber, readObject, rejectUnknownKeys } from "../config/readers.js";
import { doubleWell, doubleWell2D, tiltedDoubleWell } from "./doubleWell.js";
import { moduleLandscape } from "./modules.js";
import { parsePolynomialJson } from "./polynomial.js";
import { quadratic } from "./quadratic.js";
export const LANDSCAPE_KINDS = [
    "quadratic",
    "double-well",
    "double-well-2d",
    "tilted-double-well",
    "polynomial",
    "module",
];
/**
 * Builds the landscape a spec describes. Accepts any value (parsed JSON) and validates it; a typed
 * `LandscapeSpec` passes by construction.
 */
export function landscapeFromSpec(spec, path = "landscape") {
    const obj = readObject(spec, path);
    const kind = obj.kind;
    const fields = (...allowed) => rejectUnknownKeys(obj, ["kind", ...allowed], path);
    switch (kind) {
        case "quadratic":
            fields("H", "center");
            return withinField(path, () => quadratic(obj.H, obj.center));
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
            throw new FieldError(joinField(path, "kind"), typeof kind === "string"
                ? `unknown kind "${kind}" (expected ${LANDSCAPE_KINDS.join(", ")})`
                : `expected one of ${LANDSCAPE_KINDS.join(", ")}, got ${describeValue(kind)}`);
    }
}
//# sourceMappingURL=fromSpec.js.map