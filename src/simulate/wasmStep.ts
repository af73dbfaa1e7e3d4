import { type Arithmetic, parseArithmetic } from "../codegen/arithmetic.ts";
import { type Code, type WasmFunction, w } from "../codegen/wasm.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import { DATA_OFFSET, normalDraw, type WasmRng } from "../rng/wasmSource.ts";
import { updateExpression } from "./kernelSource.ts";

/**
 * What the WebAssembly kernels share (wasmSgdKernel.ts, wasmExitKernel.ts): one SGD step of a particle, built
 * from the very expression the JS kernels splice in (`updateExpression`), parsed as plain arithmetic and
 * emitted node for node, so IEEE-754 arithmetic gives the same bits in both targets. Also the memory and call
 * conventions of the kernels' JS wrappers.
 *
 * Possible when the landscape's gradient and the noise's terms are plain arithmetic (codegen/arithmetic.ts) and
 * the noise is a constant Gaussian factor (`standardNormals` fragments) or absent: every built-in landscape
 * with polynomial gradients up to x⁸ and every constant-covariance noise. Otherwise `wasmStep` is null and the
 * JS kernels run.
 */
export interface WasmStep {
  dim: number;
  /** Per coordinate: y_i as a tree over x0 …, z0 …, eta. */
  updates: Arithmetic[];
  /** Whether the step draws d standard normals z0 … (else gradient descent). */
  noisy: boolean;
}

export function wasmStep(landscape: Landscape, noise: NoiseModel | null): WasmStep | null {
  const d = landscape.dim;
  if (!landscape.gradientSource || landscape.gradientSource.length !== d) return null;
  let terms: string[] | null = null;
  if (noise) {
    if (noise.dim !== d) return null;
    const fragment = noise.kernelFragment();
    if (!fragment.standardNormals || Object.keys(fragment.bindings).length || fragment.terms.length !== d)
      return null;
    terms = fragment.terms;
  }
  const names = [...coordinateNames("x", d), ...coordinateNames("z", d), "eta"];
  const updates = landscape.gradientSource.map((g, i) =>
    parseArithmetic(updateExpression(i, g, terms ? terms[i]! : null), names),
  );
  if (updates.some((u) => u === null)) return null;
  return { dim: d, updates: updates as Arithmetic[], noisy: terms !== null };
}

export const coordinateNames = (prefix: string, d: number) =>
  Array.from({ length: d }, (_, i) => `${prefix}${i}`);

/** A tree as f64 code; each variable name maps to a local. */
export function emitArithmetic(e: Arithmetic, locals: ReadonlyMap<string, number>): Code {
  const { f64 } = w;
  switch (e.kind) {
    case "number":
      return f64.const(e.value);
    case "variable": {
      const l = locals.get(e.name);
      if (l === undefined) throw new Error(`wasm kernel: no local for ${e.name}`);
      return w.get(l);
    }
    case "negate":
      return f64.neg(emitArithmetic(e.operand, locals));
    case "binary": {
      const op = { "+": f64.add, "-": f64.sub, "*": f64.mul, "/": f64.div }[e.op];
      return op(emitArithmetic(e.left, locals), emitArithmetic(e.right, locals));
    }
  }
}

/**
 * One particle's step in `f`: loads x_i from `address(i)`, draws z0 … (coordinate order, as the JS fragment
 * does), computes every y_i before storing any (the gradient reads all of x), stores y_i back. `f` must have
 * the f64 parameter `eta`. Returns the code and the locals y0 … (the new state, for an exit test).
 */
export function emitStep(
  f: WasmFunction,
  rng: WasmRng,
  step: WasmStep,
  address: (i: number) => Code,
): { code: Code; y: number[] } {
  const d = step.dim;
  const x = coordinateNames("x", d).map((n) => f.local(n, "f64"));
  const z = coordinateNames("z", d).map((n) => f.local(n, "f64"));
  const y = coordinateNames("y", d).map((n) => f.local(n, "f64"));
  const locals = new Map<string, number>([
    ...x.map((l, i) => [`x${i}`, l] as const),
    ...z.map((l, i) => [`z${i}`, l] as const),
    ...y.map((l, i) => [`y${i}`, l] as const),
    ["eta", f.ref("eta")],
  ]);
  return {
    code: [
      ...x.map((l, i) => w.set(l, w.f64.load(0, address(i)))),
      ...(step.noisy ? z.map((l) => normalDraw(f, rng, l)) : []),
      ...y.map((l, i) => w.set(l, emitArithmetic(step.updates[i]!, locals))),
      ...y.map((l, i) => w.f64.store(0, address(i), w.get(l))),
    ],
    y,
  };
}

/** Locals map of the new state y0 … for trees over y (exit tests). */
export const newStateLocals = (y: readonly number[]) => new Map(y.map((l, i) => [`y${i}`, l] as const));

export const PAGE = 65536;

/**
 * Particle-steps per call into a module, about a millisecond. V8 first runs a module's code unoptimised
 * (Liftoff) and swaps in the optimised code only at the next *call* (no on-stack replacement for WebAssembly):
 * one call for a whole block would run it all at ≈ 2.5× the cost. Short calls pick up the optimised code
 * within a millisecond; the kernels keep their state in the module's memory between calls.
 */
export const WORK_PER_CALL = 1 << 18;

/** The instance's memory buffer with at least `bytes` after DATA_OFFSET (grown when short; views of the old
 * buffer are detached by a grow, so callers view the returned one). */
export function reserve(
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number },
  bytes: number,
): ArrayBuffer {
  const pages = Math.ceil((DATA_OFFSET + bytes) / PAGE) - memory.buffer.byteLength / PAGE;
  if (pages > 0) memory.grow(pages);
  return memory.buffer;
}
