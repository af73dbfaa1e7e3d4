/**
 * Bad input is reported as one line naming the field and the problem (DESIGN.md §10), e.g.
 * `landscape.terms[2].p: has 3 exponents, expected dim = 2`. One class serves landscapes, noise and configs, so
 * the CLI has a single `instanceof FieldError` → exit code 2 rule.
 */
export class FieldError extends Error {
    name = "FieldError";
    /** Dotted path of the offending field (`landscape.H[1][0]`, `noise.batch`, `criticalPoints[1]`). */
    field;
    /** The problem alone, without the field (so an enclosing config can re-prefix it). */
    problem;
    constructor(field, problem) {
        super(field === "" ? problem : `${field}: ${problem}`);
        this.field = field;
        this.problem = problem;
    }
    /** The same problem seen from an enclosing object: field `H` inside `landscape` becomes `landscape.H`. */
    within(path) {
        return new FieldError(joinField(path, this.field), this.problem);
    }
}
/** The brief and older call sites speak of a LandscapeError; it is the same class. */
export const LandscapeError = FieldError;
/** `landscape` + `H[0]` → `landscape.H[0]`; `terms` + `[2]` → `terms[2]`. */
export function joinField(path, field) {
    if (path === "")
        return field;
    if (field === "")
        return path;
    return field.startsWith("[") ? `${path}${field}` : `${path}.${field}`;
}
/** Runs `build`, re-labelling any FieldError it throws as a field of `path`. */
export function withinField(path, build) {
    try {
        return build();
    }
    catch (e) {
        if (e instanceof FieldError)
            throw e.within(path);
        throw e;
    }
}
/** Six significant digits: enough to recognise a number in a message, short enough to keep it one line. */
export function formatNumber(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v);
}
/** `(0, 0)` — a point as it appears in messages. */
export function formatPoint(x) {
    return `(${formatList(x)})`;
}
/** `-1, 2` — a list of numbers (eigenvalues) as it appears in messages. */
export function formatList(x) {
    return Array.from(x, formatNumber).join(", ");
}
//# sourceMappingURL=fieldError.js.map