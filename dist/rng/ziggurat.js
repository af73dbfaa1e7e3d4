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
export const ZIGGURAT_LAYERS = 256;
/** Right edge of the base layer and area of every layer for 256 layers (Marsaglia & Tsang 2000). */
export const ZIGGURAT_R = 3.6541528853610088;
const AREA = 0.00492867323399;
/** Scale of the 24-bit signed abscissa: hz ∈ [−2^23, 2^23). */
const M = 8388608;
export const ZIG_K = new Int32Array(256);
export const ZIG_W = new Float64Array(256);
export const ZIG_F = new Float64Array(256);
(function buildTables() {
    let dn = ZIGGURAT_R;
    let tn = dn;
    const q = AREA / Math.exp(-0.5 * dn * dn);
    ZIG_K[0] = Math.floor((dn / q) * M);
    ZIG_K[1] = 0;
    ZIG_W[0] = q / M;
    ZIG_W[255] = dn / M;
    ZIG_F[0] = 1;
    ZIG_F[255] = Math.exp(-0.5 * dn * dn);
    for (let i = 254; i >= 1; i--) {
        dn = Math.sqrt(-2 * Math.log(AREA / dn + Math.exp(-0.5 * dn * dn)));
        ZIG_K[i + 1] = Math.floor((dn / tn) * M);
        tn = dn;
        ZIG_F[i] = Math.exp(-0.5 * dn * dn);
        ZIG_W[i] = dn / M;
    }
})();
/**
 * Slow path, entered with the rejected draw (hz, i). Consumes further draws from `rng`; kernels store their
 * local state into the generator before calling and reload after (rare: ≈ 1% of draws).
 */
export function normalSlowPath(rng, hz, i) {
    for (;;) {
        const x = hz * ZIG_W[i];
        if (i === 0) {
            // Tail beyond R: Marsaglia's method, x = −ln(U1)/R accepted when −2 ln(U2) > x².
            let tx;
            let ty;
            do {
                tx = -Math.log(rng.nextOpenUnit()) / ZIGGURAT_R;
                ty = -Math.log(rng.nextOpenUnit());
            } while (ty + ty < tx * tx);
            return hz > 0 ? ZIGGURAT_R + tx : -ZIGGURAT_R - tx;
        }
        if (ZIG_F[i] + rng.nextOpenUnit() * (ZIG_F[i - 1] - ZIG_F[i]) < Math.exp(-0.5 * x * x))
            return x;
        const u = rng.nextInt32();
        i = u & 255;
        hz = u >> 8;
        if (Math.abs(hz) < ZIG_K[i])
            return hz * ZIG_W[i];
    }
}
/** One standard normal from the reference generator (not for hot loops: kernels inline the fast path). */
export function nextNormal(rng) {
    const u = rng.nextInt32();
    const i = u & 255;
    const hz = u >> 8;
    if (Math.abs(hz) < ZIG_K[i])
        return hz * ZIG_W[i];
    return normalSlowPath(rng, hz, i);
}
/** Fill `out` with standard normals from `rng`. */
export function fillNormal(rng, out) {
    for (let j = 0; j < out.length; j++)
        out[j] = nextNormal(rng);
    return out;
}
//# sourceMappingURL=ziggurat.js.map