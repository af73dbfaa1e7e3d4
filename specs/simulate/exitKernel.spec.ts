import { describe, expect, test } from "vitest";
import { doubleWell } from "../../src/landscapes/doubleWell.ts";
import { hasExited } from "../../src/landscapes/exitSet.ts";
import { isotropicNoise } from "../../src/noise/isotropic.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { exitKernel } from "../../src/simulate/exitKernel.ts";

describe("exit-time kernel", () => {
  test("mean exit iteration on the double well matches the exact discrete-chain value 4165 (η = 0.1, σ = 1)", () => {
    // THEORY.md §M reference: exact mean SGD iterations from x = −1 to the first x ≥ 0 is 4165 at η = 0.1;
    // std/mean ≈ 0.99, so with n = 8000 the SE is ≈ 46 and 4.89 SE (α = 1e-6) is ≈ 225.
    const n = 8000;
    const x = new Float64Array(n).fill(-1);
    const N = new Float64Array(n);
    const exits = exitKernel(doubleWell(), isotropicNoise(1, 1), {
      kind: "half-space",
      normal: [1],
      offset: 0,
    })(x, n, 0, n, 1e9, 0.1, Xoshiro128.fromName("exit-double-well"), N, new Int32Array(n));
    expect(exits).toBe(n);
    let s = 0;
    let s2 = 0;
    for (const v of N) {
      s += v;
      s2 += v * v;
    }
    const mean = s / n;
    const sd = Math.sqrt(s2 / n - mean * mean);
    expect(Math.abs(mean - 4165)).toBeLessThan((4.89 * sd) / Math.sqrt(n));
    expect(sd / mean).toBeGreaterThan(0.9);
    expect(sd / mean).toBeLessThan(1.05);
    // Every particle stopped at its exit: its stored position is in the exit set.
    for (let p = 0; p < n; p++) expect(x[p]! >= 0).toBe(true);
  });

  test("censored runs are kept: N = 0 and the position at the horizon is still inside", () => {
    const n = 500;
    const x = new Float64Array(n).fill(-1);
    const N = new Float64Array(n);
    const set = { kind: "half-space" as const, normal: [1], offset: 0 };
    const exits = exitKernel(doubleWell(), isotropicNoise(1, 1), set)(
      x,
      n,
      0,
      n,
      200,
      0.1,
      Xoshiro128.fromName("censor"),
      N,
      new Int32Array(n),
    );
    const censored = N.filter((v) => v === 0).length;
    expect(exits + censored).toBe(n);
    expect(censored).toBeGreaterThan(0.8 * n);
    for (let p = 0; p < n; p++) {
      if (N[p] === 0) expect(hasExited(set, [x[p]!])).toBe(false);
      else expect(N[p]! >= 1 && N[p]! <= 200).toBe(true);
    }
  });

  test("ball exit set: every exit is outside the radius, exits counted once", () => {
    const n = 2000;
    const f = doubleWell();
    const x = new Float64Array(n).fill(0);
    const N = new Float64Array(n);
    const exits = exitKernel(f, isotropicNoise(1, 1), { kind: "ball", center: [0], radius: 0.5 })(
      x,
      n,
      0,
      n,
      1e6,
      0.01,
      Xoshiro128.fromName("ball"),
      N,
      new Int32Array(n),
    );
    expect(exits).toBe(n);
    for (let p = 0; p < n; p++) expect(Math.abs(x[p]!)).toBeGreaterThanOrEqual(0.5);
  });
});
