/** Public API of noise/: the NoiseModel interface, noise families, minibatch moments and sampler. */
export { COVARIANCE, covarianceNoise } from "./covariance.ts";
export { NOISE_FAMILIES } from "./families.ts";
export type { NoiseFamily } from "./family.ts";
export { NOISE_KINDS, noiseFamilyOf, noiseFromSpec } from "./fromSpec.ts";
export { constantFactorFragment, stateDependentFactorFragment } from "./gaussianFragment.ts";
export { HESSIAN, hessianShapedNoise } from "./hessianShaped.ts";
export { ISOTROPIC, isotropicNoise } from "./isotropic.ts";
export {
  enumeratedMinibatchMoments,
  MINIBATCH_SAMPLINGS,
  type MinibatchSampling,
  minibatchCovarianceFactor,
  minibatchMeanGradient,
  minibatchSampler,
  populationMoments,
  predictedMinibatchMoments,
} from "./minibatch.ts";
export type { NoiseModel, NoiseProperties, NoiseSpec } from "./noise.ts";
export { MINIBATCH } from "./residualMinibatch.ts";
export { STATE_DEPENDENT, stateDependentNoise } from "./stateDependent.ts";
