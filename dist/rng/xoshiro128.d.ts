/**
 * xoshiro128** 1.1 (Blackman & Vigna), 32-bit output, period 2^128 − 1.
 *
 * This class is the *reference* implementation: it defines the bit stream that kernels reproduce with the state
 * held in local variables (a method call per draw costs ~1.3 ns, a third of the step budget). Kernels load
 * `state` before their loop and store it back after, so a kernel and this class consume the same stream.
 */
export declare class Xoshiro128 {
    readonly state: Uint32Array;
    constructor(key: Uint32Array);
    static fromName(name: string): Xoshiro128;
    /** Next output as a signed 32-bit integer (the kernels' native form). */
    nextInt32(): number;
    nextUint32(): number;
    /** Uniform on the open interval (0, 1) with 32-bit resolution; never 0, so log() is safe. */
    nextOpenUnit(): number;
    /** Uniform on [0, 1) with 53-bit resolution (two draws). */
    nextDouble(): number;
    /**
     * Advance by 2^64 draws: non-overlapping substreams from one key (the reference jump polynomial of
     * xoshiro128** 1.1).
     */
    jump(): void;
    clone(): Xoshiro128;
}
//# sourceMappingURL=xoshiro128.d.ts.map