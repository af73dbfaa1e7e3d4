/**
 * Noise model from JSON (configs, reports). Problems are one-line FieldErrors naming the field
 * (`noise.Sigma: is 3×3, expected 2×2 (the landscape dimension)`), like landscapes (DESIGN.md §10).
 */
import { FieldError, joinField } from "../config/fieldError.js";
import { describeValue, readObject, rejectUnknownKeys } from "../config/readers.js";
import { NOISE_FAMILIES } from "./families.js";
import { moduleNoise, moduleNoiseFamily } from "./modules.js";
export const NOISE_KINDS = [...NOISE_FAMILIES.map((f) => f.kind), "module"];
/** The family of a spec (built-in by kind, or a module's); FieldError naming `path.kind` when unknown. */
export function noiseFamilyOf(spec, path = "noise") {
    const obj = readObject(spec, path);
    if (obj.kind === "module")
        return moduleNoiseFamily(obj, path);
    const family = NOISE_FAMILIES.find((f) => f.kind === obj.kind);
    if (!family)
        throw new FieldError(joinField(path, "kind"), typeof obj.kind === "string"
            ? `unknown kind "${obj.kind}" (expected ${NOISE_KINDS.join(", ")})`
            : `expected one of ${NOISE_KINDS.join(", ")}, got ${describeValue(obj.kind)}`);
    return family;
}
/**
 * Builds the noise a spec describes for `landscape` (whose dimension the noise must have). σ must be > 0 in a
 * config: every claim that takes a noise spec needs noise (zero noise is the GD control, built in code).
 */
export function noiseFromSpec(spec, landscape, path = "noise") {
    const obj = readObject(spec, path);
    if (obj.kind === "module")
        return moduleNoise(obj, landscape, path);
    const family = noiseFamilyOf(obj, path);
    rejectUnknownKeys(obj, ["kind", ...family.fields], path);
    return family.create(obj, landscape, path);
}
//# sourceMappingURL=fromSpec.js.map