/**
 * Exact references on the quadratic landscape f = ½xᵀHx with constant noise covariance Σ (THEORY.md §W, DESIGN.md
 * §5): SGD moment recursions, the OU moments of SME-1 / SME-2 / gradient flow on the SGD time grid, exact Gaussian
 * expectations of the test functions, the resulting weak errors (W1, W2) and the stationary variances (W3).
 * No Monte Carlo anywhere: these are the "theory" side that simulations are compared against.
 *
 * One concept per file; this module is the entry point that gathers them.
 */
export { gaussianCoordinateMean, gaussianCosExpectation, gaussianExpectation, gaussianFourthMoment, gaussianProductMoment, gaussianSecondMoment, } from "./gaussianExpectations.ts";
export { type OuInput, ouEigenMoments, ouModePropagator, ouMomentTrajectory, QUADRATIC_SCHEMES, type QuadraticScheme, type QuadraticSchemeDeclaration, type SchemeTrajectoryInput, schemeDriftMatrix, schemeEigenMoments, schemeModePropagator, schemeMomentTrajectory, } from "./quadraticSde.ts";
export { type Eigenbasis, eigenMomentsFromPropagator, fromEigenbasis, type ModePropagator, type MomentTrajectory, STEP_COUNT_TOLERANCE, stepsForHorizon, toEigenbasis, vectorFromEigenbasis, vectorToEigenbasis, } from "./quadraticSetting.ts";
export { type QuadraticSgdInput, sgdEigenMoments, sgdModePropagator, sgdMomentTrajectory, } from "./quadraticSgd.ts";
export { ouStationaryCovariance, type StationaryCovarianceInput, type StationaryVariance1dInput, sgdStationaryCovariance, sgdStationaryVariance1d, sme1StationaryCovariance, sme1StationaryVariance1d, sme2StationaryCovariance, sme2StationaryVariance1d, } from "./stationaryVariance.ts";
export { assertTestFunction, evaluateTestFunction, type TestFunction, type TestFunctionProjection, testFunctionLabel, testFunctionProjection, } from "./testFunction.ts";
export { type QuadraticWeakErrorInput, type QuadraticWeakErrors, quadraticWeakErrors, type SchemeWeakError, WEAK_ERROR_SCHEMES, } from "./weakError.ts";
//# sourceMappingURL=quadratic.d.ts.map