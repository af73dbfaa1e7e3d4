/**
 * Bad input is reported as one line naming the field and the problem (DESIGN.md §10), e.g.
 * `landscape.terms[2].p: has 3 exponents, expected dim = 2`. One class serves landscapes, noise and configs, so
 * the CLI has a single `instanceof FieldError` → exit code 2 rule.
 */
export declare class FieldError extends Error {
    readonly name = "FieldError";
    /** Dotted path of the offending field (`landscape.H[1][0]`, `noise.batch`, `criticalPoints[1]`). */
    readonly field: string;
    /** The problem alone, without the field (so an enclosing config can re-prefix it). */
    readonly problem: string;
    constructor(field: string, problem: string);
    /** The same problem seen from an enclosing object: field `H` inside `landscape` becomes `landscape.H`. */
    within(path: string): FieldError;
}
/** The brief and older call sites speak of a LandscapeError; it is the same class. */
export declare const LandscapeError: typeof FieldError;
export type LandscapeError = FieldError;
/** `landscape` + `H[0]` → `landscape.H[0]`; `terms` + `[2]` → `terms[2]`. */
export declare function joinField(path: string, field: string): string;
/** Runs `build`, re-labelling any FieldError it throws as a field of `path`. */
export declare function withinField<T>(path: string, build: () => T): T;
/** Six significant digits: enough to recognise a number in a message, short enough to keep it one line. */
export declare function formatNumber(v: number): string;
/** `(0, 0)` — a point as it appears in messages. */
export declare function formatPoint(x: ArrayLike<number>): string;
/** `-1, 2` — a list of numbers (eigenvalues) as it appears in messages. */
export declare function formatList(x: ArrayLike<number>): string;
//# sourceMappingURL=fieldError.d.ts.map