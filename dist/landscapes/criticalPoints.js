/**
 * Checking what a landscape declares about its critical points (diffrax's "declare, then test the
 * declaration"): Newton refinement proves a declared point is (near) a zero of ∇f, and the Hessian signature
 * proves its kind. Claims rely on this: Arrhenius needs a true minimum, Kifer a hyperbolic saddle.
 */
import { FieldError, formatList, formatNumber, formatPoint } from "../config/fieldError.js";
import { norm, solve, symmetricEigen, unflatten } from "../linalg/dense.js";
/**
 * Newton's method on ∇f(x) = 0 with the exact Hessian. Quadratic convergence means a correct declaration
 * (accurate to a few digits) reaches round-off in a handful of steps, while a wrong one wanders off — which
 * `verifyCriticalPoints` detects by the distance moved.
 */
export function refineCriticalPoint(f, x0, { tol = 1e-12, maxIter = 50 } = {}) {
    const d = f.dim;
    let x = Array.from(x0);
    const g = new Float64Array(d);
    const h = new Float64Array(d * d);
    let gradientNorm = norm(f.gradient(x, g));
    for (let iter = 0; iter < maxIter; iter++) {
        if (gradientNorm <= tol)
            return { x, gradientNorm, converged: true, iterations: iter };
        let step;
        try {
            step = solve(unflatten(f.hessian(x, h), d), Array.from(g));
        }
        catch {
            // Singular Hessian: Newton is undefined here; the point cannot be certified.
            return { x, gradientNorm, converged: false, iterations: iter };
        }
        const next = x.map((xi, i) => xi - step[i]);
        const nextNorm = norm(f.gradient(next, g));
        if (!Number.isFinite(nextNorm))
            return { x, gradientNorm, converged: false, iterations: iter };
        // A step at round-off level: ∇f is as small as floating point allows near this point.
        const stalled = norm(step) <= 1e-14 * Math.max(1, norm(x));
        x = next;
        gradientNorm = nextNorm;
        if (stalled)
            return { x, gradientNorm, converged: true, iterations: iter + 1 };
    }
    return { x, gradientNorm, converged: gradientNorm <= tol, iterations: maxIter };
}
/** Relative size below which an eigenvalue is treated as zero (round-off in the Hessian is ~1e-16 relative). */
const ZERO_EIGENVALUE_RELATIVE = 1e-9;
export function hessianSignature(f, x) {
    const d = f.dim;
    const { values } = symmetricEigen(unflatten(f.hessian(x, new Float64Array(d * d)), d));
    const threshold = ZERO_EIGENVALUE_RELATIVE * Math.max(0, ...values.map(Math.abs));
    let negative = 0;
    let positive = 0;
    let zero = 0;
    for (const l of values) {
        if (Math.abs(l) <= threshold)
            zero++;
        else if (l < 0)
            negative++;
        else
            positive++;
    }
    return { eigenvalues: values, negative, positive, zero };
}
/**
 * The kind of a nondegenerate critical point from its signature. Index-1 points are "saddle" in every
 * dimension, including the 1-D barrier that is also a local maximum: it is the transition state of the escape
 * theory. "maximum" is reserved for index ≥ 2 with no positive direction.
 */
export function classify(sig) {
    if (sig.zero > 0)
        return "degenerate";
    if (sig.negative === 0)
        return "minimum";
    if (sig.positive > 0 || sig.negative === 1)
        return "saddle";
    return "maximum";
}
/**
 * Whether a declared kind agrees with a signature. A 1-D barrier (one negative eigenvalue, nothing else) may be
 * declared either "saddle" (its role) or "maximum" (its shape); otherwise the kind must match `classify`.
 */
export function kindMatches(declared, sig) {
    if (sig.zero > 0)
        return false;
    switch (declared) {
        case "minimum":
            return sig.negative === 0;
        case "maximum":
            return sig.positive === 0;
        case "saddle":
            return sig.negative >= 1 && (sig.positive >= 1 || sig.negative === 1);
    }
}
/** A declared point may be off by round-off of its decimal form, not by more (relative to max(1, |x|)). */
const MAX_RELATIVE_MOVE = 1e-6;
/** |∇f| after refinement: round-off level for the O(1)-scaled landscapes of this suite. */
const MAX_GRADIENT_NORM = 1e-8;
/**
 * Verifies every declared critical point of `f`; throws a FieldError naming `criticalPoints[i]` on the first
 * that is not a nondegenerate critical point of the declared kind. Returns the refined points.
 */
export function verifyCriticalPoints(f) {
    return f.criticalPoints.map((cp, i) => {
        const field = `criticalPoints[${i}]`;
        const at = `declared ${cp.kind} at ${formatPoint(cp.x)}`;
        if (cp.x.length !== f.dim)
            throw new FieldError(`${field}.x`, `has ${cp.x.length} entries, expected dim = ${f.dim}`);
        const refined = refineCriticalPoint(f, cp.x);
        const moved = norm(refined.x.map((xi, k) => xi - cp.x[k]));
        if (!refined.converged || refined.gradientNorm >= MAX_GRADIENT_NORM)
            throw new FieldError(field, `${at} is not a critical point: Newton refinement did not converge (|∇f| = ${formatNumber(refined.gradientNorm)})`);
        if (moved >= MAX_RELATIVE_MOVE * Math.max(1, norm(cp.x)))
            throw new FieldError(field, `${at} is not a critical point: the nearest one is at ${formatPoint(refined.x)}, ${formatNumber(moved)} away`);
        const signature = hessianSignature(f, refined.x);
        if (!kindMatches(cp.kind, signature)) {
            const actual = classify(signature);
            const article = actual === "degenerate" ? "a degenerate critical point" : `a ${actual}`;
            throw new FieldError(field, `${at} is ${article} (Hessian eigenvalues ${formatList(signature.eigenvalues)})`);
        }
        return { label: cp.label, kind: cp.kind, x: refined.x, gradientNorm: refined.gradientNorm, signature };
    });
}
//# sourceMappingURL=criticalPoints.js.map