/** Public API of simulate/: the compiled SGD and exit kernels, coupled SGD/SDE paths, the SDE models. */
export { type CoupledOptions, type CoupledResult, coupledPaths } from "./coupledPaths.ts";
export { type ExitKernel, exitKernel } from "./exitKernel.ts";
export { SDE_INTEGRATORS, SDE_MODELS, type SdeIntegrator, type SdeModel } from "./sdeSchemes.ts";
export { type SgdKernel, sgdKernel } from "./sgdKernel.ts";
