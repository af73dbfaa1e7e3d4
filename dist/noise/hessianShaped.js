/**
 * Hessian-shaped noise Σ(x) = c·|∇²f(x)|/B, with |H| = V|Λ|Vᵀ the matrix absolute value. Near minima the
 * gradient-noise covariance of real losses is ≈ H/B (THEORY.md B4): the noise is largest along sharp directions,
 * which is what makes a sharp minimum escape exponentially faster than a flat one of equal depth. The absolute
 * value keeps Σ PSD where the Hessian is indefinite (at a saddle |H| is used, e.g. Σ = c/B at the double-well
 * barrier where f'' = −1).
 *
 * Factor: L = V·diag(√(c|λ|/B)), so LLᵀ = V (c|Λ|/B) Vᵀ = Σ. It is not triangular; the kernels only need
 * LLᵀ = Σ. In 1-D both reduce to scalars and skip the eigen-decomposition (the per-step cost of this model).
 */
import { FieldError, joinField } from "../config/fieldError.js";
import { readPositiveInteger, readPositiveNumber } from "../config/readers.js";
import { symmetricEigen, unflatten } from "../linalg/dense.js";
import { stateDependentFactorFragment } from "./gaussianFragment.js";
export function hessianShapedNoise(landscape, c, batch) {
    if (!Number.isFinite(c) || !(c > 0))
        throw new FieldError("c", `must be a finite number > 0, got ${c}`);
    if (!Number.isInteger(batch) || batch < 1)
        throw new FieldError("batch", `expected a positive integer, got ${batch}`);
    const d = landscape.dim;
    const s = c / batch;
    const h = new Float64Array(d * d);
    /** Writes V·diag(g(s|λ_k|))·(Vᵀ if `symmetric`) into out: Σ for g = id, the factor for g = √ without Vᵀ. */
    const spectral = (x, out, g, symmetric) => {
        const { values, vectors } = symmetricEigen(unflatten(landscape.hessian(x, h), d));
        const w = values.map((l) => g(s * Math.abs(l)));
        for (let i = 0; i < d; i++)
            for (let j = 0; j < d; j++) {
                if (!symmetric) {
                    out[i * d + j] = vectors[i][j] * w[j];
                    continue;
                }
                let sum = 0;
                for (let k = 0; k < d; k++)
                    sum += vectors[i][k] * w[k] * vectors[j][k];
                out[i * d + j] = sum;
            }
        return out;
    };
    const model = {
        kind: "hessian",
        dim: d,
        constant: false,
        covariance(x, out) {
            if (d === 1) {
                out[0] = s * Math.abs(landscape.hessian(x, h)[0]);
                return out;
            }
            return spectral(x, out, (v) => v, true);
        },
        factor(x, out) {
            if (d === 1) {
                out[0] = Math.sqrt(s * Math.abs(landscape.hessian(x, h)[0]));
                return out;
            }
            return spectral(x, out, Math.sqrt, false);
        },
        spec: { kind: "hessian", c, batch },
        properties: { gaussian: true },
        kernelFragment: () => stateDependentFactorFragment(d, (x, out) => model.factor(x, out)),
    };
    return model;
}
export const HESSIAN = {
    kind: "hessian",
    fields: ["c", "batch"],
    create: (o, landscape, path) => hessianShapedNoise(landscape, readPositiveNumber(o.c, joinField(path, "c")), readPositiveInteger(o.batch, joinField(path, "batch"))),
    withBatch: (spec, batch) => ({
        ...spec,
        batch: spec.batch * batch,
    }),
};
//# sourceMappingURL=hessianShaped.js.map