/**
 * Readers for JSON-shaped input (claim configs, landscape and noise specs, fixtures). Each one either returns a
 * value of the promised type or throws a FieldError naming the field, so bad input is one clear line and the
 * CLI exits with code 2 (DESIGN.md §10). One module for every layer: landscapes, noise and claims share it.
 */
import { FieldError, formatNumber, joinField } from "./fieldError.ts";

/** A short description of a bad value for messages: `got "2"`, `got 2.5`, `got an array`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "object") return "an object";
  return String(v);
}

export function readObject(v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new FieldError(field, `expected an object, got ${describeValue(v)}`);
  return v as Record<string, unknown>;
}

/** Typos in configs (`"tilit"`) would otherwise silently fall back to defaults; reject them. */
export function rejectUnknownKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  field: string,
): void {
  for (const key of Object.keys(obj))
    if (!allowed.includes(key))
      throw new FieldError(field, `unknown field "${key}" (allowed: ${allowed.join(", ")})`);
}

export function readString(v: unknown, field: string): string {
  if (typeof v !== "string") throw new FieldError(field, `expected a string, got ${describeValue(v)}`);
  return v;
}

export function readBoolean(v: unknown, field: string): boolean {
  if (typeof v !== "boolean") throw new FieldError(field, `expected true or false, got ${describeValue(v)}`);
  return v;
}

export function readFiniteNumber(v: unknown, field: string): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new FieldError(field, `expected a finite number, got ${describeValue(v)}`);
  return v;
}

export function readPositiveNumber(v: unknown, field: string): number {
  const x = readFiniteNumber(v, field);
  if (!(x > 0)) throw new FieldError(field, `must be > 0, got ${formatNumber(x)}`);
  return x;
}

export function readPositiveInteger(v: unknown, field: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1)
    throw new FieldError(field, `expected a positive integer, got ${describeValue(v)}`);
  return v;
}

export function readNonNegativeInteger(v: unknown, field: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
    throw new FieldError(field, `expected a non-negative integer, got ${describeValue(v)}`);
  return v;
}

/** A vector of finite numbers; with `length`, also its length (`has 3 entries, expected dim = 2`). */
export function readVector(v: unknown, field: string, length?: number): number[] {
  if (!Array.isArray(v)) throw new FieldError(field, `expected an array of numbers, got ${describeValue(v)}`);
  if (length !== undefined && v.length !== length)
    throw new FieldError(field, `has ${v.length} entries, expected dim = ${length}`);
  return v.map((x, i) => readFiniteNumber(x, `${field}[${i}]`));
}

/** A non-empty square matrix of finite numbers; with `size`, also its size (landscape dimension). */
export function readSquareMatrix(v: unknown, field: string, size?: number): number[][] {
  if (!Array.isArray(v) || v.length === 0)
    throw new FieldError(
      field,
      `expected a non-empty square matrix (array of rows), got ${describeValue(v)}`,
    );
  const n = v.length;
  const rows = v.map((row, i) => {
    if (!Array.isArray(row))
      throw new FieldError(`${field}[${i}]`, `expected a row, got ${describeValue(row)}`);
    if (row.length !== n)
      throw new FieldError(
        `${field}[${i}]`,
        `has ${row.length} entries, expected ${n} (the matrix must be square)`,
      );
    return row.map((x, j) => readFiniteNumber(x, `${field}[${i}][${j}]`));
  });
  if (size !== undefined && n !== size)
    throw new FieldError(field, `is ${n}×${n}, expected ${size}×${size} (the landscape dimension)`);
  return rows;
}

/** Where two entries of a (meant to be) symmetric matrix disagree most, or undefined if within round-off. */
export function asymmetry(A: number[][], tol = 1e-12): string | undefined {
  const scale = Math.max(1, ...A.flat().map(Math.abs));
  let worst = tol * scale;
  let where: string | undefined;
  for (let i = 0; i < A.length; i++)
    for (let j = 0; j < i; j++) {
      const d = Math.abs(A[i]![j]! - A[j]![i]!);
      if (d > worst) {
        worst = d;
        where = `[${j}][${i}] = ${formatNumber(A[j]![i]!)} but [${i}][${j}] = ${formatNumber(A[i]![j]!)}`;
      }
    }
  return where;
}

/** An object with only the `allowed` keys; a typo is named as its own field (`etaz: unknown field …`). */
export function readStrictObject(
  v: unknown,
  field: string,
  allowed: readonly string[],
): Record<string, unknown> {
  const obj = readObject(v, field || "config");
  for (const key of Object.keys(obj))
    if (!allowed.includes(key))
      throw new FieldError(joinField(field, key), `unknown field (allowed: ${allowed.join(", ")})`);
  return obj;
}

export interface NumberRule {
  /** Inclusive bounds unless `exclusiveMin`/`exclusiveMax`. */
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  exclusiveMax?: boolean;
  integer?: boolean;
}

/** A finite number within `rule` (η > 0, a coordinate index in [0, d − 1], …). */
export function readNumber(v: unknown, field: string, rule: NumberRule = {}): number {
  const x = readFiniteNumber(v, field);
  if (rule.integer && !Number.isInteger(x))
    throw new FieldError(field, `must be an integer, got ${formatNumber(x)}`);
  if (rule.min !== undefined && (rule.exclusiveMin ? x <= rule.min : x < rule.min))
    throw new FieldError(
      field,
      `must be ${rule.exclusiveMin ? ">" : "≥"} ${rule.min}, got ${formatNumber(x)}`,
    );
  if (rule.max !== undefined && (rule.exclusiveMax ? x >= rule.max : x > rule.max))
    throw new FieldError(
      field,
      `must be ${rule.exclusiveMax ? "<" : "≤"} ${rule.max}, got ${formatNumber(x)}`,
    );
  return x;
}

export function readChoice<T extends string>(v: unknown, field: string, options: readonly T[]): T {
  const s = readString(v, field);
  if (!(options as readonly string[]).includes(s))
    throw new FieldError(field, `unknown value "${s}" (expected ${options.join(", ")})`);
  return s as T;
}

export function readArray<T>(
  v: unknown,
  field: string,
  item: (x: unknown, f: string) => T,
  { minLength = 0, maxLength = Infinity }: { minLength?: number; maxLength?: number } = {},
): T[] {
  if (!Array.isArray(v)) throw new FieldError(field, `expected an array, got ${describeValue(v)}`);
  if (v.length < minLength)
    throw new FieldError(field, `needs at least ${minLength} entries, got ${v.length}`);
  if (v.length > maxLength)
    throw new FieldError(field, `takes at most ${maxLength} entries, got ${v.length}`);
  return v.map((x, i) => item(x, `${field}[${i}]`));
}

/** Step sizes: positive, finite, strictly decreasing (a grid towards η → 0), at least `minLength` of them. */
export function readEtaGrid(v: unknown, field: string, minLength = 3): number[] {
  const etas = readArray(v, field, (x, f) => readNumber(x, f, { min: 0, exclusiveMin: true }), { minLength });
  for (let i = 1; i < etas.length; i++)
    if (!(etas[i]! < etas[i - 1]!))
      throw new FieldError(`${field}[${i}]`, "η grid must be strictly decreasing");
  return etas;
}

/**
 * Deep merge for config layers (claim defaults ← budget overrides ← user file). Objects merge key by key;
 * arrays and scalars replace (an η grid is replaced, never concatenated).
 */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (isPlainObject(base) && isPlainObject(over)) {
    const out: Record<string, unknown> = { ...base };
    // defineProperty, not assignment: a key named "__proto__" must stay data (and be recorded), never become
    // the merged object's prototype (configs are also checked by rejectPrototypeKeys before they get here).
    for (const [k, v] of Object.entries(over))
      Object.defineProperty(out, k, {
        value: deepMerge(Object.hasOwn(out, k) ? out[k] : undefined, v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return over;
}

/** Keys that reach an object's prototype when assigned: never meaningful in a config. */
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"];

/**
 * Rejects `__proto__`, `constructor` and `prototype` anywhere in a JSON value (JSON.parse keeps them as own
 * keys; a merge by assignment would apply them as a prototype, so a setting could act without being recorded).
 */
export function rejectPrototypeKeys(v: unknown, field: string): void {
  if (Array.isArray(v)) v.forEach((x, i) => rejectPrototypeKeys(x, `${field}[${i}]`));
  else if (v !== null && typeof v === "object")
    for (const k of Object.keys(v)) {
      if (PROTOTYPE_KEYS.includes(k))
        throw new FieldError(joinField(field, k), "prototype keys are not allowed in a config");
      rejectPrototypeKeys((v as Record<string, unknown>)[k], joinField(field, k));
    }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
