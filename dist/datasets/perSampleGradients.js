/**
 * Per-sample losses f_i(x) and gradients ∇f_i(x) of a finite-sum dataset, and the full (mean) loss
 * F = (1/n)Σf_i: the g_i that minibatch noise (noise/minibatch.ts) is built from.
 *   least-squares      f_i = ½(a_iᵀx − y_i)²,             ∇f_i = a_i(a_iᵀx − y_i)
 *   residual-two-well  f_i = (g(x) + e_i)² + b_i·x,        ∇f_i = 2(g(x) + e_i)g'(x) + b_i
 *   two-layer          ℓ_i(θ) = log(1 + exp(−y_i out(x_i))), ∇ℓ_i by backpropagation (twoLayerNetwork.ts)
 * The point is x ∈ ℝ^dim (least squares), [x] (two-well) or θ (two-layer, defaulting to the file's θ₀).
 */
import { FieldError, formatNumber } from "../config/fieldError.js";
import { parameterDimension } from "./datasetFile.js";
import { residualG, residualGPrime } from "./residualTwoWell.js";
import { twoLayerGradient, twoLayerLoss } from "./twoLayerNetwork.js";
/**
 * The point to evaluate at: `x` when given (checked: length and finite entries), else θ₀ for two-layer; the
 * other kinds have no default point. Errors name the field `x`.
 */
export function datasetPoint(ds, x) {
    const dim = parameterDimension(ds);
    if (x === undefined) {
        if (ds.kind === "two-layer")
            return ds.theta.slice();
        throw new FieldError("x", `a ${ds.kind} dataset has no default point: give one of dimension ${dim}`);
    }
    if (x.length !== dim)
        throw new FieldError("x", `has ${x.length} entries, expected dim = ${dim}`);
    const point = Array.from(x);
    point.forEach((v, i) => {
        if (!Number.isFinite(v))
            throw new FieldError(`x[${i}]`, `must be finite, got ${formatNumber(v)}`);
    });
    return point;
}
/** f_i(x) for every sample i. */
export function perSampleLosses(ds, x) {
    const p = datasetPoint(ds, x);
    switch (ds.kind) {
        case "least-squares":
            return ds.A.map((a, i) => {
                const r = a.reduce((s, aj, j) => s + aj * p[j], 0) - ds.y[i];
                return 0.5 * r * r;
            });
        case "residual-two-well": {
            const g = residualG(ds.c, ds.d, p[0]);
            return ds.e.map((e, i) => (g + e) ** 2 + ds.b[i] * p[0]);
        }
        case "two-layer":
            return ds.inputs.map((input, i) => twoLayerLoss(p, ds.hidden, input, ds.labels[i]));
    }
}
/** ∇f_i(x): n rows of length dim. */
export function perSampleGradients(ds, x) {
    const p = datasetPoint(ds, x);
    switch (ds.kind) {
        case "least-squares":
            return ds.A.map((a, i) => {
                const r = a.reduce((s, aj, j) => s + aj * p[j], 0) - ds.y[i];
                return a.map((aj) => aj * r);
            });
        case "residual-two-well": {
            const g = residualG(ds.c, ds.d, p[0]);
            const gp = residualGPrime(ds.c, ds.d, p[0]);
            return ds.e.map((e, i) => [2 * (g + e) * gp + ds.b[i]]);
        }
        case "two-layer":
            return ds.inputs.map((input, i) => twoLayerGradient(p, ds.hidden, input, ds.labels[i]));
    }
}
/** F(x) = (1/n)Σf_i(x). */
export function fullLoss(ds, x) {
    const losses = perSampleLosses(ds, x);
    return losses.reduce((s, f) => s + f, 0) / losses.length;
}
//# sourceMappingURL=perSampleGradients.js.map