/**
 * A constant covariance Σ (symmetric positive semi-definite), e.g. anisotropic noise for the saddle claims:
 * S2's constant depends on σ_u² = v₁ᵀΣv₁, and S4's control needs a *singular* Σ with v₁ᵀΣv₁ = 0, so singular
 * PSD matrices are accepted. The factor is the Cholesky factor (lower triangular, cheap to apply).
 */
import { FieldError, formatList, joinField, withinField } from "../config/fieldError.js";
import { asymmetry, readSquareMatrix } from "../config/readers.js";
import { cholesky, flatten, matMul, symmetricEigen, symmetrize, transpose, } from "../linalg/dense.js";
import { constantFactorFragment } from "./gaussianFragment.js";
/** Smallest eigenvalue accepted as "zero" in a PSD check: round-off of a matrix built as a sum of products. */
const NEGATIVE_EIGENVALUE_RELATIVE = 1e-12;
/** Reconstruction error allowed for the Cholesky factor before falling back to the eigen factor. */
const FACTOR_RELATIVE = 1e-12;
/**
 * A factor L with LLᵀ = Σ for symmetric PSD Σ. Cholesky is exact for positive definite Σ; for singular Σ it
 * zeroes a column when a pivot falls under its tolerance, which loses off-diagonal mass if Σ is only *nearly*
 * singular (pivot 1e-13 next to entries 1e-7). Then V·diag(√λ₊) is used instead: not triangular, but exact.
 */
export function covarianceFactor(Sigma) {
    const n = Sigma.length;
    const scaleS = Math.max(Number.MIN_VALUE, ...Sigma.flat().map(Math.abs));
    try {
        const L = cholesky(Sigma);
        const back = matMul(L, transpose(L));
        let err = 0;
        for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++)
                err = Math.max(err, Math.abs(back[i][j] - Sigma[i][j]));
        if (err <= FACTOR_RELATIVE * n * scaleS)
            return L;
    }
    catch {
        // Round-off made a pivot slightly negative; the eigen factor below handles it.
    }
    const { values, vectors } = symmetricEigen(Sigma);
    return vectors.map((row) => row.map((v, k) => v * Math.sqrt(Math.max(0, values[k]))));
}
export function covarianceNoise(Sigma) {
    const checked = readSquareMatrix(Sigma, "Sigma");
    const where = asymmetry(checked);
    if (where !== undefined)
        throw new FieldError("Sigma", `not symmetric (${where})`);
    const S = symmetrize(checked);
    const { values } = symmetricEigen(S);
    const largest = Math.max(0, ...values.map(Math.abs));
    if (values[0] < -NEGATIVE_EIGENVALUE_RELATIVE * largest)
        throw new FieldError("Sigma", `not positive semi-definite (eigenvalues ${formatList(values)}): a covariance cannot have negative variance`);
    const dim = S.length;
    const flatSigma = flatten(S);
    const flatFactor = flatten(covarianceFactor(S));
    return {
        kind: "covariance",
        dim,
        constant: true,
        covariance(_x, out) {
            out.set(flatSigma);
            return out;
        },
        factor(_x, out) {
            out.set(flatFactor);
            return out;
        },
        spec: { kind: "covariance", Sigma: S.map((r) => r.slice()) },
        properties: { gaussian: true },
        kernelFragment: () => constantFactorFragment(dim, flatFactor),
    };
}
export const COVARIANCE = {
    kind: "covariance",
    fields: ["Sigma"],
    create(o, landscape, path) {
        const Sigma = readSquareMatrix(o.Sigma, joinField(path, "Sigma"), landscape.dim);
        return withinField(path, () => covarianceNoise(Sigma));
    },
    withBatch: (spec, batch) => ({
        kind: "covariance",
        Sigma: spec.Sigma.map((row) => row.map((v) => v / batch)),
    }),
};
//# sourceMappingURL=covariance.js.map