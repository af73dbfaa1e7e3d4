import { describe, expect, test } from "vitest";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { nextNormal } from "../../src/rng/ziggurat.ts";
import { fillInlineNormal } from "../support/normalFill.ts";

describe("inlined normal sampler", () => {
  test("is bit-identical to the reference nextNormal over 10⁶ draws (slow paths included)", () => {
    const n = 1_000_000;
    const a = new Float64Array(n);
    const ra = Xoshiro128.fromName("kernel-vs-reference");
    fillInlineNormal(a, ra);
    const rb = Xoshiro128.fromName("kernel-vs-reference");
    let mismatches = 0;
    let tail = 0;
    for (let j = 0; j < n; j++) {
      const z = nextNormal(rb);
      if (!Object.is(z, a[j])) mismatches++;
      if (Math.abs(z) > 3.6541528853610088) tail++;
    }
    expect(mismatches).toBe(0);
    // The state after the run agrees too, so the slow path's extra draws were accounted identically.
    expect(Array.from(ra.state)).toEqual(Array.from(rb.state));
    // The tail branch (|z| > R) was exercised: P(|Z| > R) ≈ 2.6e-4, so ≈ 260 of 10⁶.
    expect(tail).toBeGreaterThan(150);
  });
});
