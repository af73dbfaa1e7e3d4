/**
 * Noise model from JSON (configs, reports). Problems are one-line FieldErrors naming the field
 * (`noise.Sigma: is 3×3, expected 2×2 (the landscape dimension)`), like landscapes (DESIGN.md §10).
 */
import { FieldError, joinField, withinField } from "../config/fieldError.js";
import { describeValue, readNumber, readObject, readPositiveInteger, readPositiveNumber, readSquareMatrix, readVector, rejectUnknownKeys, } from "../config/readers.js";
import { covarianceNoise } from "./covariance.js";
import { hessianShapedNoise } from "./hessianShaped.js";
import { isotropicNoise } from "./isotropic.js";
import { residualMinibatchNoise } from "./residualMinibatch.js";
import { stateDependentNoise } from "./stateDependent.js";
export const NOISE_KINDS = [
    "isotropic",
    "covariance",
    "hessian",
    "state-dependent",
    "minibatch",
];
/**
 * Builds the noise a spec describes for `landscape` (whose dimension the noise must have). σ must be > 0 in a
 * config: every claim that takes a noise spec needs noise (zero noise is the GD control, built in code).
 */
export function noiseFromSpec(spec, landscape, path = "noise") {
    const obj = readObject(spec, path);
    const kind = obj.kind;
    const fields = (...allowed) => rejectUnknownKeys(obj, ["kind", ...allowed], path);
    switch (kind) {
        case "isotropic": {
            fields("sigma");
            const sigma = readPositiveNumber(obj.sigma, joinField(path, "sigma"));
            return isotropicNoise(landscape.dim, sigma);
        }
        case "covariance": {
            fields("Sigma");
            const Sigma = readSquareMatrix(obj.Sigma, joinField(path, "Sigma"), landscape.dim);
            return withinField(path, () => covarianceNoise(Sigma));
        }
        case "hessian": {
            fields("c", "batch");
            const c = readPositiveNumber(obj.c, joinField(path, "c"));
            const batch = readPositiveInteger(obj.batch, joinField(path, "batch"));
            return hessianShapedNoise(landscape, c, batch);
        }
        case "state-dependent": {
            fields("sigma", "kappa", "center");
            const sigma = readPositiveNumber(obj.sigma, joinField(path, "sigma"));
            const kappa = readNumber(obj.kappa, joinField(path, "kappa"), { min: 0 });
            const center = obj.center === undefined
                ? undefined
                : readVector(obj.center, joinField(path, "center"), landscape.dim);
            return stateDependentNoise(landscape.dim, sigma, kappa, center);
        }
        case "minibatch":
            fields("dataset", "batch", "sampling");
            return residualMinibatchNoise(obj, landscape, path);
        default:
            throw new FieldError(joinField(path, "kind"), typeof kind === "string"
                ? `unknown kind "${kind}" (expected ${NOISE_KINDS.join(", ")})`
                : `expected one of ${NOISE_KINDS.join(", ")}, got ${describeValue(kind)}`);
    }
}
//# sourceMappingURL=fromSpec.js.map