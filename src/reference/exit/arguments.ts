/**
 * Argument checks shared by the exit-time references. Every reference here is a long computation whose inputs are
 * plain numbers and functions, so a bad input (η ≤ 0, a start outside the interval, a drift that returns NaN) is
 * rejected up front with a one-line message naming the argument, instead of surfacing later as a NaN time.
 */

export function assertFinite(name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new Error(`${name} must be a finite number (got ${value})`);
}

export function assertFinitePositive(name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a finite number > 0 (got ${value})`);
}

/** A resolution parameter (panel or node count): an integer ≥ `min`. */
export function assertCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer ≥ ${min} (got ${value})`);
}

export function assertFunction(name: string, value: unknown): void {
  if (typeof value !== "function") throw new Error(`${name} must be a function of one number`);
}

/** lower < upper, both finite. */
export function assertInterval(lowerName: string, lower: number, upperName: string, upper: number): void {
  assertFinite(lowerName, lower);
  assertFinite(upperName, upper);
  if (!(lower < upper)) throw new Error(`${lowerName} (${lower}) must be < ${upperName} (${upper})`);
}

/** A user function's value at x must be finite (and > 0 when `positive`); names the function and the point. */
export function checkedValue(name: string, fn: (x: number) => number, x: number, positive = false): number {
  const v = fn(x);
  if (typeof v !== "number" || !Number.isFinite(v) || (positive && v <= 0))
    throw new Error(`${name}(${x}) must be a finite number${positive ? " > 0" : ""} (got ${v})`);
  return v;
}

/** A non-empty square symmetric matrix of finite numbers (of size `dim` when given). */
export function assertSymmetricMatrix(name: string, M: number[][], dim?: number): void {
  const n = Array.isArray(M) ? M.length : 0;
  if (n === 0 || !M.every((row) => Array.isArray(row) && row.length === n))
    throw new Error(`${name} must be a non-empty square matrix`);
  if (dim !== undefined && n !== dim) throw new Error(`${name} must be ${dim}×${dim} (got ${n}×${n})`);
  let scale = 0;
  for (const row of M)
    for (const v of row) {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`${name} has a non-finite entry`);
      scale = Math.max(scale, Math.abs(v));
    }
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++)
      if (Math.abs(M[i]![j]! - M[j]![i]!) > 1e-12 * scale) throw new Error(`${name} must be symmetric`);
}
