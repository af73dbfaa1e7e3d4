import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseFamily } from "./family.ts";
import type { NoiseModel } from "./noise.ts";
export declare const NOISE_KINDS: readonly [...string[], "module"];
/** The family of a spec (built-in by kind, or a module's); FieldError naming `path.kind` when unknown. */
export declare function noiseFamilyOf(spec: unknown, path?: string): NoiseFamily;
/**
 * Builds the noise a spec describes for `landscape` (whose dimension the noise must have). σ must be > 0 in a
 * config: every claim that takes a noise spec needs noise (zero noise is the GD control, built in code).
 */
export declare function noiseFromSpec(spec: unknown, landscape: Landscape, path?: string): NoiseModel;
//# sourceMappingURL=fromSpec.d.ts.map