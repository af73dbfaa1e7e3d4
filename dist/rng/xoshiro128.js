import { streamKey } from "./streamKey.js";
/**
 * xoshiro128** 1.1 (Blackman & Vigna), 32-bit output, period 2^128 − 1.
 *
 * This class is the *reference* implementation: it defines the bit stream that kernels reproduce with the state
 * held in local variables (a method call per draw costs ~1.3 ns, a third of the step budget). Kernels load
 * `state` before their loop and store it back after, so a kernel and this class consume the same stream.
 */
export class Xoshiro128 {
    state;
    constructor(key) {
        if (key.length !== 4)
            throw new Error("xoshiro128** key must have 4 words");
        if ((key[0] | key[1] | key[2] | key[3]) === 0)
            throw new Error("xoshiro128** key must not be all zero");
        this.state = Uint32Array.from(key);
    }
    static fromName(name) {
        return new Xoshiro128(streamKey(name));
    }
    /** Next output as a signed 32-bit integer (the kernels' native form). */
    nextInt32() {
        const s = this.state;
        let s0 = s[0] | 0;
        let s1 = s[1] | 0;
        let s2 = s[2] | 0;
        let s3 = s[3] | 0;
        const r5 = Math.imul(s1, 5);
        const out = Math.imul((r5 << 7) | (r5 >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        s[0] = s0;
        s[1] = s1;
        s[2] = s2;
        s[3] = s3;
        return out;
    }
    nextUint32() {
        return this.nextInt32() >>> 0;
    }
    /** Uniform on the open interval (0, 1) with 32-bit resolution; never 0, so log() is safe. */
    nextOpenUnit() {
        return ((this.nextInt32() >>> 0) + 0.5) * 2.3283064365386963e-10;
    }
    /** Uniform on [0, 1) with 53-bit resolution (two draws). */
    nextDouble() {
        const hi = this.nextInt32() >>> 5;
        const lo = this.nextInt32() >>> 6;
        return (hi * 67108864 + lo) * 1.1102230246251565e-16;
    }
    /**
     * Advance by 2^64 draws: non-overlapping substreams from one key (the reference jump polynomial of
     * xoshiro128** 1.1).
     */
    jump() {
        const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
        let a = 0;
        let b = 0;
        let c = 0;
        let d = 0;
        for (const word of JUMP) {
            for (let bit = 0; bit < 32; bit++) {
                if ((word >>> bit) & 1) {
                    a ^= this.state[0];
                    b ^= this.state[1];
                    c ^= this.state[2];
                    d ^= this.state[3];
                }
                this.nextInt32();
            }
        }
        this.state[0] = a;
        this.state[1] = b;
        this.state[2] = c;
        this.state[3] = d;
    }
    clone() {
        return new Xoshiro128(this.state);
    }
}
//# sourceMappingURL=xoshiro128.js.map