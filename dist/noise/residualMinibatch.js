/**
 * The residual two-well dataset (datasets/residualTwoWell.ts) as what the kernels run: its mean loss F as a 1-D
 * polynomial landscape spec, and its real minibatch noise. Per-sample gradients are
 *   ∇f_i = 2(g + e_i)g' + b_i = F'(x) + (e_i − ē)·2g'(x) + (b_i − b̄)·1,
 * linear in the coefficients θ_i = (e_i, b_i) with features ψ = (2g', 1), which is the form minibatchNoise.ts
 * draws batches for.
 */
import { numberLiteral as literal } from "../codegen/literal.js";
import { FieldError, joinField } from "../config/fieldError.js";
import { readChoice, readPositiveInteger, readString } from "../config/readers.js";
import { loadDataset } from "../datasets/datasetFile.js";
import { residualTwoWellModel } from "../datasets/residualTwoWell.js";
import { MINIBATCH_SAMPLINGS } from "./minibatch.js";
import { minibatchNoise } from "./minibatchNoise.js";
/** Coefficients of a polynomial product (index = power). */
function multiply(a, b) {
    const out = new Array(a.length + b.length - 1).fill(0);
    a.forEach((u, i) => b.forEach((v, j) => (out[i + j] += u * v)));
    return out;
}
/** F(x) = g² + 2ē·g + mean(e²) + b̄·x with g = (x² − 1)(1 + c·x + d·x²), as a polynomial landscape spec. */
export function residualLandscapeSpec(ds) {
    const m = residualTwoWellModel(ds);
    // (x² − 1)(1 + c·x + d·x²) = d·x⁴ + c·x³ + (1 − d)·x² − c·x − 1.
    const g = [-1, -m.c, 1 - m.d, m.c, m.d];
    const F = multiply(g, g);
    g.forEach((v, j) => (F[j] += 2 * m.meanE * v));
    F[0] += m.meanE2;
    F[1] += m.meanB;
    return {
        kind: "polynomial",
        dim: 1,
        terms: F.map((c, p) => ({ c, p: [p] })).filter((t) => t.c !== 0),
    };
}
/** Loads a dataset that must be residual-two-well; `field` names where its name came from. */
export function loadResidualDataset(name, field) {
    let ds;
    try {
        ds = loadDataset(name);
    }
    catch (e) {
        // "noise.dataset: fixtures/datasets/x.json: e: …" — the config field, then the file and its field.
        if (e instanceof FieldError)
            throw new FieldError(field, e.message);
        throw e;
    }
    if (ds.kind !== "residual-two-well")
        throw new FieldError(field, `"${name}" is a ${ds.kind} dataset; minibatch noise in the kernels needs a residual-two-well dataset`);
    return ds;
}
/** Points where the landscape must match the dataset's F' (its minima, saddle and beyond). */
const CHECK_POINTS = [-1.7, -1, -0.4, 0.154, 0.6, 1, 1.5];
/** noise {kind: "minibatch", dataset, batch, sampling?} for `landscape`, which must be the dataset's F. */
export function residualMinibatchNoise(obj, landscape, path) {
    const name = readString(obj.dataset, joinField(path, "dataset"));
    const ds = loadResidualDataset(name, joinField(path, "dataset"));
    const batch = readPositiveInteger(obj.batch, joinField(path, "batch"));
    if (batch > ds.n)
        throw new FieldError(joinField(path, "batch"), `must be an integer in [1, n=${ds.n}], got ${batch}`);
    const sampling = obj.sampling === undefined
        ? "with-replacement"
        : readChoice(obj.sampling, joinField(path, "sampling"), MINIBATCH_SAMPLINGS);
    if (landscape.dim !== 1)
        throw new FieldError(path, `dataset "${name}" is 1-D but the landscape has dimension ${landscape.dim}`);
    const m = residualTwoWellModel(ds);
    const x = new Float64Array(1);
    const out = new Float64Array(1);
    for (const at of CHECK_POINTS) {
        x[0] = at;
        const got = landscape.gradient(x, out)[0];
        const want = m.gradient(at);
        if (!(Math.abs(got - want) <= 1e-9 * (1 + Math.abs(want))))
            throw new FieldError(joinField(path, "dataset"), `the landscape is not the mean loss of "${name}": f'(${at}) = ${got}, the dataset's F'(${at}) = ${want}`);
    }
    const { c, d } = m;
    return minibatchNoise({
        spec: { kind: "minibatch", dataset: name, batch, sampling },
        coefficients: Array.from({ length: m.n }, (_, i) => [m.e[i], m.b[i]]),
        features: (y) => [2 * m.gPrime(y), 1],
        // 2g'(x) = 8d·x³ + 6c·x² + (4 − 4d)·x − 2c, by Horner.
        featureSources: [
            `(((${literal(8 * d)} * x0 + ${literal(6 * c)}) * x0 + ${literal(4 - 4 * d)}) * x0 - ${literal(2 * c)})`,
            "1",
        ],
    });
}
/** Real minibatches of a dataset, drawn in the kernels; averaging B batches is one batch B times larger. */
export const MINIBATCH = {
    kind: "minibatch",
    fields: ["dataset", "batch", "sampling"],
    create: (o, landscape, path) => residualMinibatchNoise(o, landscape, path),
    withBatch: (spec, batch) => ({
        ...spec,
        batch: spec.batch * batch,
    }),
};
//# sourceMappingURL=residualMinibatch.js.map