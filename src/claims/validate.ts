import { FieldError } from "../landscapes/errors.ts";

/**
 * Small schema helpers for claim configs. Each reads one field and throws a FieldError whose message is one
 * line, "<field path>: <problem>", which the CLI prints before exiting with code 2 (DESIGN.md §10).
 */
export type Obj = Record<string, unknown>;

export function object(raw: unknown, path: string, allowed?: readonly string[]): Obj {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new FieldError(path, `expected an object, got ${describe(raw)}`);
  if (allowed) {
    for (const k of Object.keys(raw))
      if (!allowed.includes(k))
        throw new FieldError(join(path, k), `unknown field (allowed: ${allowed.join(", ")})`);
  }
  return raw as Obj;
}

export interface NumberRule {
  /** Inclusive bounds unless `exclusiveMin`/`exclusiveMax`. */
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  exclusiveMax?: boolean;
  integer?: boolean;
}

export function number(raw: unknown, path: string, rule: NumberRule = {}): number {
  if (typeof raw !== "number" || Number.isNaN(raw))
    throw new FieldError(path, `expected a number, got ${describe(raw)}`);
  if (!Number.isFinite(raw)) throw new FieldError(path, `must be finite, got ${raw}`);
  if (rule.integer && !Number.isInteger(raw)) throw new FieldError(path, `must be an integer, got ${raw}`);
  if (rule.min !== undefined && (rule.exclusiveMin ? raw <= rule.min : raw < rule.min))
    throw new FieldError(path, `must be ${rule.exclusiveMin ? ">" : "≥"} ${rule.min}, got ${raw}`);
  if (rule.max !== undefined && (rule.exclusiveMax ? raw >= rule.max : raw > rule.max))
    throw new FieldError(path, `must be ${rule.exclusiveMax ? "<" : "≤"} ${rule.max}, got ${raw}`);
  return raw;
}

export const positive = (raw: unknown, path: string) => number(raw, path, { min: 0, exclusiveMin: true });
export const positiveInteger = (raw: unknown, path: string) => number(raw, path, { min: 1, integer: true });

export function string(raw: unknown, path: string, options?: readonly string[]): string {
  if (typeof raw !== "string") throw new FieldError(path, `expected a string, got ${describe(raw)}`);
  if (options && !options.includes(raw))
    throw new FieldError(path, `unknown value "${raw}" (expected ${options.join(", ")})`);
  return raw;
}

export function array<T>(
  raw: unknown,
  path: string,
  item: (v: unknown, p: string) => T,
  { minLength = 0, maxLength = Infinity }: { minLength?: number; maxLength?: number } = {},
): T[] {
  if (!Array.isArray(raw)) throw new FieldError(path, `expected an array, got ${describe(raw)}`);
  if (raw.length < minLength)
    throw new FieldError(path, `needs at least ${minLength} entries, got ${raw.length}`);
  if (raw.length > maxLength)
    throw new FieldError(path, `takes at most ${maxLength} entries, got ${raw.length}`);
  return raw.map((v, i) => item(v, `${path}[${i}]`));
}

export function vector(raw: unknown, path: string, dim?: number): number[] {
  const v = array(raw, path, (x, p) => number(x, p));
  if (dim !== undefined && v.length !== dim)
    throw new FieldError(path, `has ${v.length} entries, expected ${dim}`);
  return v;
}

export function matrix(raw: unknown, path: string, dim?: number): number[][] {
  const rows = array(raw, path, (r, p) => vector(r, p), { minLength: 1 });
  const n = dim ?? rows.length;
  if (rows.length !== n) throw new FieldError(path, `has ${rows.length} rows, expected ${n}`);
  rows.forEach((r, i) => {
    if (r.length !== n) throw new FieldError(`${path}[${i}]`, `has ${r.length} entries, expected ${n}`);
  });
  return rows;
}

/** Step sizes: positive, finite, strictly decreasing (a grid towards η → 0), at least `minLength`. */
export function etaGrid(raw: unknown, path: string, minLength = 3): number[] {
  const etas = array(raw, path, (v, p) => positive(v, p), { minLength });
  for (let i = 1; i < etas.length; i++)
    if (!(etas[i]! < etas[i - 1]!))
      throw new FieldError(`${path}[${i}]`, "η grid must be strictly decreasing");
  return etas;
}

export function join(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return `"${v}"`;
  return typeof v;
}

/**
 * Deep merge for config layers (claim defaults ← budget overrides ← user file). Objects merge key by key;
 * arrays and scalars replace (an η grid is replaced, never concatenated).
 */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (
    typeof base === "object" &&
    base !== null &&
    !Array.isArray(base) &&
    typeof over === "object" &&
    over !== null &&
    !Array.isArray(over)
  ) {
    const out: Obj = { ...(base as Obj) };
    for (const [k, v] of Object.entries(over as Obj)) out[k] = deepMerge(out[k], v);
    return out;
  }
  return over;
}
