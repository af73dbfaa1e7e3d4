import { normalSlowPath, ZIG_K, ZIG_W } from "../rng/ziggurat.ts";

/**
 * Compile kernel source into a function. The factory receives the ziggurat tables and slow path plus any
 * extra bindings (landscape callbacks, constants), so generated code closes over them as constants and V8
 * specialises the loop for one landscape and one noise model.
 */
export function compileKernel<F>(source: string, extra: Record<string, unknown> = {}): F {
  const names = ["K", "W", "slow", ...Object.keys(extra)];
  const values = [ZIG_K, ZIG_W, normalSlowPath, ...Object.values(extra)];
  // Kernel sources are generated from landscape expressions validated at construction (numbers and x0…xd).
  const factory = new Function(...names, `"use strict";\n${source}`) as (...args: unknown[]) => F;
  return factory(...values);
}

/** A double rendered so that parsing it back gives the same double (for constants spliced into kernels). */
export function literal(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`non-finite constant ${v} in kernel source`);
  const s = String(v);
  return v < 0 ? `(${s})` : s;
}
