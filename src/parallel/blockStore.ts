/**
 * Block results shared across processes (DESIGN.md §9, "beyond one machine"). A block's result is a function of
 * its key — task, block stream and particle count — alone, so results computed anywhere can be pooled:
 *
 *   - a shard (`claims run --shard i/n`) computes only the blocks it owns — FNV-1a of the key mod n — of every
 *     claim's first stage, and writes them out;
 *   - the merge (`claims merge`) preloads every shard's blocks and runs the claims as usual: the sequential
 *     design, exact references and reports are computed there, blocks it finds are not run again, blocks no shard
 *     could know (later stages, a schedule's next phase) are run by the merge itself. Its reports therefore equal
 *     the unsharded run's bit for bit, for any n.
 *
 * Serialised as JSON with typed arrays as base64 of their bytes and non-finite numbers / −0 tagged, so a round
 * trip is exact.
 */
export interface ShardSpec {
  /** 1-based, as vitest's --shard. */
  index: number;
  count: number;
}

export class BlockStore {
  readonly blocks = new Map<string, unknown>();
  constructor(readonly shard?: ShardSpec) {}

  /** Whether this process computes the block (always, unless it is a shard and another shard owns it). */
  owns(key: string): boolean {
    if (!this.shard) return true;
    return (fnv1a(key) % this.shard.count) + 1 === this.shard.index;
  }
}

/** FNV-1a over the UTF-16 code units: stable, fast, well spread for keys that differ in a block index. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** "i/n" with 1 ≤ i ≤ n → ShardSpec, else null. */
export function parseShard(text: string): ShardSpec | null {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count && count <= 4096 ? { index, count } : null;
}

type Typed =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array;
const TYPED: Record<string, new (b: ArrayBuffer) => Typed> = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Uint8Array,
  Int8Array,
  Int16Array,
  Uint16Array,
};

/** A block result as JSON-safe data, exactly invertible by decodeBlock. */
export function encodeBlock(v: unknown): unknown {
  if (typeof v === "number") {
    if (Number.isFinite(v) && !Object.is(v, -0)) return v;
    return { $num: Object.is(v, -0) ? "-0" : String(v) };
  }
  if (v === null || typeof v !== "object") return v;
  if (ArrayBuffer.isView(v)) {
    const name = v.constructor.name;
    if (!(name in TYPED)) throw new Error(`block results of type ${name} cannot be stored`);
    return { $typed: name, data: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") };
  }
  if (Array.isArray(v)) return v.map(encodeBlock);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = encodeBlock(x);
  return out;
}

export function decodeBlock(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(decodeBlock);
  const o = v as Record<string, unknown>;
  if (typeof o.$num === "string") return o.$num === "-0" ? -0 : Number(o.$num);
  if (typeof o.$typed === "string") {
    const Ctor = TYPED[o.$typed];
    if (!Ctor || typeof o.data !== "string") throw new Error(`malformed stored block (${o.$typed})`);
    const bytes = Buffer.from(o.data, "base64");
    // Copy into a fresh, aligned buffer.
    const buf = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buf).set(bytes);
    return new Ctor(buf);
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = decodeBlock(x);
  return out;
}
