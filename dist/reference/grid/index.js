/**
 * Deterministic 1-D references for the weak error on nonlinear landscapes (THEORY.md §W, "Nonlinear 1-D"): SGD
 * with Gaussian or discrete noise, SME-1, SME-2 and gradient flow, each propagated exactly on a Chebyshev grid, so
 * that the weak error is the difference of two deterministic numbers — no Monte Carlo. Entry points:
 * gridWeakErrors (one η, with an optional grid-error estimate) and gridWeakErrorSweep (an η grid).
 *
 * One concept per file; this module gathers them.
 */
export { chebyshevGrid, differentiationMatrices, interpolationRow, nodeDifference, normalizedCoordinate, } from "./chebyshevGrid.js";
export { DEFAULT_MIN_WEIGHT, gaussHermiteRule } from "./gaussHermite.js";
export { DEFAULT_FLOW_STEP, gradientFlowPath } from "./gradientFlow.js";
export { DEFAULT_CORE_FRACTION, DEFAULT_CORE_WIDTH, domainViolations, gridDomain, linearizedCore, } from "./gridDomain.js";
export { assertGridTestFunction, cosine, evaluateGridTestFunction, gridTestFunctionLabel, X, X_FOURTH, X_SQUARED, } from "./gridTestFunction.js";
export { gridWeakErrorSweep } from "./gridWeakErrorSweep.js";
export { DEFAULT_DEGREE, DEFAULT_QUADRATURE_NODES, gridWeakErrors, REFINEMENT, } from "./gridWeakErrors.js";
export { matrixExponential } from "./matrixExponential.js";
export { assertNoiseLaw, GAUSSIAN_NOISE, NOISE_MOMENT_TOLERANCE, noiseMoment, noiseQuadrature, rademacherNoise, standardizedDiscreteNoise, } from "./noiseLaw.js";
export { diffusionTaper, scaledSdeGenerator, sdeStepOperator, taperExponent, } from "./sdeSemigroup.js";
export { GRID_SCHEME_DECLARATIONS, GRID_SCHEMES, landscape1d, noiseScaleFunction, } from "./setting1d.js";
export { sgdTransitionMatrix } from "./sgdTransition.js";
export { identityFlat, multiplyInto, norm1, rowTimesInto, solveInPlace, } from "./squareMatrix.js";
//# sourceMappingURL=index.js.map