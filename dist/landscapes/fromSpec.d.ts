/**
 * The one entry point from JSON (configs, fixtures, reports) to a Landscape. Every problem is a FieldError
 * naming the full field path (`landscape.kind: unknown kind "foo" (expected …)`), so the CLI prints one line and
 * exits with code 2 (DESIGN.md §10). User-declared critical points are verified before a landscape is returned.
 */
import type { Landscape } from "./landscape.ts";
export declare const LANDSCAPE_KINDS: readonly ["quadratic", "double-well", "double-well-2d", "tilted-double-well", "polynomial", "module"];
/**
 * Builds the landscape a spec describes. Accepts any value (parsed JSON) and validates it; a typed
 * `LandscapeSpec` passes by construction.
 */
export declare function landscapeFromSpec(spec: unknown, path?: string): Landscape;
//# sourceMappingURL=fromSpec.d.ts.map