import { COVARIANCE } from "./covariance.ts";
import type { NoiseFamily } from "./family.ts";
import { HESSIAN } from "./hessianShaped.ts";
import { ISOTROPIC } from "./isotropic.ts";
import { MINIBATCH } from "./residualMinibatch.ts";
import { STATE_DEPENDENT } from "./stateDependent.ts";

/** The built-in noise families, by `kind`: one line per family (noise/family.ts says what a family is). */
export const NOISE_FAMILIES: readonly NoiseFamily[] = [
  ISOTROPIC,
  COVARIANCE,
  HESSIAN,
  STATE_DEPENDENT,
  MINIBATCH,
];
