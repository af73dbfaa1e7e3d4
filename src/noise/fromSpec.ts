/**
 * Noise model from JSON (configs, reports). Problems are one-line FieldErrors naming the field
 * (`noise.Sigma: is 3×3, expected 2×2 (the landscape dimension)`), like landscapes (DESIGN.md §10).
 */
import { FieldError, joinField, withinField } from "../config/fieldError.ts";
import {
  describeValue,
  readNumber,
  readObject,
  readPositiveInteger,
  readPositiveNumber,
  readSquareMatrix,
  readVector,
  rejectUnknownKeys,
} from "../config/readers.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import { covarianceNoise } from "./covariance.ts";
import { hessianShapedNoise } from "./hessianShaped.ts";
import { isotropicNoise } from "./isotropic.ts";
import type { NoiseModel, NoiseSpec } from "./noise.ts";
import { residualMinibatchNoise } from "./residualMinibatch.ts";
import { stateDependentNoise } from "./stateDependent.ts";

export const NOISE_KINDS = [
  "isotropic",
  "covariance",
  "hessian",
  "state-dependent",
  "minibatch",
] as const satisfies readonly NoiseSpec["kind"][];

/**
 * Builds the noise a spec describes for `landscape` (whose dimension the noise must have). σ must be > 0 in a
 * config: every claim that takes a noise spec needs noise (zero noise is the GD control, built in code).
 */
export function noiseFromSpec(spec: unknown, landscape: Landscape, path = "noise"): NoiseModel {
  const obj = readObject(spec, path);
  const kind = obj.kind;
  const fields = (...allowed: string[]) => rejectUnknownKeys(obj, ["kind", ...allowed], path);
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
      const center =
        obj.center === undefined
          ? undefined
          : readVector(obj.center, joinField(path, "center"), landscape.dim);
      return stateDependentNoise(landscape.dim, sigma, kappa, center);
    }
    case "minibatch":
      fields("dataset", "batch", "sampling");
      return residualMinibatchNoise(obj, landscape, path);
    default:
      throw new FieldError(
        joinField(path, "kind"),
        typeof kind === "string"
          ? `unknown kind "${kind}" (expected ${NOISE_KINDS.join(", ")})`
          : `expected one of ${NOISE_KINDS.join(", ")}, got ${describeValue(kind)}`,
      );
  }
}
