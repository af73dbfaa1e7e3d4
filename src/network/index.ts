/**
 * Public API of network/: the MLP of claims B6–B8 (exact gradients and Hessian-vector products), SGD training,
 * λ_max by Lanczos, Σ₁ against H, and the iris data from its npm package, for checking a batch-size claim on
 * your own network runs.
 */
export { type ClassificationDataset, classificationDataset, loadIris } from "../datasets/iris.ts";
export { lanczosTop, type TopEigen } from "../linalg/lanczos.ts";
export { type ClassificationData, Mlp, type MlpShape, mlpLayout, mlpParameterCount } from "./mlp.ts";
export {
  bootstrapNoiseCurvature,
  type NoiseCurvature,
  noiseCurvatureSamples,
  weightedNoiseCurvature,
} from "./noiseCurvature.ts";
export {
  type EscapeWatch,
  gradientDescent,
  initialParameters,
  sgdTrain,
  sharpness,
  type TrainingPhase,
} from "./training.ts";
