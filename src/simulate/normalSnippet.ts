/**
 * Source text of one standard-normal draw with the xoshiro128** state in the locals `s0 … s3`, for kernels
 * compiled with `new Function`. This is the single definition of the inlined sampler: every kernel splices it
 * in, so there is one place to change and the golden streams pin it.
 *
 * Bit-for-bit the same as `nextNormal(rng)` in rng/ziggurat.ts: the fast path is inlined; the rare slow path
 * (wedge/tail, ≈ 1% of draws) stores the state into `st` (the generator's `state` array), calls `slow`, and
 * reloads it. Kernels declare `let r5 = 0, u = 0, t = 0, li = 0, hz = 0;` and bind K, W, slow, rng, st.
 *
 * `Math.abs(hz)`, not `(hz < 0 ? -hz : hz)`: on Node 20 (V8 11.3) the ternary compiles to a branch on the sign,
 * which is a coin flip and mispredicts every other draw (9.9 vs 6.3 ns/step measured by `npm run bench`);
 * Math.abs on an int32 is branch-free. Same values either way.
 */
export function normalDraw(target: string): string {
  return `r5 = Math.imul(s1, 5); u = Math.imul((r5 << 7) | (r5 >>> 25), 9); t = s1 << 9;
      s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
      li = u & 255; hz = u >> 8;
      if (Math.abs(hz) < K[li]) ${target} = hz * W[li];
      else { st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3; ${target} = slow(rng, hz, li);
        s0 = st[0] | 0; s1 = st[1] | 0; s2 = st[2] | 0; s3 = st[3] | 0; }`;
}

/** Declarations and state load/store that bracket a kernel body using `normalDraw`. */
export const RNG_LOCALS = `const st = rng.state;
    let s0 = st[0] | 0, s1 = st[1] | 0, s2 = st[2] | 0, s3 = st[3] | 0;
    let r5 = 0, u = 0, t = 0, li = 0, hz = 0;`;
export const RNG_STORE = `st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3;`;

/** Parameter names every compiled kernel factory takes, in order, and their values. */
export const RNG_FACTORY_PARAMS = ["K", "W", "slow"] as const;
