import seedrandom from "seedrandom";
/**
 * Derive a 128-bit xoshiro128** state from a stream *name* such as `${master}/${claim}/${block}`.
 *
 * Streams are derived by name (numpy's SeedSequence idea), never by arithmetic on seeds: `seed + i` makes
 * neighbouring streams share structure, and per-worker seeding makes results depend on the core count.
 * seedrandom's ARC4 mixes the whole string, so two names that differ in one character give unrelated keys.
 */
export function streamKey(name) {
    const arc4 = seedrandom(name);
    const key = new Uint32Array(4);
    for (let i = 0; i < 4; i++)
        key[i] = arc4.int32() >>> 0;
    // The all-zero state is the one fixed point of xoshiro; probability 2^-128, but cheap to exclude.
    if ((key[0] | key[1] | key[2] | key[3]) === 0)
        key[0] = 0x9e3779b9;
    return key;
}
/** The name of a stream, assembled in one place so every caller spells it the same way. */
export function streamName(master, ...parts) {
    return [master, ...parts.map(String)].join("/");
}
//# sourceMappingURL=streamKey.js.map