import { type Arithmetic, parseArithmetic } from "../codegen/arithmetic.ts";
import { type Code, WasmFunction, WasmModule, w } from "../codegen/wasm.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import {
  DATA_OFFSET,
  defineWasmRng,
  installZigguratTables,
  loadState,
  normalDraw,
  STATE_OFFSET,
  storeState,
  WASM_RNG_IMPORTS,
} from "../rng/wasmSource.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { updateExpression } from "./kernelSource.ts";
import type { SgdKernel } from "./sgdKernel.ts";

/**
 * The SGD ensemble kernel compiled to WebAssembly: the same step, the same streams and the same operations in
 * the same order as the JS kernel (sgdKernel.ts), so the states agree bit for bit (by spec), ≈ 1.5× faster.
 * What V8's optimising compiler cannot drop from the JS loop and WebAssembly never has: bounds checks on every
 * typed-array access (state, K, W), the tagged/untagged conversions around them, and deoptimisation checks;
 * the slow path of the normal draw runs inside the module rather than as a JS call.
 *
 * Possible when the landscape's gradient and the noise's terms are plain arithmetic (codegen/arithmetic.ts) and
 * the noise is a constant Gaussian factor (`standardNormals` fragments) or absent — every built-in landscape
 * with polynomial gradients up to x⁸ and every constant-covariance noise; otherwise `wasmSgdKernel` returns null
 * and the JS kernel runs. Each kernel owns one instance: its memory holds the ziggurat tables, the generator's
 * state and the block's particles (coordinate i of particle q at DATA_OFFSET + 8(i·n + q)), which the JS
 * wrapper copies in and out around the loop — O(d·n) per call against O(d·n·steps) of work.
 */
export function wasmSgdKernel(landscape: Landscape, noise: NoiseModel | null): SgdKernel | null {
  const d = landscape.dim;
  const xs = Array.from({ length: d }, (_, i) => `x${i}`);
  const zs = Array.from({ length: d }, (_, i) => `z${i}`);
  if (!landscape.gradientSource || landscape.gradientSource.length !== d) return null;
  let terms: string[] | null = null;
  if (noise) {
    if (noise.dim !== d) return null;
    const fragment = noise.kernelFragment();
    if (!fragment.standardNormals || Object.keys(fragment.bindings).length || fragment.terms.length !== d)
      return null;
    terms = fragment.terms;
  }
  const updates = landscape.gradientSource.map((g, i) =>
    parseArithmetic(updateExpression(i, g, terms ? terms[i]! : null), [...xs, ...zs, "eta"]),
  );
  if (updates.some((u) => u === null)) return null;
  const bytes = encodeKernel(d, updates as Arithmetic[], terms !== null);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), WASM_RNG_IMPORTS);
  return wrap(instance, d);
}

function encodeKernel(d: number, updates: Arithmetic[], noisy: boolean): Uint8Array {
  const module = new WasmModule(pagesFor(d, 2048));
  const rng = defineWasmRng(module);
  const f = new WasmFunction(
    "run",
    [
      ["n", "i32"],
      ["steps", "i32"],
      ["eta", "f64"],
    ],
    null,
  );
  const { get, set, i32, f64 } = w;
  const n = f.ref("n");
  const steps = f.ref("steps");
  const eta = f.ref("eta");
  const k = f.local("k", "i32");
  const p = f.local("p", "i32");
  const end = f.local("end", "i32");
  const row = f.local("rowBytes", "i32");
  const x = Array.from({ length: d }, (_, i) => f.local(`x${i}`, "f64"));
  const z = Array.from({ length: d }, (_, i) => f.local(`z${i}`, "f64"));
  const y = Array.from({ length: d }, (_, i) => f.local(`y${i}`, "f64"));
  const address = (i: number): Code => (i === 0 ? get(p) : i32.add(get(p), i32.mul(get(row), i32.const(i))));
  const variables = new Map<string, number>([
    ...x.map((l, i) => [`x${i}`, l] as const),
    ...z.map((l, i) => [`z${i}`, l] as const),
    ["eta", eta],
  ]);
  const emit = (e: Arithmetic): Code => {
    switch (e.kind) {
      case "number":
        return f64.const(e.value);
      case "variable":
        return get(variables.get(e.name)!);
      case "negate":
        return f64.neg(emit(e.operand));
      case "binary": {
        const op = { "+": f64.add, "-": f64.sub, "*": f64.mul, "/": f64.div }[e.op];
        return op(emit(e.left), emit(e.right));
      }
    }
  };
  f.body = [
    loadState(f),
    set(row, i32.shl(get(n), i32.const(3))),
    set(end, i32.add(i32.const(DATA_OFFSET), get(row))),
    w.block(
      w.loop(
        w.brIf(1, i32.geS(get(k), get(steps))),
        set(p, i32.const(DATA_OFFSET)),
        w.block(
          w.loop(
            w.brIf(1, i32.geU(get(p), get(end))),
            ...x.map((l, i) => set(l, f64.load(0, address(i)))),
            ...(noisy ? z.map((l) => normalDraw(f, rng, l)) : []),
            ...y.map((l, i) => set(l, emit(updates[i]!))),
            ...y.map((l, i) => f64.store(0, address(i), get(l))),
            set(p, i32.add(get(p), i32.const(8))),
            w.br(0),
          ),
        ),
        set(k, i32.add(get(k), i32.const(1))),
        w.br(0),
      ),
    ),
    storeState(f),
  ];
  module.define(f, true);
  return module.encode();
}

const PAGE = 65536;
const pagesFor = (d: number, n: number) => Math.ceil((DATA_OFFSET + 8 * d * n) / PAGE);
/**
 * Particle-steps per call into the module, about a millisecond. V8 first runs a module's code unoptimised
 * (Liftoff) and swaps in the optimised code only at the next *call* (no on-stack replacement for WebAssembly):
 * one call for a whole block would run it all at ≈ 2.5× the cost. Short calls pick up the optimised code
 * within a millisecond; the state stays in the module's memory between them.
 */
const WORK_PER_CALL = 1 << 18;

function wrap(instance: WebAssembly.Instance, d: number): SgdKernel {
  const memory = instance.exports.memory as WebAssembly.Memory;
  const run = instance.exports.run as (n: number, steps: number, eta: number) => void;
  installZigguratTables(memory.buffer);
  let data = new Float64Array(memory.buffer, DATA_OFFSET);
  let state = new Uint32Array(memory.buffer, STATE_OFFSET, 4);
  return function sgdEnsembleWasm(
    xAll: Float64Array,
    stride: number,
    from: number,
    to: number,
    steps: number,
    eta: number,
    rng: Xoshiro128,
  ): void {
    const n = to - from;
    if (n <= 0) return;
    const needed = pagesFor(d, n) - memory.buffer.byteLength / PAGE;
    if (needed > 0) {
      memory.grow(needed);
      data = new Float64Array(memory.buffer, DATA_OFFSET);
      state = new Uint32Array(memory.buffer, STATE_OFFSET, 4);
    }
    for (let i = 0; i < d; i++) data.set(xAll.subarray(i * stride + from, i * stride + to), i * n);
    state.set(rng.state);
    const chunk = Math.max(1, Math.floor(WORK_PER_CALL / (n * d)));
    for (let left = steps; left > 0; left -= chunk) run(n, Math.min(left, chunk), eta);
    rng.state.set(state);
    for (let i = 0; i < d; i++) xAll.set(data.subarray(i * n, (i + 1) * n), i * stride + from);
  };
}
