import { type Code, WasmFunction, type WasmModule, w } from "../codegen/wasm.ts";
import { defineWasmExp } from "../math/wasmExp.ts";
import { ZIG_F, ZIG_K, ZIG_W, ZIGGURAT_R } from "./ziggurat.ts";

/**
 * The generator's draws as WebAssembly, for kernels compiled to WebAssembly (simulate/wasmSgdKernel.ts): the
 * counterpart of rng/inlineSource.ts, bit for bit. xoshiro128** 1.1 runs on i32 locals `s0 … s3` of the kernel
 * function; the ziggurat fast path is inlined (branch-free |hz| by `select`), and the slow path (wedge and tail,
 * ≈ 1.5% of draws) is a WebAssembly function on mutable globals, the same algorithm as `normalSlowPath`, with
 * exp transcribed from V8's fdlibm (math/wasmExp.ts) and Math.log imported (the tail's log runs on 0.03% of
 * draws), so every draw is the same double as `nextNormal`'s. In a prototype, a slow path calling back into
 * JS cost 1.3 ns per step (20%) more in the bench, and importing Math.exp ≈ 10%: crossing the boundary on 1.5%
 * of draws is not free.
 *
 * Memory layout (bytes): K as i32[256] at 0, W as f64[256] at 1024, F as f64[256] at 3072, the generator's
 * state i32[4] at STATE_OFFSET; a kernel's own data start at DATA_OFFSET.
 */
const K_OFFSET = 0;
const W_OFFSET = 1024;
const F_OFFSET = 3072;
export const STATE_OFFSET = 5120;
export const DATA_OFFSET = 8192;

/** Writes the ziggurat tables into a kernel instance's memory (once per instance). */
export function installZigguratTables(memory: ArrayBuffer): void {
  new Int32Array(memory, K_OFFSET, 256).set(ZIG_K);
  new Float64Array(memory, W_OFFSET, 256).set(ZIG_W);
  new Float64Array(memory, F_OFFSET, 256).set(ZIG_F);
}

/** The generator's state words as globals, for the slow path. */
export interface WasmRng {
  globals: readonly [number, number, number, number];
  /** `slow(hz, li) → f64`: the rejected draw's slow path, on the globals. */
  slow: number;
}

/** The state locals of a kernel function (declared on first use). */
function stateLocals(f: WasmFunction): [number, number, number, number] {
  return [f.local("s0", "i32"), f.local("s1", "i32"), f.local("s2", "i32"), f.local("s3", "i32")];
}

/** One xoshiro128** step on the locals s0 … s3: the output (as int32) into local `target`. */
function xoshiroStep(f: WasmFunction, target: number): Code {
  const [s0, s1, s2, s3] = stateLocals(f);
  const r5 = f.local("r5", "i32");
  const t = f.local("t", "i32");
  const { get, set, i32 } = w;
  return [
    set(r5, i32.mul(get(s1), i32.const(5))),
    set(target, i32.mul(i32.rotl(get(r5), i32.const(7)), i32.const(9))),
    set(t, i32.shl(get(s1), i32.const(9))),
    set(s2, i32.xor(get(s2), get(s0))),
    set(s3, i32.xor(get(s3), get(s1))),
    set(s1, i32.xor(get(s1), get(s2))),
    set(s0, i32.xor(get(s0), get(s3))),
    set(s2, i32.xor(get(s2), get(t))),
    set(s3, i32.rotl(get(s3), i32.const(11))),
  ];
}

/** Loads the generator's state from memory into the locals (kernel entry). */
export function loadState(f: WasmFunction): Code {
  return stateLocals(f).map((s, i) => w.set(s, w.i32.load(STATE_OFFSET + 4 * i, w.i32.const(0))));
}

/** Stores the locals back into memory (kernel exit). */
export function storeState(f: WasmFunction): Code {
  return stateLocals(f).map((s, i) => w.i32.store(STATE_OFFSET + 4 * i, w.i32.const(0), w.get(s)));
}

const layerByte = (shift: number, li: Code) => w.i32.shl(li, w.i32.const(shift));

/** |hz| < K[li] ? hz·W[li] : slow(hz, li), into the f64 local `target`. */
export function normalDraw(f: WasmFunction, rng: WasmRng, target: number): Code {
  const { get, set, i32, f64 } = w;
  const u = f.local("u", "i32");
  const li = f.local("li", "i32");
  const hz = f.local("hz", "i32");
  const states = stateLocals(f);
  const absHz = w.select(get(hz), i32.sub(i32.const(0), get(hz)), i32.geS(get(hz), i32.const(0)));
  return [
    xoshiroStep(f, u),
    set(li, i32.and(get(u), i32.const(255))),
    set(hz, i32.shrS(get(u), i32.const(8))),
    w.if(
      i32.ltS(absHz, i32.load(K_OFFSET, layerByte(2, get(li)))),
      [set(target, f64.mul(f64.convertI32S(get(hz)), f64.load(W_OFFSET, layerByte(3, get(li)))))],
      [
        ...states.map((s, i) => w.globalSet(rng.globals[i]!, get(s))),
        set(target, w.call(rng.slow, get(hz), get(li))),
        ...states.map((s, i) => set(s, w.globalGet(rng.globals[i]!))),
      ],
    ),
  ];
}

/**
 * Defines the slow path in `module`: imports Math.exp and Math.log as "math"."exp"/"log" (pass
 * `WASM_RNG_IMPORTS` at instantiation), so it must come before the module's own functions.
 */
export function defineWasmRng(module: WasmModule): WasmRng {
  const mathExp = module.importFunction("math", "exp", ["f64"], "f64");
  const log = module.importFunction("math", "log", ["f64"], "f64");
  const exp = defineWasmExp(module, mathExp);
  const globals = [
    module.global("i32"),
    module.global("i32"),
    module.global("i32"),
    module.global("i32"),
  ] as const;
  const { get, set, i32, f64 } = w;

  const next = new WasmFunction("next", [], "i32");
  {
    const out = next.local("out", "i32");
    const s = stateLocals(next);
    next.body = [
      ...s.map((l, i) => set(l, w.globalGet(globals[i]!))),
      xoshiroStep(next, out),
      ...s.map((l, i) => w.globalSet(globals[i]!, get(l))),
      get(out),
    ];
  }
  const nextIndex = module.define(next);
  // ((u >>> 0) + 0.5) · 2^−32: never 0, so log() is safe (Xoshiro128.nextOpenUnit).
  const openUnit = () =>
    f64.mul(f64.add(f64.convertI32U(w.call(nextIndex)), f64.const(0.5)), f64.const(2.3283064365386963e-10));

  const slow = new WasmFunction(
    "slow",
    [
      ["hz", "i32"],
      ["i", "i32"],
    ],
    "f64",
  );
  {
    const hz = slow.ref("hz");
    const i = slow.ref("i");
    const x = slow.local("x", "f64");
    const tx = slow.local("tx", "f64");
    const ty = slow.local("ty", "f64");
    const u = slow.local("u", "i32");
    const wAt = (li: Code) => f64.load(W_OFFSET, layerByte(3, li));
    const fAt = (offset: number) => f64.load(F_OFFSET + offset, layerByte(3, get(i)));
    const absHz = w.select(get(hz), i32.sub(i32.const(0), get(hz)), i32.geS(get(hz), i32.const(0)));
    slow.body = [
      w.loop(
        set(x, f64.mul(f64.convertI32S(get(hz)), wAt(get(i)))),
        // Tail beyond R: x = −ln(U1)/R accepted when −2 ln(U2) > x².
        w.if(i32.eqz(get(i)), [
          w.loop(
            set(tx, f64.div(f64.neg(w.call(log, openUnit())), f64.const(ZIGGURAT_R))),
            set(ty, f64.neg(w.call(log, openUnit()))),
            w.brIf(0, f64.lt(f64.add(get(ty), get(ty)), f64.mul(get(tx), get(tx)))),
          ),
          w.ret(
            w.select(
              f64.add(f64.const(ZIGGURAT_R), get(tx)),
              f64.sub(f64.const(-ZIGGURAT_R), get(tx)),
              i32.gtS(get(hz), i32.const(0)),
            ),
          ),
        ]),
        // Wedge: F[i] + U·(F[i−1] − F[i]) < exp(−x²/2).
        w.if(
          f64.lt(
            f64.add(fAt(0), f64.mul(openUnit(), f64.sub(fAt(-8), fAt(0)))),
            w.call(exp, f64.mul(f64.mul(f64.const(-0.5), get(x)), get(x))),
          ),
          [w.ret(get(x))],
        ),
        set(u, w.call(nextIndex)),
        set(i, i32.and(get(u), i32.const(255))),
        set(hz, i32.shrS(get(u), i32.const(8))),
        w.if(i32.ltS(absHz, i32.load(K_OFFSET, layerByte(2, get(i)))), [
          w.ret(f64.mul(f64.convertI32S(get(hz)), wAt(get(i)))),
        ]),
        w.br(0),
      ),
      w.unreachable(),
    ];
  }
  const slowIndex = module.define(slow);
  return { globals, slow: slowIndex };
}

/** The imports the slow path needs: V8's own exp and log, so the wedge and tail tests are JS's to the bit. */
export const WASM_RNG_IMPORTS = { math: { exp: Math.exp, log: Math.log } };
