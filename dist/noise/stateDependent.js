/**
 * Σ(x) = σ²(1 + κ‖x − c‖²)·I: isotropic at each point, but its level grows away from c. It is the simplest
 * Σ(x) > 0 for which escape is *not* governed by 2Δf/σ² with any single σ (claim M5): in 1-D the exponent is the
 * quasi-potential V = 2∫f'/Σ (reference/exit/quasiPotential.ts), e.g. on the double well with κ = 1, c = 0,
 * V(0) = 2(ln 2 − ½)/σ² ≈ 0.386/σ², between 2Δf/Σ(x*) = 0.25/σ² and 2Δf/Σ(z) = 0.5/σ². κ ≥ 0 keeps Σ ≻ 0
 * everywhere, so the quasi-potential is finite and the SDE is uniformly elliptic.
 *
 * Factor: L(x) = σ√(1 + κ‖x − c‖²)·I.
 */
import { FieldError, joinField } from "../config/fieldError.js";
import { readNumber, readPositiveNumber, readVector } from "../config/readers.js";
import { constantFactorFragment, stateDependentFactorFragment } from "./gaussianFragment.js";
export function stateDependentNoise(dim, sigma, kappa, center = new Array(dim).fill(0)) {
    if (!Number.isInteger(dim) || dim < 1)
        throw new FieldError("dim", `expected a positive integer, got ${dim}`);
    if (!Number.isFinite(sigma) || !(sigma > 0))
        throw new FieldError("sigma", `must be > 0, got ${sigma}`);
    if (!Number.isFinite(kappa) || kappa < 0)
        throw new FieldError("kappa", `must be ≥ 0, got ${kappa}`);
    if (center.length !== dim || !center.every(Number.isFinite))
        throw new FieldError("center", `expected ${dim} finite numbers`);
    const c = Float64Array.from(center);
    const sigma2 = sigma * sigma;
    /** σ²(1 + κ‖x − c‖²). */
    const level = (x) => {
        let r2 = 0;
        for (let i = 0; i < dim; i++) {
            const u = x[i] - c[i];
            r2 += u * u;
        }
        return sigma2 * (1 + kappa * r2);
    };
    const fill = (out, v) => {
        out.fill(0, 0, dim * dim);
        for (let i = 0; i < dim; i++)
            out[i * dim + i] = v;
        return out;
    };
    const model = {
        kind: "state-dependent",
        dim,
        constant: kappa === 0,
        covariance: (x, out) => fill(out, level(x)),
        factor: (x, out) => fill(out, Math.sqrt(level(x))),
        spec: { kind: "state-dependent", sigma, kappa, center: Array.from(c) },
        properties: { gaussian: true },
        // κ = 0 is constant noise σ²I: the kernels inline the factor as for isotropic noise.
        kernelFragment: () => kappa === 0
            ? constantFactorFragment(dim, model.factor(new Float64Array(dim), new Float64Array(dim * dim)))
            : stateDependentFactorFragment(dim, (x, out) => model.factor(x, out)),
    };
    return model;
}
export const STATE_DEPENDENT = {
    kind: "state-dependent",
    fields: ["sigma", "kappa", "center"],
    create(o, landscape, path) {
        const sigma = readPositiveNumber(o.sigma, joinField(path, "sigma"));
        const kappa = readNumber(o.kappa, joinField(path, "kappa"), { min: 0 });
        const center = o.center === undefined ? undefined : readVector(o.center, joinField(path, "center"), landscape.dim);
        return stateDependentNoise(landscape.dim, sigma, kappa, center);
    },
    withBatch: (spec, batch) => ({
        ...spec,
        sigma: spec.sigma * (1 / Math.sqrt(batch)),
    }),
};
//# sourceMappingURL=stateDependent.js.map