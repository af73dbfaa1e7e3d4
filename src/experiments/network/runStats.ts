import { FieldError } from "../../config/fieldError.ts";
import { readNumber } from "../../config/readers.ts";

/** Mean and standard error of a per-run quantity over independent training runs. */
export interface RunStats {
  mean: number;
  se: number;
  sd: number;
  n: number;
}

export function runStats(xs: readonly number[]): RunStats {
  const n = xs.length;
  if (n < 2) throw new RangeError(`runStats needs at least 2 runs, got ${n}`);
  const mean = xs.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  return { mean, se: sd / Math.sqrt(n), sd, n };
}

/** Independent runs per configuration: at least 8, so a standard error from their spread means something. */
export function readRunCount(v: unknown, field: string): number {
  const runs = readNumber(v, field, { integer: true, min: 1 });
  if (runs < 8) throw new FieldError(field, `needs at least 8 runs for a standard error, got ${runs}`);
  return runs;
}
