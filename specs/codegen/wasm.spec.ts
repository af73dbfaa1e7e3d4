import { describe, expect, test } from "vitest";
import { WasmFunction, WasmModule, w } from "../../src/codegen/wasm.ts";

function instantiate(module: WasmModule, imports: Record<string, Record<string, unknown>> = {}) {
  return new WebAssembly.Instance(new WebAssembly.Module(module.encode()), imports).exports;
}

describe("WebAssembly binary writer", () => {
  test("i32 and f64 constants round-trip at every LEB128 length and edge", () => {
    const ints = [
      0,
      1,
      -1,
      63,
      64,
      -64,
      -65,
      127,
      128,
      8191,
      8192,
      -8193,
      2 ** 31 - 1,
      -(2 ** 31),
      123456789,
    ];
    const doubles = [
      0,
      -0,
      1.5,
      -2.2250738585072014e-308,
      Number.MAX_VALUE,
      Number.POSITIVE_INFINITY,
      Math.PI,
    ];
    const m = new WasmModule(1);
    for (const [k, v] of ints.entries()) {
      const f = new WasmFunction(`i${k}`, [], "i32");
      f.body = [w.i32.const(v)];
      m.define(f, true);
    }
    for (const [k, v] of doubles.entries()) {
      const f = new WasmFunction(`f${k}`, [], "f64");
      f.body = [w.f64.const(v)];
      m.define(f, true);
    }
    const e = instantiate(m);
    for (const [k, v] of ints.entries()) expect((e[`i${k}`] as () => number)()).toBe(v);
    for (const [k, v] of doubles.entries()) expect(Object.is((e[`f${k}`] as () => number)(), v)).toBe(true);
  });

  test("locals, loops, memory, globals, imports and calls", () => {
    // sum_{i<n} g(i) with g an import, through memory and a global counter.
    const m = new WasmModule(1);
    const g = m.importFunction("env", "g", ["f64"], "f64");
    const counter = m.global("i32");
    const f = new WasmFunction("sum", [["n", "i32"]], "f64");
    const n = f.ref("n");
    const i = f.local("i", "i32");
    const acc = f.local("acc", "f64");
    const { get, set, i32, f64 } = w;
    f.body = [
      w.block(
        w.loop(
          w.brIf(1, i32.geS(get(i), get(n))),
          f64.store(16, i32.shl(get(i), i32.const(3)), w.call(g, f64.convertI32S(get(i)))),
          set(acc, f64.add(get(acc), f64.load(16, i32.shl(get(i), i32.const(3))))),
          w.globalSet(counter, i32.add(w.globalGet(counter), i32.const(1))),
          set(i, i32.add(get(i), i32.const(1))),
          w.br(0),
        ),
      ),
      w.if(i32.ltU(get(n), i32.const(0)), [w.unreachable()]),
      f64.add(get(acc), f64.convertI32U(w.globalGet(counter))),
    ];
    m.define(f, true);
    const e = instantiate(m, { env: { g: (x: number) => x * x } });
    // Σ i² for i < 10 = 285, plus the counter (10).
    expect((e.sum as (n: number) => number)(10)).toBe(295);
    expect(new Float64Array((e.memory as WebAssembly.Memory).buffer, 16, 10)[9]).toBe(81);
  });

  test("refuses a local declared twice with another type, and imports after functions", () => {
    const f = new WasmFunction("f", [["a", "i32"]], null);
    expect(() => f.local("a", "f64")).toThrow(/local a is i32/);
    expect(() => f.ref("b")).toThrow(/no local b/);
    const m = new WasmModule(1);
    m.define(f);
    expect(() => m.importFunction("env", "g", [], null)).toThrow(/imports must precede/);
  });
});
