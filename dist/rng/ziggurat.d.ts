import type { Xoshiro128 } from "./xoshiro128.ts";
/**
 * 256-layer ziggurat for the standard normal (Marsaglia & Tsang 2000, RNOR layout), adapted so the layer index
 * and the signed abscissa come from *disjoint* bits of one 32-bit draw: layer = low 8 bits, value = the high
 * 24 bits read as a signed integer (arithmetic shift). Sharing bits between the two (as the original does) is
 * the correlation defect Doornik (2005) showed; taking the sign from the value bits keeps the fast path
 * branch-free (no separate sign bit, no `if (sign)`), which matters in V8: a sign branch doubles the cost.
 *
 * Fast path (≈ 99% of draws): |hz| < K[i] ⇒ z = hz·W[i]. Otherwise `normalSlowPath` handles the wedge and the
 * tail (Marsaglia's exponential method beyond R).
 */
export declare const ZIGGURAT_LAYERS = 256;
/** Right edge of the base layer and area of every layer for 256 layers (Marsaglia & Tsang 2000). */
export declare const ZIGGURAT_R = 3.654152885361009;
export declare const ZIG_K: Int32Array<ArrayBuffer>;
export declare const ZIG_W: Float64Array<ArrayBuffer>;
export declare const ZIG_F: Float64Array<ArrayBuffer>;
/**
 * Slow path, entered with the rejected draw (hz, i). Consumes further draws from `rng`; kernels store their
 * local state into the generator before calling and reload after (rare: ≈ 1% of draws).
 */
export declare function normalSlowPath(rng: Xoshiro128, hz: number, i: number): number;
/** One standard normal from the reference generator (not for hot loops: kernels inline the fast path). */
export declare function nextNormal(rng: Xoshiro128): number;
/** Fill `out` with standard normals from `rng`. */
export declare function fillNormal(rng: Xoshiro128, out: Float64Array): Float64Array;
//# sourceMappingURL=ziggurat.d.ts.map