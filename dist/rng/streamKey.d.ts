/**
 * Derive a 128-bit xoshiro128** state from a stream *name* such as `${master}/${claim}/${block}`.
 *
 * Streams are derived by name (numpy's SeedSequence idea), never by arithmetic on seeds: `seed + i` makes
 * neighbouring streams share structure, and per-worker seeding makes results depend on the core count.
 * seedrandom's ARC4 mixes the whole string, so two names that differ in one character give unrelated keys.
 */
export declare function streamKey(name: string): Uint32Array;
/** The name of a stream, assembled in one place so every caller spells it the same way. */
export declare function streamName(master: string, ...parts: (string | number)[]): string;
//# sourceMappingURL=streamKey.d.ts.map