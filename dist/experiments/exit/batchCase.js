import { FieldError, joinField } from "../../config/fieldError.js";
import { readArray, readNumber, readStrictObject } from "../../config/readers.js";
import { noiseFamilyOf, noiseFromSpec } from "../../noise/fromSpec.js";
/**
 * The batch-size claims' reference model: a minibatch of size B drawn with replacement averages B independent
 * per-sample gradients, so the gradient noise covariance is Σ₁/B (THEORY.md B1). Every batch claim therefore
 * runs the same landscape with the noise of one sample, Σ₁, scaled by 1/B — as its family declares it
 * (noise/family.ts `withBatch`: σ/√B, Σ/B, or a real batch B times larger).
 */
export function noiseForBatch(spec, batch, path = "noise") {
    const family = noiseFamilyOf(spec, path);
    if (!family.withBatch)
        throw new FieldError(joinField(path, "kind"), `noise "${family.kind}" declares no batch scaling (withBatch)`);
    return family.withBatch(spec, batch);
}
/** The case with its noise replaced by the batch-B noise (landscape, start and exit set unchanged). */
export function withBatch(c, batch) {
    const noiseSpec = noiseForBatch(c.noiseSpec, batch);
    return { ...c, noiseSpec, noise: noiseFromSpec(noiseSpec, c.landscape, "") };
}
/** Batch sizes: ≥ `min` positive integers, strictly increasing (bad input names the entry). */
export function readBatches(raw, path, min = 3) {
    const batches = readArray(raw, path, (v, p) => {
        const b = readNumber(v, p, { min: 1 });
        if (!Number.isInteger(b))
            throw new FieldError(p, `a batch size must be a whole number, got ${b}`);
        return b;
    }, { minLength: min });
    batches.forEach((b, i) => {
        if (i > 0 && b <= batches[i - 1])
            throw new FieldError(`${path}[${i}]`, `batch sizes must increase, got ${b} after ${batches[i - 1]}`);
    });
    return batches;
}
/**
 * A batch claim's case: the family's own case fields with `eta` (one step size) and `batches` in place of the
 * η grid. `readInner` reads the rest as a one-η case of the family (minimizer or saddle).
 */
export function readBatchCase(raw, path, caseKeys, readInner) {
    const o = readStrictObject(raw, path, caseKeys);
    const p = (k) => (path ? `${path}.${k}` : k);
    const eta = readNumber(o.eta, p("eta"), { min: 0, exclusiveMin: true });
    const batches = readBatches(o.batches, p("batches"));
    const { eta: _e, batches: _b, ...rest } = o;
    return { ...readInner({ ...rest, etas: [eta] }, eta), eta, batches };
}
/** A family's case keys with `eta` and `batches` instead of `etas`. */
export function batchCaseKeys(keys) {
    return [...keys.filter((k) => k !== "etas"), "eta", "batches"];
}
//# sourceMappingURL=batchCase.js.map