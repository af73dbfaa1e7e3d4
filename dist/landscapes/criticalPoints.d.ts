/**
 * Checking what a landscape declares about its critical points (diffrax's "declare, then test the
 * declaration"): Newton refinement proves a declared point is (near) a zero of ∇f, and the Hessian signature
 * proves its kind. Claims rely on this: Arrhenius needs a true minimum, Kifer a hyperbolic saddle.
 */
import type { CriticalKind, Landscape } from "./landscape.ts";
export interface RefinedCriticalPoint {
    x: number[];
    /** |∇f| at the refined point. */
    gradientNorm: number;
    /** Newton reached |∇f| ≤ tol, or a step at round-off level (a fixed point of the iteration). */
    converged: boolean;
    iterations: number;
}
/**
 * Newton's method on ∇f(x) = 0 with the exact Hessian. Quadratic convergence means a correct declaration
 * (accurate to a few digits) reaches round-off in a handful of steps, while a wrong one wanders off — which
 * `verifyCriticalPoints` detects by the distance moved.
 */
export declare function refineCriticalPoint(f: Landscape, x0: ArrayLike<number>, { tol, maxIter }?: {
    tol?: number;
    maxIter?: number;
}): RefinedCriticalPoint;
export interface HessianSignature {
    /** Eigenvalues of ∇²f(x), ascending. */
    eigenvalues: number[];
    negative: number;
    positive: number;
    /** Eigenvalues with |λ| ≤ 1e-9·max|λ| (all of them if ∇²f(x) = 0): the point is not hyperbolic. */
    zero: number;
}
export declare function hessianSignature(f: Landscape, x: ArrayLike<number>): HessianSignature;
/**
 * The kind of a nondegenerate critical point from its signature. Index-1 points are "saddle" in every
 * dimension, including the 1-D barrier that is also a local maximum: it is the transition state of the escape
 * theory. "maximum" is reserved for index ≥ 2 with no positive direction.
 */
export declare function classify(sig: HessianSignature): CriticalKind | "degenerate";
/**
 * Whether a declared kind agrees with a signature. A 1-D barrier (one negative eigenvalue, nothing else) may be
 * declared either "saddle" (its role) or "maximum" (its shape); otherwise the kind must match `classify`.
 */
export declare function kindMatches(declared: CriticalKind, sig: HessianSignature): boolean;
export interface VerifiedCriticalPoint {
    label: string;
    kind: CriticalKind;
    /** Newton-refined location (what references should use: declarations may be rounded). */
    x: number[];
    gradientNorm: number;
    signature: HessianSignature;
}
/**
 * Verifies every declared critical point of `f`; throws a FieldError naming `criticalPoints[i]` on the first
 * that is not a nondegenerate critical point of the declared kind. Returns the refined points.
 */
export declare function verifyCriticalPoints(f: Landscape): VerifiedCriticalPoint[];
//# sourceMappingURL=criticalPoints.d.ts.map