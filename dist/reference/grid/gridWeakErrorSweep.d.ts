/**
 * The weak errors over a grid of step sizes — the data of the order claims W1/W2 (slope of log sup|e| on log η)
 * — with the per-η results kept whole so that a report can show curves, argmax times and grid-error estimates.
 */
import { type GridWeakErrorInput, type GridWeakErrors } from "./gridWeakErrors.ts";
import type { GridScheme } from "./setting1d.ts";
export interface GridWeakErrorSweep {
    etas: number[];
    results: GridWeakErrors[];
    /** sup_k |e_k| per model, [test][η]. */
    supErrors: Partial<Record<GridScheme, number[][]>>;
}
export declare function gridWeakErrorSweep(input: Omit<GridWeakErrorInput, "eta">, etas: readonly number[]): GridWeakErrorSweep;
//# sourceMappingURL=gridWeakErrorSweep.d.ts.map