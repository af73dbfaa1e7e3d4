/**
 * The double well f(x) = x⁴/4 − x²/2 and its relatives: the smallest nonconvex landscapes on which every claim
 * family of THEORY.md has an exact reference (Δf = 1/4, f''(±1) = 2, f''(0) = −1).
 *
 * Kind of the barrier: in 1-D the local maximum x = 0 has one negative Hessian eigenvalue, so it is at the same
 * time a maximum and an index-1 saddle. It is declared "saddle" because that is its role in the theory: the
 * transition state of Eyring–Kramers and the start of Kifer's escape (claims refer to "the saddle"). The
 * signature check (`kindMatches` in criticalPoints.ts) accepts "saddle" for any index-1 point, in any dimension.
 */
import { numberLiteral } from "../codegen/literal.js";
import { FieldError, formatNumber } from "../config/fieldError.js";
/** f(x) = x⁴/4 − x²/2: minima ±1 (f = −1/4), barrier 0 (f = 0). */
export function doubleWell() {
    return {
        name: "double-well",
        dim: 1,
        value(x) {
            const u = x[0];
            const u2 = u * u;
            return 0.25 * u2 * u2 - 0.5 * u2;
        },
        gradient(x, out) {
            const u = x[0];
            out[0] = u * u * u - u;
            return out;
        },
        hessian(x, out) {
            const u = x[0];
            out[0] = 3 * u * u - 1;
            return out;
        },
        criticalPoints: [
            { label: "left well", x: [-1], kind: "minimum" },
            { label: "barrier x=0", x: [0], kind: "saddle" },
            { label: "right well", x: [1], kind: "minimum" },
        ],
        gradientSource: ["(x0*x0*x0 - x0)"],
        spec: { kind: "double-well" },
    };
}
/**
 * f(x, y) = x⁴/4 − x²/2 + k·y²/2: the double well with a transverse direction of curvature k (the d-D
 * Eyring–Kramers prefactor √(|det ∇²f(z)| / det ∇²f(x*)) = √(k/(2k)) tests the transverse curvature).
 * k > 0: minima (±1, 0), saddle (0, 0). k < 0: (±1, 0) become saddles and (0, 0) a maximum. k = 0 is degenerate.
 */
export function doubleWell2D(k) {
    if (!Number.isFinite(k) || k === 0)
        throw new FieldError("k", `must be a finite nonzero number (k = 0 makes every critical point degenerate), got ${k}`);
    const wells = k > 0 ? "minimum" : "saddle";
    return {
        name: `double-well-2d(k=${formatNumber(k)})`,
        dim: 2,
        value(x) {
            const u = x[0];
            const v = x[1];
            const u2 = u * u;
            return 0.25 * u2 * u2 - 0.5 * u2 + 0.5 * k * v * v;
        },
        gradient(x, out) {
            const u = x[0];
            out[0] = u * u * u - u;
            out[1] = k * x[1];
            return out;
        },
        hessian(x, out) {
            const u = x[0];
            out[0] = 3 * u * u - 1;
            out[1] = 0;
            out[2] = 0;
            out[3] = k;
            return out;
        },
        criticalPoints: [
            { label: "left well", x: [-1, 0], kind: wells },
            { label: "saddle", x: [0, 0], kind: k > 0 ? "saddle" : "maximum" },
            { label: "right well", x: [1, 0], kind: wells },
        ],
        gradientSource: ["(x0*x0*x0 - x0)", `${numberLiteral(k)}*x1`],
        spec: { kind: "double-well-2d", k },
    };
}
/** Three real critical points exist iff the discriminant of x³ − x + t is positive: |t| < 2/(3√3). */
export const MAX_TILT = 2 / (3 * Math.sqrt(3));
/**
 * Roots of f'(x) = x³ − x + t, ascending, by the trigonometric method for a depressed cubic x³ + px + q with
 * p = −1, q = t: x_m = 2√(−p/3)·cos(⅓·arccos((3q/2p)·√(−3/p)) − 2πm/3), m = 0, 1, 2. Two Newton steps polish
 * the roots to round-off (the arccos loses accuracy as |t| approaches the fold at 2/(3√3)).
 */
export function tiltedDoubleWellCriticalPoints(tilt) {
    const r = 2 / Math.sqrt(3);
    const theta = Math.acos(Math.max(-1, Math.min(1, (-3 * Math.sqrt(3) * tilt) / 2)));
    const root = (m) => {
        let x = r * Math.cos(theta / 3 - (2 * Math.PI * m) / 3);
        for (let i = 0; i < 2; i++) {
            const fpp = 3 * x * x - 1;
            if (fpp !== 0)
                x -= (x * x * x - x + tilt) / fpp;
        }
        return x;
    };
    // m = 2 gives the smallest root, m = 1 the middle one (|x| < 1/√3, f'' < 0), m = 0 the largest.
    return [root(2), root(1), root(0)];
}
/**
 * f(x) = x⁴/4 − x²/2 + t·x: wells of unequal depth (t > 0 lowers the left well). Used for asymmetric escape:
 * the Arrhenius exponents of the two wells differ, and the barrier moves off 0. Requires |t| < 2/(3√3).
 */
export function tiltedDoubleWell(tilt) {
    if (!Number.isFinite(tilt) || Math.abs(tilt) >= MAX_TILT)
        throw new FieldError("tilt", `must satisfy |tilt| < 2/(3√3) ≈ ${formatNumber(MAX_TILT)} (beyond it one well disappears), got ${tilt}`);
    const [left, barrier, right] = tiltedDoubleWellCriticalPoints(tilt);
    const criticalPoints = [
        { label: "left well", x: [left], kind: "minimum" },
        { label: "barrier", x: [barrier], kind: "saddle" },
        { label: "right well", x: [right], kind: "minimum" },
    ];
    return {
        name: `tilted-double-well(tilt=${formatNumber(tilt)})`,
        dim: 1,
        value(x) {
            const u = x[0];
            const u2 = u * u;
            return 0.25 * u2 * u2 - 0.5 * u2 + tilt * u;
        },
        gradient(x, out) {
            const u = x[0];
            out[0] = u * u * u - u + tilt;
            return out;
        },
        hessian(x, out) {
            const u = x[0];
            out[0] = 3 * u * u - 1;
            return out;
        },
        criticalPoints,
        gradientSource: [`(x0*x0*x0 - x0 + ${numberLiteral(tilt)})`],
        spec: { kind: "tilted-double-well", tilt },
    };
}
//# sourceMappingURL=doubleWell.js.map