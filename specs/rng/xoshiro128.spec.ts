import { describe, expect, test } from "vitest";
import { streamKey, streamName } from "../../src/rng/streamKey.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { fc, prop } from "../support/prop.ts";

describe("xoshiro128**", () => {
  test("matches the reference C implementation from state {1, 2, 3, 4}", () => {
    // First outputs of Blackman & Vigna's xoshiro128plusplus/starstar reference code for s = {1,2,3,4}.
    const r = new Xoshiro128(Uint32Array.from([1, 2, 3, 4]));
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([11520, 0, 5927040]);
  });

  test("jump() matches the reference C code (xoshiro128starstar.c jump) bit for bit", () => {
    // Expected values printed by Blackman & Vigna's C reference (next() ×16, jump(), next() ×4) from this key.
    const r = new Xoshiro128(Uint32Array.from([1798481538, 839881414, 416645858, 3484926858]));
    for (let i = 0; i < 16; i++) r.nextUint32();
    r.jump();
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([
      133910654, 50481686, 2486827543, 364576865,
    ]);
  });

  test("rejects the all-zero state (the generator's only fixed point)", () => {
    expect(() => new Xoshiro128(new Uint32Array(4))).toThrow(/zero/);
  });

  prop([fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 })])(
    "streams are derived by name: equal names give equal keys, different names different keys",
    (a, b) => {
      expect(Array.from(streamKey(a))).toEqual(Array.from(streamKey(a)));
      if (a !== b) expect(Array.from(streamKey(a))).not.toEqual(Array.from(streamKey(b)));
    },
  );

  test("stream names join their parts with '/'", () => {
    expect(streamName("1705.07562", "W1", 0.01, 3)).toBe("1705.07562/W1/0.01/3");
  });

  test("jump() moves to a far, non-overlapping substream", () => {
    const a = Xoshiro128.fromName("jump-test");
    const b = a.clone();
    b.jump();
    const seen = new Set<number>();
    for (let i = 0; i < 50_000; i++) seen.add(a.nextUint32());
    let collisions = 0;
    for (let i = 0; i < 50_000; i++) if (seen.has(b.nextUint32())) collisions++;
    // Two independent 32-bit streams of 5e4 draws share ≈ 5e4²/2³² ≈ 0.6 values; 10 would be p < 1e-10.
    expect(collisions).toBeLessThan(10);
  });

  prop([fc.integer({ min: 1, max: 2000 })], { numRuns: 30 })("uniforms on (0,1) never hit 0 or 1", (n) => {
    const r = Xoshiro128.fromName(`open-${n}`);
    for (let i = 0; i < n; i++) {
      const u = r.nextOpenUnit();
      expect(u > 0 && u < 1).toBe(true);
      const d = r.nextDouble();
      expect(d >= 0 && d < 1).toBe(true);
    }
  });
});
