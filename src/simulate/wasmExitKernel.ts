import { parseArithmetic } from "../codegen/arithmetic.ts";
import { type Code, WasmFunction, WasmModule, w } from "../codegen/wasm.ts";
import type { ExitSet } from "../landscapes/exitSet.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import {
  DATA_OFFSET,
  defineWasmRng,
  installZigguratTables,
  loadState,
  STATE_OFFSET,
  storeState,
  WASM_RNG_IMPORTS,
} from "../rng/wasmSource.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { exitTest } from "./exitCondition.ts";
import type { ExitKernel } from "./kernelTypes.ts";
import {
  coordinateNames,
  emitArithmetic,
  emitStep,
  newStateLocals,
  PAGE,
  reserve,
  type WasmStep,
  WORK_PER_CALL,
  wasmStep,
} from "./wasmStep.ts";

/**
 * The exit-time kernel compiled to WebAssembly: exitKernel.ts's loop — survivors kept at the front of `order`,
 * an exited particle swapped out, exits tested at every iteration on the new state — with the same step
 * (wasmStep.ts) and the same exit test (exitCondition.ts's `exitTest`, parsed), so exit iterations, states and
 * the generator agree bit for bit with the JS kernel (by spec).
 *
 * Memory after DATA_OFFSET: the block's states (coordinate i of particle q at 8(i·n + q)), then the exit
 * iterations f64[n], then `order` i32[n] as local indices. Null when the step or the test is not plain
 * arithmetic; horizons past 2³¹ − 1 iterations (the loop counter is an int32) go to `longHorizon()`.
 */
export function wasmExitKernel(
  landscape: Landscape,
  noise: NoiseModel | null,
  set: ExitSet,
  longHorizon: () => ExitKernel,
): ExitKernel | null {
  const step = wasmStep(landscape, noise);
  if (!step) return null;
  const test = exitTest(set);
  const value = parseArithmetic(test.value, coordinateNames("y", step.dim));
  if (!value) return null;
  const bytes = encode(step, (y) => {
    const v = emitArithmetic(value, newStateLocals(y));
    return w.f64.ge(test.abs ? w.f64.abs(v) : v, w.f64.const(test.threshold));
  });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), WASM_RNG_IMPORTS);
  return wrap(instance, step.dim, longHorizon);
}

/**
 * run(n, active, kFrom, kTo, eta) → active: iterations k = kFrom … kTo of the survivors order[0 … active),
 * stopping early when none is left. The JS wrapper calls it in chunks of iterations (WORK_PER_CALL).
 */
function encode(step: WasmStep, exited: (y: number[]) => Code): Uint8Array {
  const d = step.dim;
  const module = new WasmModule(Math.ceil((DATA_OFFSET + (8 * d + 12) * 2048) / PAGE));
  const rng = defineWasmRng(module);
  const f = new WasmFunction(
    "run",
    [
      ["n", "i32"],
      ["active", "i32"],
      ["kFrom", "i32"],
      ["kTo", "i32"],
      ["eta", "f64"],
    ],
    "i32",
  );
  const { get, set, i32, f64 } = w;
  const [n, active, k, kTo] = [f.ref("n"), f.ref("active"), f.ref("kFrom"), f.ref("kTo")];
  const a = f.local("a", "i32");
  const q = f.local("q", "i32");
  const p = f.local("p", "i32");
  const row = f.local("rowBytes", "i32");
  const exitBase = f.local("exitBase", "i32");
  const orderBase = f.local("orderBase", "i32");
  const orderAt = (index: Code) => i32.add(get(orderBase), i32.shl(index, i32.const(2)));
  const address = (i: number): Code => (i === 0 ? get(p) : i32.add(get(p), i32.mul(get(row), i32.const(i))));
  const particle = emitStep(f, rng, step, address);
  f.body = [
    loadState(f),
    set(row, i32.shl(get(n), i32.const(3))),
    set(exitBase, i32.add(i32.const(DATA_OFFSET), i32.mul(get(row), i32.const(d)))),
    set(orderBase, i32.add(get(exitBase), get(row))),
    w.block(
      w.loop(
        w.brIf(1, i32.gtS(get(k), get(kTo))),
        w.brIf(1, i32.eqz(get(active))),
        set(a, i32.const(0)),
        w.block(
          w.loop(
            w.brIf(1, i32.geS(get(a), get(active))),
            set(q, i32.load(0, orderAt(get(a)))),
            set(p, i32.add(i32.const(DATA_OFFSET), i32.shl(get(q), i32.const(3)))),
            particle.code,
            w.if(
              exited(particle.y),
              [
                f64.store(0, i32.add(get(exitBase), i32.shl(get(q), i32.const(3))), f64.convertI32S(get(k))),
                set(active, i32.sub(get(active), i32.const(1))),
                i32.store(0, orderAt(get(a)), i32.load(0, orderAt(get(active)))),
                i32.store(0, orderAt(get(active)), get(q)),
              ],
              [set(a, i32.add(get(a), i32.const(1)))],
            ),
            w.br(0),
          ),
        ),
        set(k, i32.add(get(k), i32.const(1))),
        w.br(0),
      ),
    ),
    storeState(f),
    get(active),
  ];
  module.define(f, true);
  return module.encode();
}

const MAX_HORIZON = 2 ** 31 - 1;

function wrap(instance: WebAssembly.Instance, d: number, longHorizon: () => ExitKernel): ExitKernel {
  const memory = instance.exports.memory as WebAssembly.Memory;
  const run = instance.exports.run as (
    n: number,
    active: number,
    kFrom: number,
    kTo: number,
    eta: number,
  ) => number;
  installZigguratTables(memory.buffer);
  return function exitRunWasm(
    x: Float64Array,
    stride: number,
    from: number,
    to: number,
    horizon: number,
    eta: number,
    rng: Xoshiro128,
    exitIteration: Float64Array,
    order: Int32Array,
  ): number {
    const n = to - from;
    if (n <= 0) return 0;
    if (horizon > MAX_HORIZON)
      return longHorizon()(x, stride, from, to, horizon, eta, rng, exitIteration, order);
    const buffer = reserve(memory, (8 * d + 12) * n);
    const data = new Float64Array(buffer, DATA_OFFSET, d * n);
    const exits = new Float64Array(buffer, DATA_OFFSET + 8 * d * n, n).fill(0);
    const local = new Int32Array(buffer, DATA_OFFSET + 8 * (d + 1) * n, n);
    const state = new Uint32Array(buffer, STATE_OFFSET, 4);
    for (let i = 0; i < d; i++) data.set(x.subarray(i * stride + from, i * stride + to), i * n);
    for (let q = 0; q < n; q++) local[q] = q;
    state.set(rng.state);
    let active = n;
    for (let k = 1; k <= horizon && active > 0; ) {
      const last = Math.min(horizon, k + Math.max(1, Math.floor(WORK_PER_CALL / (active * d))) - 1);
      active = run(n, active, k, last, eta);
      k = last + 1;
    }
    rng.state.set(state);
    for (let i = 0; i < d; i++) x.set(data.subarray(i * n, (i + 1) * n), i * stride + from);
    exitIteration.set(exits, from);
    // `order` as the JS kernel leaves it: survivors first, then the exited, as particle indices.
    for (let a = 0; a < n; a++) order[a] = from + local[a]!;
    return n - active;
  };
}
