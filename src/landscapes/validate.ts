/**
 * Readers for JSON-shaped input (configs, fixtures, specs passed from untyped code). Each one either returns a
 * value of the promised type or throws a FieldError naming the field, so a config error is one clear line.
 */
import { FieldError, formatNumber } from "./errors.ts";
import type { CriticalKind, CriticalPoint } from "./landscape.ts";

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

const CRITICAL_KINDS: readonly CriticalKind[] = ["minimum", "saddle", "maximum"];

/** Declared critical points `[{label, x, kind}]` of a landscape of dimension `dim`. */
export function readCriticalPoints(v: unknown, field: string, dim: number): CriticalPoint[] {
  if (!Array.isArray(v))
    throw new FieldError(field, `expected an array of critical points, got ${describeValue(v)}`);
  return v.map((item, i) => {
    const f = `${field}[${i}]`;
    const obj = readObject(item, f);
    rejectUnknownKeys(obj, ["label", "x", "kind"], f);
    const label = readString(obj.label, `${f}.label`);
    const x = readVector(obj.x, `${f}.x`, dim);
    const kind = obj.kind;
    if (typeof kind !== "string" || !(CRITICAL_KINDS as readonly string[]).includes(kind))
      throw new FieldError(
        `${f}.kind`,
        `expected one of ${CRITICAL_KINDS.join(", ")}, got ${describeValue(kind)}`,
      );
    return { label, x, kind: kind as CriticalKind };
  });
}
