/**
 * The double well f(x) = x⁴/4 − x²/2 and its relatives: the smallest nonconvex landscapes on which every claim
 * family of THEORY.md has an exact reference (Δf = 1/4, f''(±1) = 2, f''(0) = −1).
 *
 * Kind of the barrier: in 1-D the local maximum x = 0 has one negative Hessian eigenvalue, so it is at the same
 * time a maximum and an index-1 saddle. It is declared "saddle" because that is its role in the theory: the
 * transition state of Eyring–Kramers and the start of Kifer's escape (claims refer to "the saddle"). The
 * signature check (`kindMatches` in criticalPoints.ts) accepts "saddle" for any index-1 point, in any dimension.
 */
import type { Landscape } from "./landscape.ts";
/** f(x) = x⁴/4 − x²/2: minima ±1 (f = −1/4), barrier 0 (f = 0). */
export declare function doubleWell(): Landscape;
/**
 * f(x, y) = x⁴/4 − x²/2 + k·y²/2: the double well with a transverse direction of curvature k (the d-D
 * Eyring–Kramers prefactor √(|det ∇²f(z)| / det ∇²f(x*)) = √(k/(2k)) tests the transverse curvature).
 * k > 0: minima (±1, 0), saddle (0, 0). k < 0: (±1, 0) become saddles and (0, 0) a maximum. k = 0 is degenerate.
 */
export declare function doubleWell2D(k: number): Landscape;
/** Three real critical points exist iff the discriminant of x³ − x + t is positive: |t| < 2/(3√3). */
export declare const MAX_TILT: number;
/**
 * Roots of f'(x) = x³ − x + t, ascending, by the trigonometric method for a depressed cubic x³ + px + q with
 * p = −1, q = t: x_m = 2√(−p/3)·cos(⅓·arccos((3q/2p)·√(−3/p)) − 2πm/3), m = 0, 1, 2. Two Newton steps polish
 * the roots to round-off (the arccos loses accuracy as |t| approaches the fold at 2/(3√3)).
 */
export declare function tiltedDoubleWellCriticalPoints(tilt: number): [number, number, number];
/**
 * f(x) = x⁴/4 − x²/2 + t·x: wells of unequal depth (t > 0 lowers the left well). Used for asymmetric escape:
 * the Arrhenius exponents of the two wells differ, and the barrier moves off 0. Requires |t| < 2/(3√3).
 */
export declare function tiltedDoubleWell(tilt: number): Landscape;
//# sourceMappingURL=doubleWell.d.ts.map