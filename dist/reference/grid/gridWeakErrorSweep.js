/**
 * The weak errors over a grid of step sizes — the data of the order claims W1/W2 (slope of log sup|e| on log η)
 * — with the per-η results kept whole so that a report can show curves, argmax times and grid-error estimates.
 */
import { gridWeakErrors } from "./gridWeakErrors.js";
export function gridWeakErrorSweep(input, etas) {
    if (!Array.isArray(etas) || etas.length === 0)
        throw new Error("etas must be a non-empty array");
    const results = etas.map((eta) => gridWeakErrors({ ...input, eta }));
    const supErrors = {};
    for (const model of results[0].models)
        supErrors[model] = results[0].tests.map((_, j) => results.map((r) => r.errors[model].sup[j]));
    return { etas: [...etas], results, supErrors };
}
//# sourceMappingURL=gridWeakErrorSweep.js.map