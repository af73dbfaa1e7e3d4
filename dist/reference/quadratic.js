/**
 * Exact references on the quadratic landscape f = ½xᵀHx with constant noise covariance Σ (THEORY.md §W, DESIGN.md
 * §5): SGD moment recursions, the OU moments of SME-1 / SME-2 / gradient flow on the SGD time grid, exact Gaussian
 * expectations of the test functions, the resulting weak errors (W1, W2) and the stationary variances (W3).
 * No Monte Carlo anywhere: these are the "theory" side that simulations are compared against.
 *
 * One concept per file; this module is the entry point that gathers them.
 */
export { gaussianCoordinateMean, gaussianCosExpectation, gaussianExpectation, gaussianFourthMoment, gaussianProductMoment, gaussianSecondMoment, } from "./gaussianExpectations.js";
export { ouEigenMoments, ouModePropagator, ouMomentTrajectory, QUADRATIC_SCHEMES, schemeDriftMatrix, schemeEigenMoments, schemeModePropagator, schemeMomentTrajectory, } from "./quadraticSde.js";
export { eigenMomentsFromPropagator, fromEigenbasis, STEP_COUNT_TOLERANCE, stepsForHorizon, toEigenbasis, vectorFromEigenbasis, vectorToEigenbasis, } from "./quadraticSetting.js";
export { sgdEigenMoments, sgdModePropagator, sgdMomentTrajectory, } from "./quadraticSgd.js";
export { ouStationaryCovariance, sgdStationaryCovariance, sgdStationaryVariance1d, sme1StationaryCovariance, sme1StationaryVariance1d, sme2StationaryCovariance, sme2StationaryVariance1d, } from "./stationaryVariance.js";
export { assertTestFunction, evaluateTestFunction, testFunctionLabel, testFunctionProjection, } from "./testFunction.js";
export { quadraticWeakErrors, WEAK_ERROR_SCHEMES, } from "./weakError.js";
//# sourceMappingURL=quadratic.js.map