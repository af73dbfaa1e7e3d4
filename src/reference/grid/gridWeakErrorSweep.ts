/**
 * The weak errors over a grid of step sizes — the data of the order claims W1/W2 (slope of log sup|e| on log η)
 * — with the per-η results kept whole so that a report can show curves, argmax times and grid-error estimates.
 */
import { type GridWeakErrorInput, type GridWeakErrors, gridWeakErrors } from "./gridWeakErrors.ts";
import type { GridScheme } from "./setting1d.ts";

export interface GridWeakErrorSweep {
  etas: number[];
  results: GridWeakErrors[];
  /** sup_k |e_k| per model, [test][η]. */
  supErrors: Partial<Record<GridScheme, number[][]>>;
}

export function gridWeakErrorSweep(
  input: Omit<GridWeakErrorInput, "eta">,
  etas: readonly number[],
): GridWeakErrorSweep {
  if (!Array.isArray(etas) || etas.length === 0) throw new Error("etas must be a non-empty array");
  const results = etas.map((eta) => gridWeakErrors({ ...input, eta }));
  const supErrors: Partial<Record<GridScheme, number[][]>> = {};
  for (const model of results[0]!.models)
    supErrors[model] = results[0]!.tests.map((_, j) => results.map((r) => r.errors[model]!.sup[j]!));
  return { etas: [...etas], results, supErrors };
}
