/**
 * A minimal WebAssembly binary writer, enough for the generated kernels (DESIGN.md §4): i32 and f64 values,
 * locals, mutable globals, one memory, imported and defined functions, structured control flow. Instructions are
 * written in the *folded* form of the text format — `f64.add(a, b)` is the bytes of a, then of b, then the
 * opcode — so generator code reads like the WAT it stands for. Module compilation happens once per kernel,
 * so this favours clarity over speed. Opcodes and encodings: WebAssembly Core Specification 1.0, §5.
 */

export type ValType = "i32" | "f64";
/** Instruction bytes (any nesting: flattened when the function is encoded). */
export type Code = readonly (number | Code)[];

const VALTYPE: Record<ValType, number> = { i32: 0x7f, f64: 0x7c };
const EMPTY_BLOCK = 0x40;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

function f64Bytes(v: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v, true);
  return Array.from(new Uint8Array(view.buffer));
}

function flatten(code: Code, out: number[] = []): number[] {
  for (const c of code) {
    if (typeof c === "number") out.push(c);
    else flatten(c, out);
  }
  return out;
}

const op =
  (opcode: number) =>
  (...args: Code[]): Code => [...args, opcode];
/** Memory access: alignment exponent and byte offset as immediates, after the address operand. */
const mem =
  (opcode: number, align: number) =>
  (offset: number, ...args: Code[]): Code => [...args, opcode, align, ...uleb(offset)];

/** Folded instructions. Indices of locals, globals and functions come from the builders below. */
export const w = {
  i32: {
    const: (v: number): Code => [0x41, ...sleb(v | 0)],
    load: mem(0x28, 2),
    store: mem(0x36, 2),
    eqz: op(0x45),
    eq: op(0x46),
    ltS: op(0x48),
    ltU: op(0x49),
    gtS: op(0x4a),
    gtU: op(0x4b),
    geS: op(0x4e),
    geU: op(0x4f),
    add: op(0x6a),
    sub: op(0x6b),
    mul: op(0x6c),
    and: op(0x71),
    xor: op(0x73),
    shl: op(0x74),
    shrS: op(0x75),
    shrU: op(0x76),
    rotl: op(0x77),
    wrapI64: op(0xa7),
    truncF64S: op(0xaa),
  },
  i64: {
    shl: op(0x86),
    shrU: op(0x88),
    /** Only values in the int32 range (all the kernels need). */
    const: (v: number): Code => [0x42, ...sleb(v | 0)],
    extendI32U: op(0xad),
    reinterpretF64: op(0xbd),
  },
  f64: {
    const: (v: number): Code => [0x44, ...f64Bytes(v)],
    eq: op(0x61),
    reinterpretI64: op(0xbf),
    load: mem(0x2b, 3),
    store: mem(0x39, 3),
    lt: op(0x63),
    gt: op(0x64),
    ge: op(0x66),
    abs: op(0x99),
    neg: op(0x9a),
    add: op(0xa0),
    sub: op(0xa1),
    mul: op(0xa2),
    div: op(0xa3),
    convertI32S: op(0xb7),
    convertI32U: op(0xb8),
  },
  get: (local: number): Code => [0x20, ...uleb(local)],
  set: (local: number, value: Code): Code => [value, 0x21, ...uleb(local)],
  globalGet: (global: number): Code => [0x23, ...uleb(global)],
  globalSet: (global: number, value: Code): Code => [value, 0x24, ...uleb(global)],
  call: (fn: number, ...args: Code[]): Code => [...args, 0x10, ...uleb(fn)],
  /** `select(a, b, cond)`: a when cond ≠ 0, else b — branch-free. */
  select: (a: Code, b: Code, cond: Code): Code => [a, b, cond, 0x1b],
  ret: (value: Code = []): Code => [value, 0x0f],
  /** Structured control: labels are relative depths, as in the binary format (0 = innermost). */
  block: (...body: Code[]): Code => [0x02, EMPTY_BLOCK, ...body, 0x0b],
  loop: (...body: Code[]): Code => [0x03, EMPTY_BLOCK, ...body, 0x0b],
  if: (cond: Code, then: Code[], otherwise: Code[] = []): Code => [
    cond,
    0x04,
    EMPTY_BLOCK,
    ...then,
    ...(otherwise.length ? [0x05, ...otherwise] : []),
    0x0b,
  ],
  br: (depth: number): Code => [0x0c, ...uleb(depth)],
  brIf: (depth: number, cond: Code): Code => [cond, 0x0d, ...uleb(depth)],
  unreachable: (): Code => [0x00],
};

/** A function under construction: parameters first, then named locals, as the binary format numbers them. */
export class WasmFunction {
  private readonly types: ValType[] = [];
  private readonly names = new Map<string, number>();
  body: Code[] = [];

  constructor(
    readonly name: string,
    readonly params: readonly [string, ValType][],
    readonly result: ValType | null,
  ) {
    for (const [n, t] of params) this.add(n, t);
  }

  private add(name: string, type: ValType): number {
    if (this.names.has(name)) throw new Error(`wasm function ${this.name}: local ${name} declared twice`);
    const index = this.types.length;
    this.types.push(type);
    this.names.set(name, index);
    return index;
  }

  /** Declares a local (or returns the existing one of that name and type). */
  local(name: string, type: ValType): number {
    const i = this.names.get(name);
    if (i !== undefined) {
      if (this.types[i] !== type)
        throw new Error(`wasm function ${this.name}: local ${name} is ${this.types[i]}`);
      return i;
    }
    return this.add(name, type);
  }

  /** Index of a declared local or parameter. */
  ref(name: string): number {
    const i = this.names.get(name);
    if (i === undefined) throw new Error(`wasm function ${this.name}: no local ${name}`);
    return i;
  }

  encodeBody(): number[] {
    const extra = this.types.slice(this.params.length);
    // Locals are declared as runs of one type.
    const runs: [number, ValType][] = [];
    for (const t of extra) {
      const last = runs[runs.length - 1];
      if (last && last[1] === t) last[0]++;
      else runs.push([1, t]);
    }
    const bytes = [
      ...uleb(runs.length),
      ...runs.flatMap(([n, t]) => [...uleb(n), VALTYPE[t]]),
      ...flatten(this.body),
      0x0b,
    ];
    return [...uleb(bytes.length), ...bytes];
  }
}

interface Import {
  module: string;
  name: string;
  params: ValType[];
  result: ValType | null;
}

/**
 * A module: imported functions (indices 0 …), then defined functions, mutable globals (i32 or f64, zero
 * initialised), one exported memory of `pages` 64 KiB pages, and exported functions by name.
 */
export class WasmModule {
  private readonly imports: Import[] = [];
  private readonly functions: WasmFunction[] = [];
  private readonly globals: ValType[] = [];
  private readonly exports = new Set<WasmFunction>();

  constructor(readonly pages: number) {}

  importFunction(module: string, name: string, params: ValType[], result: ValType | null): number {
    if (this.functions.length) throw new Error("wasm module: imports must precede defined functions");
    this.imports.push({ module, name, params, result });
    return this.imports.length - 1;
  }

  /** Adds a defined function; returns its index (for `w.call`). */
  define(fn: WasmFunction, exported = false): number {
    this.functions.push(fn);
    if (exported) this.exports.add(fn);
    return this.imports.length + this.functions.length - 1;
  }

  global(type: ValType): number {
    this.globals.push(type);
    return this.globals.length - 1;
  }

  encode(): Uint8Array {
    const types: number[][] = [];
    const typeIndex = (t: number[]) => {
      const key = t.join(",");
      let i = types.findIndex((u) => u.join(",") === key);
      if (i < 0) i = types.push(t) - 1;
      return i;
    };
    const fnType = (params: ValType[], result: ValType | null) => [
      0x60,
      ...uleb(params.length),
      ...params.map((t) => VALTYPE[t]),
      ...(result ? [1, VALTYPE[result]] : [0]),
    ];
    const name = (s: string) => {
      const b = Array.from(new TextEncoder().encode(s));
      return [...uleb(b.length), ...b];
    };
    const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
    const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];

    const imports = this.imports.map((im) => [
      ...name(im.module),
      ...name(im.name),
      0x00,
      ...uleb(typeIndex(fnType(im.params, im.result))),
    ]);
    const funcs = this.functions.map((f) =>
      uleb(
        typeIndex(
          fnType(
            f.params.map(([, t]) => t),
            f.result,
          ),
        ),
      ),
    );
    const globals = this.globals.map((t) => [
      VALTYPE[t],
      0x01,
      ...(t === "i32" ? [0x41, 0x00] : [0x44, ...f64Bytes(0)]),
      0x0b,
    ]);
    const exports = [
      [...name("memory"), 0x02, 0x00],
      ...this.functions.flatMap((f, i) =>
        this.exports.has(f) ? [[...name(f.name), 0x00, ...uleb(this.imports.length + i)]] : [],
      ),
    ];
    const code = this.functions.map((f) => f.encodeBody());
    const bytes = [
      0x00,
      0x61,
      0x73,
      0x6d,
      0x01,
      0x00,
      0x00,
      0x00,
      ...section(1, vec(types)),
      ...section(2, vec(imports)),
      ...section(3, vec(funcs)),
      ...section(5, vec([[0x00, ...uleb(this.pages)]])),
      ...(globals.length ? section(6, vec(globals)) : []),
      ...section(7, vec(exports)),
      ...section(10, vec(code)),
    ];
    return Uint8Array.from(bytes);
  }
}
