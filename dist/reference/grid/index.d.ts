/**
 * Deterministic 1-D references for the weak error on nonlinear landscapes (THEORY.md §W, "Nonlinear 1-D"): SGD
 * with Gaussian or discrete noise, SME-1, SME-2 and gradient flow, each propagated exactly on a Chebyshev grid, so
 * that the weak error is the difference of two deterministic numbers — no Monte Carlo. Entry points:
 * gridWeakErrors (one η, with an optional grid-error estimate) and gridWeakErrorSweep (an η grid).
 *
 * One concept per file; this module gathers them.
 */
export { type ChebyshevGrid, chebyshevGrid, differentiationMatrices, interpolationRow, nodeDifference, normalizedCoordinate, } from "./chebyshevGrid.ts";
export { DEFAULT_MIN_WEIGHT, gaussHermiteRule, type QuadratureRule } from "./gaussHermite.ts";
export { DEFAULT_FLOW_STEP, gradientFlowPath } from "./gradientFlow.ts";
export { DEFAULT_CORE_FRACTION, DEFAULT_CORE_WIDTH, type DomainInput, domainViolations, type GridDomain, gridDomain, linearizedCore, } from "./gridDomain.ts";
export { assertGridTestFunction, type CustomTestFunction, cosine, evaluateGridTestFunction, type GridTestFunction, gridTestFunctionLabel, X, X_FOURTH, X_SQUARED, } from "./gridTestFunction.ts";
export { type GridWeakErrorSweep, gridWeakErrorSweep } from "./gridWeakErrorSweep.ts";
export { DEFAULT_DEGREE, DEFAULT_QUADRATURE_NODES, type GridErrorEstimate, type GridResolution, type GridResolutionUsed, type GridSchemeErrors, type GridWeakErrorInput, type GridWeakErrors, gridWeakErrors, REFINEMENT, } from "./gridWeakErrors.ts";
export { type MatrixExponential, matrixExponential } from "./matrixExponential.ts";
export { assertNoiseLaw, GAUSSIAN_NOISE, NOISE_MOMENT_TOLERANCE, type NoiseLaw1d, noiseMoment, noiseQuadrature, rademacherNoise, standardizedDiscreteNoise, } from "./noiseLaw.ts";
export { diffusionTaper, type SdeStepOperator, scaledSdeGenerator, sdeStepOperator, taperExponent, } from "./sdeSemigroup.ts";
export { GRID_SCHEME_DECLARATIONS, GRID_SCHEMES, type GridScheme, type GridSchemeDeclaration, type Landscape1d, landscape1d, type NoiseScale, noiseScaleFunction, } from "./setting1d.ts";
export { sgdTransitionMatrix } from "./sgdTransition.ts";
export { type FlatMatrix, identityFlat, multiplyInto, norm1, rowTimesInto, solveInPlace, } from "./squareMatrix.ts";
//# sourceMappingURL=index.d.ts.map