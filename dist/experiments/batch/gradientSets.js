import { FieldError } from "../../config/fieldError.js";
import { readArray, readNumber, readStrictObject, readString, readVector } from "../../config/readers.js";
import { loadDataset, parameterDimension } from "../../datasets/datasetFile.js";
import { perSampleGradients } from "../../datasets/perSampleGradients.js";
import { MAX_ENUMERATED_BATCHES, MINIBATCH_SAMPLINGS, } from "../../noise/minibatch.js";
/** Enumeration agrees with the formulas to round-off: |difference| ≤ this × the scale of the entries. */
export const EXACT_TOLERANCE = 1e-10;
/** Binomial coefficient C(n, k) as a double (exact enough to compare with MAX_ENUMERATED_BATCHES). */
function binomial(n, k) {
    let c = 1;
    for (let i = 1; i <= k; i++)
        c = (c * (n - k + i)) / i;
    return Math.round(c);
}
/** Distinct batches the exact enumeration visits: multisets C(n + B − 1, B) with replacement, subsets C(n, B) without. */
export function enumeratedBatchCount(n, batch, sampling) {
    return sampling === "with-replacement" ? binomial(n + batch - 1, batch) : binomial(n, batch);
}
export function enumerable(n, batch, sampling) {
    return enumeratedBatchCount(n, batch, sampling) <= MAX_ENUMERATED_BATCHES;
}
/** Per-sample gradients from a dataset file at `at` (null or absent: the file's default point). */
function fileGradients(file, at, path) {
    let ds;
    try {
        ds = loadDataset(file);
    }
    catch (e) {
        if (e instanceof FieldError)
            throw new FieldError(`${path}.file`, e.message);
        throw e;
    }
    const point = at === undefined ? undefined : readVector(at, `${path}.at`, parameterDimension(ds));
    if (point === undefined && ds.kind !== "two-layer")
        throw new FieldError(`${path}.at`, `missing: a ${ds.kind} dataset has no default point (give one of dimension ${parameterDimension(ds)})`);
    return perSampleGradients(ds, point);
}
export function readGradientSet(raw, path, key) {
    const o = Object.fromEntries(Object.entries(readStrictObject(raw, path, ["name", "gradients", "file", "at", "batches"])).filter(([, v]) => v !== null));
    const name = o.name === undefined ? key : readString(o.name, `${path}.name`);
    if ((o.gradients === undefined) === (o.file === undefined))
        throw new FieldError(path, o.file === undefined
            ? "needs per-sample gradients: exactly one of `gradients` (inline) or `file` (a dataset), got neither"
            : "takes exactly one of `gradients` (inline) or `file` (a dataset), got both");
    if (o.gradients !== undefined && o.at !== undefined)
        throw new FieldError(`${path}.at`, "only applies to a dataset `file` (inline gradients are already at a point)");
    const gradients = o.file !== undefined
        ? fileGradients(readString(o.file, `${path}.file`), o.at, path)
        : readArray(o.gradients, `${path}.gradients`, (v, p) => readVector(v, p), { minLength: 2 });
    if (gradients.length < 2)
        throw new FieldError(`${path}.file`, `needs at least 2 samples for gradient noise, got n = ${gradients.length}`);
    const d = gradients[0].length;
    gradients.forEach((g, i) => {
        if (g.length !== d)
            throw new FieldError(`${path}.gradients[${i}]`, `has ${g.length} entries, expected ${d} (as gradients[0])`);
    });
    const n = gradients.length;
    const batches = readArray(o.batches, `${path}.batches`, (v, p) => {
        const b = readNumber(v, p, { min: 1 });
        if (!Number.isInteger(b) || b > n)
            throw new FieldError(p, `a batch size must be a whole number in [1, n = ${n}], got ${b}`);
        return b;
    }, { minLength: 1 });
    for (const sampling of MINIBATCH_SAMPLINGS)
        if (!batches.some((b) => enumerable(n, b, sampling)))
            throw new FieldError(`${path}.batches`, `no batch size small enough to enumerate ${sampling} (at most ${MAX_ENUMERATED_BATCHES} batches) for the exact check`);
    return { key, name, gradients, batches };
}
//# sourceMappingURL=gradientSets.js.map