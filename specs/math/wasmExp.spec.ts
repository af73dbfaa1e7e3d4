import { describe, expect, test } from "vitest";
import { WasmModule } from "../../src/codegen/wasm.ts";
import { defineWasmExp } from "../../src/math/wasmExp.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";

/** The transcribed exp, exported from a module of its own (the kernels define it the same way). */
function wasmExp(): (x: number) => number {
  const m = new WasmModule(1);
  const fallback = m.importFunction("math", "exp", ["f64"], "f64");
  defineWasmExp(m, fallback, true);
  const e = new WebAssembly.Instance(new WebAssembly.Module(m.encode()), { math: { exp: Math.exp } }).exports;
  return e.exp as (x: number) => number;
}

function mismatches(exp: (x: number) => number, xs: Iterable<number>): string[] {
  const bad: string[] = [];
  for (const x of xs) {
    const a = exp(x);
    const b = Math.exp(x);
    if (!Object.is(a, b) && bad.length < 5) bad.push(`exp(${x}) = ${a}, Math.exp = ${b}`);
  }
  return bad;
}

describe("exp transcribed from fdlibm into WebAssembly", () => {
  const exp = wasmExp();

  test("equals Math.exp bit for bit on the slow path's range [−6.7, 0] (2·10⁶ arguments)", () => {
    const rng = Xoshiro128.fromName("wasm-exp");
    function* args() {
      for (let i = 0; i < 2_000_000; i++) yield -6.7 * rng.nextDouble();
    }
    expect(mismatches(exp, args())).toEqual([]);
  });

  test("equals Math.exp on every branch: tiny, |x| near ln2/2 and 3ln2/2, large, subnormal results, specials", () => {
    const rng = Xoshiro128.fromName("wasm-exp-branches");
    const xs: number[] = [
      0,
      -0,
      1,
      -1,
      1e-300,
      -1e-300,
      2 ** -28,
      -(2 ** -28),
      2 ** -29,
      0.5 * Math.LN2,
      1.5 * Math.LN2,
    ];
    for (const centre of [0.5 * Math.LN2, 1.5 * Math.LN2, -0.5 * Math.LN2, -1.5 * Math.LN2])
      for (let j = -20; j <= 20; j++) xs.push(centre * (1 + j * 2 ** -50));
    for (let i = 0; i < 200_000; i++) {
      // Log-uniform magnitudes from 2^−40 to 2^9.5, both signs: every branch of the reduction.
      const m = 2 ** (-40 + 49.5 * rng.nextDouble());
      xs.push(rng.nextDouble() < 0.5 ? -m : m);
    }
    for (let i = 0; i < 20_000; i++) xs.push(-708.4 - 1.4 * rng.nextDouble(), 708 + 1.8 * rng.nextDouble());
    xs.push(
      709.78,
      709.79,
      -745.1,
      -745.2,
      1000,
      -1000,
      Infinity,
      -Infinity,
      NaN,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
    );
    expect(mismatches(exp, xs)).toEqual([]);
  });
});
