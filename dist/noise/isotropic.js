/**
 * Σ = σ²I: the "omnidirectional" noise of the paper's escape theorems (M1, S1). Factor L = σI. σ = 0 is allowed
 * here (the zero-noise control: SGD must then equal gradient descent); configs require σ > 0 (fromSpec.ts).
 */
import { FieldError, joinField } from "../config/fieldError.js";
import { readPositiveNumber } from "../config/readers.js";
import { constantFactorFragment } from "./gaussianFragment.js";
export function isotropicNoise(dim, sigma) {
    if (!Number.isInteger(dim) || dim < 1)
        throw new FieldError("dim", `expected a positive integer, got ${dim}`);
    if (!Number.isFinite(sigma) || sigma < 0)
        throw new FieldError("sigma", `must be a finite number ≥ 0, got ${sigma}`);
    const fill = (out, v) => {
        out.fill(0, 0, dim * dim);
        for (let i = 0; i < dim; i++)
            out[i * dim + i] = v;
        return out;
    };
    const variance = sigma * sigma;
    return {
        kind: "isotropic",
        dim,
        constant: true,
        covariance: (_x, out) => fill(out, variance),
        factor: (_x, out) => fill(out, sigma),
        spec: { kind: "isotropic", sigma },
        properties: { gaussian: true },
        kernelFragment: () => constantFactorFragment(dim, fill(new Float64Array(dim * dim), sigma)),
    };
}
/** σ > 0 in a config: every claim that takes a noise spec needs noise (zero noise is the GD control, in code). */
export const ISOTROPIC = {
    kind: "isotropic",
    fields: ["sigma"],
    create: (o, landscape, path) => isotropicNoise(landscape.dim, readPositiveNumber(o.sigma, joinField(path, "sigma"))),
    withBatch: (spec, batch) => ({
        kind: "isotropic",
        sigma: spec.sigma * (1 / Math.sqrt(batch)),
    }),
};
//# sourceMappingURL=isotropic.js.map