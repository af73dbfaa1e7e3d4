import { numberLiteral as literal } from "../codegen/literal.ts";
import type { ExitSet } from "../landscapes/exitSet.ts";

/**
 * The exit test of a set as `value ≥ threshold` (|value| for a slab), `value` a JS expression over the new
 * state y0 … y{d−1}: the one definition both kernel targets compile (the JS kernels through
 * `exitConditionSource`, the WebAssembly exit kernel by parsing `value`).
 */
export interface ExitTest {
  value: string;
  abs: boolean;
  threshold: number;
}

export function exitTest(set: ExitSet): ExitTest {
  if (set.kind === "half-space") {
    const terms = set.normal.map((a, i) => (a === 0 ? "" : `${literal(a)} * y${i}`)).filter(Boolean);
    return { value: terms.join(" + ") || "0", abs: false, threshold: set.offset };
  }
  if (set.kind === "slab") {
    const terms = set.normal
      .map((a, i) => (a === 0 ? "" : `${literal(a)} * (y${i} - ${literal(set.center[i]!)})`))
      .filter(Boolean);
    return { value: terms.join(" + ") || "0", abs: true, threshold: set.halfWidth };
  }
  const terms = set.center.map((c, i) => `(y${i} - ${literal(c)}) * (y${i} - ${literal(c)})`);
  return { value: terms.join(" + "), abs: false, threshold: set.radius * set.radius };
}

/** JS boolean expression over locals y0 … y{d-1} (the new state), for kernel code generation. */
export function exitConditionSource(set: ExitSet): string {
  const t = exitTest(set);
  return `${t.abs ? "Math.abs" : ""}(${t.value}) >= ${literal(t.threshold)}`;
}
