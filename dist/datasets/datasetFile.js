/**
 * Finite-sum datasets (fixtures/datasets/*.json, written by scripts/generate-datasets.mjs with fixed seeds):
 * reading and validating one file. Three kinds, told apart by `kind`:
 *
 *   least-squares       f_i(x) = ½(a_iᵀx − y_i)², x ∈ ℝ^dim; fields n, dim, A (n rows of dim), y (n)
 *   residual-two-well   f_i(x) = (g(x) + e_i)² + b_i·x, g(x) = (x² − 1)(1 + c·x + d·x²), x ∈ ℝ; fields n, c, d, e, b.
 *                       The committed file has e, b centred, b ⊥ e, mean(e²) = 0.5, mean(b²) = 0.25, so
 *                       F(x) = g(x)² + mean(e²) (+ O(1e-17)): minima ±1 of equal value mean(e²), F''(±1) = 2g'(±1)²,
 *                       and gradient noise Σ_n(x) = 4Var(e)g'² + Var(b) = 2g'(x)² + 0.25 = F''(x*) + 0.25 at the
 *                       minima (Hessian-shaped, with a floor at the saddle x ≈ 0.141 where g' = 0). The reader
 *                       does not require those normalisations: residualTwoWell.ts computes the moments from e, b.
 *   two-layer           ℓ_i(θ) = log(1 + exp(−y_i·out(x_i))), out(x) = v·tanh(Wx + b₁) + b₂; fields n, hidden,
 *                       inputs (n rows of equal length), labels (n, each ±1), theta (a fixed point θ₀ of length
 *                       hidden·(inputs dim) + 2·hidden + 1, laid out W row-major, b₁, v, b₂).
 *
 * Every kind also has `name` (string) and optionally `generator` ({script, seed}) and `notes` (string). Unknown
 * fields are rejected. Bad data throws a FieldError naming the field (`A[3]: has 3 entries, expected dim = 2`),
 * so the CLI exits with code 2 (DESIGN.md §10).
 */
import { readFileSync } from "node:fs";
import { FieldError, formatNumber, joinField } from "../config/fieldError.js";
import { readArray, readChoice, readFiniteNumber, readPositiveInteger, readStrictObject, readString, readVector, } from "../config/readers.js";
export const DATASET_KINDS = ["least-squares", "residual-two-well", "two-layer"];
const COMMON_FIELDS = ["kind", "name", "generator", "notes", "n"];
const KIND_FIELDS = {
    "least-squares": ["dim", "A", "y"],
    "residual-two-well": ["c", "d", "e", "b"],
    "two-layer": ["hidden", "inputs", "labels", "theta"],
};
/** Number of parameters of a two-layer network with `hidden` units on inputs in ℝ^inputDim. */
export function twoLayerParameterCount(hidden, inputDim) {
    return hidden * inputDim + 2 * hidden + 1;
}
/** Dimension of the point x (the parameter θ for two-layer) at which losses and gradients are taken. */
export function parameterDimension(ds) {
    switch (ds.kind) {
        case "least-squares":
            return ds.dim;
        case "residual-two-well":
            return 1;
        case "two-layer":
            return twoLayerParameterCount(ds.hidden, ds.inputs[0].length);
    }
}
/** A vector of exactly n entries (`e: has 31 entries, expected n = 32`). */
function readSampleVector(v, field, n) {
    const x = readVector(v, field);
    if (x.length !== n)
        throw new FieldError(field, `has ${x.length} entries, expected n = ${n}`);
    return x;
}
/** n rows of equal length `width` (the first row's length when not given), all finite. */
function readRows(v, field, n, width) {
    const rows = readArray(v, field, (r, f) => readVector(r, f));
    if (rows.length !== n)
        throw new FieldError(field, `has ${rows.length} rows, expected n = ${n}`);
    const w = width ?? rows[0].length;
    if (w < 1)
        throw new FieldError(`${field}[0]`, "is empty: a row needs at least one entry");
    rows.forEach((r, i) => {
        if (r.length !== w)
            throw new FieldError(`${field}[${i}]`, `has ${r.length} entries, expected ${width === undefined ? `${w} (as ${field}[0])` : `dim = ${w}`}`);
    });
    return rows;
}
/**
 * Validates a parsed dataset file. `path` prefixes every field name in errors ("" for bare names, or e.g.
 * `datasets.two-layer`).
 */
export function readDataset(raw, path) {
    const at = (k) => joinField(path, k);
    const kind = readChoice(readStrictObject(raw, path, [...COMMON_FIELDS, ...Object.values(KIND_FIELDS).flat()]).kind, at("kind"), DATASET_KINDS);
    const o = readStrictObject(raw, path, [...COMMON_FIELDS, ...KIND_FIELDS[kind]]);
    for (const k of KIND_FIELDS[kind])
        if (o[k] === undefined)
            throw new FieldError(at(k), `missing (a ${kind} dataset needs it)`);
    const common = {
        name: readString(o.name, at("name")),
        n: readPositiveInteger(o.n, at("n")),
    };
    if (o.generator !== undefined) {
        const g = readStrictObject(o.generator, at("generator"), ["script", "seed"]);
        common.generator = {
            script: readString(g.script, at("generator.script")),
            seed: readString(g.seed, at("generator.seed")),
        };
    }
    if (o.notes !== undefined)
        common.notes = readString(o.notes, at("notes"));
    const n = common.n;
    switch (kind) {
        case "least-squares": {
            const dim = readPositiveInteger(o.dim, at("dim"));
            return {
                kind,
                ...common,
                dim,
                A: readRows(o.A, at("A"), n, dim),
                y: readSampleVector(o.y, at("y"), n),
            };
        }
        case "residual-two-well":
            return {
                kind,
                ...common,
                c: readFiniteNumber(o.c, at("c")),
                d: readFiniteNumber(o.d, at("d")),
                e: readSampleVector(o.e, at("e"), n),
                b: readSampleVector(o.b, at("b"), n),
            };
        case "two-layer": {
            const hidden = readPositiveInteger(o.hidden, at("hidden"));
            const inputs = readRows(o.inputs, at("inputs"), n);
            const labels = readSampleVector(o.labels, at("labels"), n);
            labels.forEach((y, i) => {
                if (y !== 1 && y !== -1)
                    throw new FieldError(at(`labels[${i}]`), `a label must be +1 or −1, got ${formatNumber(y)}`);
            });
            const p = twoLayerParameterCount(hidden, inputs[0].length);
            const theta = readVector(o.theta, at("theta"));
            if (theta.length !== p)
                throw new FieldError(at("theta"), `has ${theta.length} entries, expected ${p} (W ${hidden}×${inputs[0].length}, b₁ ${hidden}, v ${hidden}, b₂ 1)`);
            return { kind, ...common, hidden, inputs, labels, theta };
        }
    }
}
const DATASETS_DIR = new URL("../../fixtures/datasets/", import.meta.url);
/** A bare name (`two-layer`) means fixtures/datasets/<name>.json; anything else ending in .json is a path. */
const DATASET_NAME = /^[A-Za-z0-9_-]+$/;
/**
 * Reads a dataset by name (`two-layer` → fixtures/datasets/two-layer.json, found relative to this module, so
 * the working directory does not matter) or by a path ending in `.json` (relative to the working directory).
 * A missing or unreadable file, malformed JSON or malformed data is a FieldError whose field is the file and
 * whose problem names the field inside it: `fixtures/datasets/x.json: theta: has 12 entries, expected 13 …`.
 */
export function loadDataset(name) {
    let file;
    let display;
    if (DATASET_NAME.test(name)) {
        file = new URL(`${name}.json`, DATASETS_DIR);
        display = `fixtures/datasets/${name}.json`;
    }
    else if (name.endsWith(".json")) {
        file = name;
        display = name;
    }
    else
        throw new FieldError("dataset", `expected a dataset name (fixtures/datasets/<name>.json) or a path ending in .json, got ${JSON.stringify(name)}`);
    let text;
    try {
        text = readFileSync(file, "utf8");
    }
    catch (e) {
        throw new FieldError(display, `cannot read the dataset (${e.code ?? String(e)})`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new FieldError(display, `malformed JSON: ${e.message.split("\n")[0]}`);
    }
    try {
        return readDataset(raw, "");
    }
    catch (e) {
        if (e instanceof FieldError)
            throw new FieldError(display, e.message);
        throw e;
    }
}
//# sourceMappingURL=datasetFile.js.map