/**
 * Source text of the generator's draws with the xoshiro128** state in the kernel locals `s0 … s3`, for kernels
 * compiled with `new Function` (DESIGN.md §3: a method call per draw costs a third of the step budget). This is
 * the single definition of the inlined generator: kernels and noise fragments splice these in, so there is one
 * place to change and the golden streams pin it.
 *
 * `normalDraw` is bit-for-bit `nextNormal(rng)` (rng/ziggurat.ts): the fast path is inlined; the rare slow path
 * (wedge/tail, ≈ 1% of draws) stores the state into `st` (the generator's `state` array), calls `slow`, and
 * reloads it. `uint32Draw` is bit-for-bit `rng.nextUint32()`. Kernels declare RNG_LOCALS and bind K, W, slow,
 * rng, st (compileKernel does).
 *
 * `Math.abs(hz)`, not `(hz < 0 ? -hz : hz)`: on Node 20 (V8 11.3) the ternary compiles to a branch on the sign,
 * which is a coin flip and mispredicts every other draw (9.9 vs 6.3 ns/step measured by `npm run bench`);
 * Math.abs on an int32 is branch-free. Same values either way.
 */
/** One standard normal (256-layer ziggurat, branch-free sign) into the variable `target`. */
export declare function normalDraw(target: string): string;
/** One uniform 32-bit unsigned integer into the variable `target` (which the caller declares). */
export declare function uint32Draw(target: string): string;
/** Declarations and state load/store that bracket a kernel body using the draws above. */
export declare const RNG_LOCALS = "const st = rng.state;\n    let s0 = st[0] | 0, s1 = st[1] | 0, s2 = st[2] | 0, s3 = st[3] | 0;\n    let r5 = 0, u = 0, t = 0, li = 0, hz = 0;";
export declare const RNG_STORE = "st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3;";
//# sourceMappingURL=inlineSource.d.ts.map