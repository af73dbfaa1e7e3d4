import { renameSync, writeFileSync } from "node:fs";

/**
 * Atomic file write: write a sibling temp file, then rename over the target (rename is atomic on one file
 * system), so an interrupted run never leaves a half-written report that looks complete.
 */
export function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Stable JSON: 2-space indent and a trailing newline, so committed reports diff cleanly. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v), 2)}\n`;
}
