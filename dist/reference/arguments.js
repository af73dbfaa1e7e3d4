/**
 * Argument checks shared by the exact references (quadratic recursions, exit times, saddle formulas). Every
 * reference is a long computation whose inputs are plain numbers, matrices and functions, so a bad input (η ≤ 0, a start outside the interval, a drift that returns NaN) is
 * rejected up front with a one-line message naming the argument, instead of surfacing later as a NaN time.
 */
import { isSquare, isSymmetric, symmetricEigen } from "../linalg/dense.js";
export function assertFinite(name, value) {
    if (typeof value !== "number" || !Number.isFinite(value))
        throw new Error(`${name} must be a finite number (got ${value})`);
}
/** A resolution parameter (panel or node count): an integer ≥ `min`. */
export function assertCount(name, value, min) {
    if (!Number.isInteger(value) || value < min)
        throw new Error(`${name} must be an integer ≥ ${min} (got ${value})`);
}
export function assertFunction(name, value) {
    if (typeof value !== "function")
        throw new Error(`${name} must be a function of one number`);
}
/** lower < upper, both finite. */
export function assertInterval(lowerName, lower, upperName, upper) {
    assertFinite(lowerName, lower);
    assertFinite(upperName, upper);
    if (!(lower < upper))
        throw new Error(`${lowerName} (${lower}) must be < ${upperName} (${upper})`);
}
/** A user function's value at x must be finite (and > 0 when `positive`); names the function and the point. */
export function checkedValue(name, fn, x, positive = false) {
    const v = fn(x);
    if (typeof v !== "number" || !Number.isFinite(v) || (positive && v <= 0))
        throw new Error(`${name}(${x}) must be a finite number${positive ? " > 0" : ""} (got ${v})`);
    return v;
}
export function assertFinitePositive(name, value) {
    if (!Number.isFinite(value) || value <= 0)
        throw new Error(`${name} must be a finite number > 0 (got ${value})`);
}
export function assertSymmetricMatrix(name, M, dim) {
    if (M.length === 0 || !isSquare(M))
        throw new Error(`${name} must be a non-empty square matrix`);
    if (dim !== undefined && M.length !== dim)
        throw new Error(`${name} must be ${dim}×${dim} (got ${M.length}×${M.length})`);
    if (!M.every((row) => row.every(Number.isFinite)))
        throw new Error(`${name} has a non-finite entry`);
    if (!isSymmetric(M, 1e-10))
        throw new Error(`${name} must be symmetric`);
}
/** Σ must be a covariance: symmetric with eigenvalues ≥ 0 up to round-off. */
export function assertCovariance(name, M, dim) {
    assertSymmetricMatrix(name, M, dim);
    const { values } = symmetricEigen(M);
    const scale = Math.max(1e-300, ...values.map(Math.abs));
    const lowest = values[0];
    if (lowest < -1e-12 * scale)
        throw new Error(`${name} must be positive semi-definite (smallest eigenvalue ${lowest})`);
}
export function assertVector(name, x, dim) {
    if (x.length !== dim)
        throw new Error(`${name} must have length ${dim} (got ${x.length})`);
    if (!x.every(Number.isFinite))
        throw new Error(`${name} has a non-finite entry`);
}
//# sourceMappingURL=arguments.js.map