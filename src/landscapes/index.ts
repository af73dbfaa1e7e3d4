/** Public API of landscapes/: the Landscape interface, the built-in families, JSON specs, critical points. */
export { classify, hessianSignature, refineCriticalPoint, verifyCriticalPoints } from "./criticalPoints.ts";
export { doubleWell, doubleWell2D, tiltedDoubleWell } from "./doubleWell.ts";
export { type ExitSet, exitSetDim, hasExited } from "./exitSet.ts";
export { LANDSCAPE_KINDS, landscapeFromSpec } from "./fromSpec.ts";
export type { CriticalKind, CriticalPoint, Landscape, LandscapeSpec } from "./landscape.ts";
export { moduleLandscape } from "./modules.ts";
export { type PolynomialSpec, parsePolynomialJson, polynomial } from "./polynomial.ts";
export { quadratic } from "./quadratic.ts";
