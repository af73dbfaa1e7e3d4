/** A short description of a bad value for messages: `got "2"`, `got 2.5`, `got an array`. */
export declare function describeValue(v: unknown): string;
export declare function readObject(v: unknown, field: string): Record<string, unknown>;
/** Typos in configs (`"tilit"`) would otherwise silently fall back to defaults; reject them. */
export declare function rejectUnknownKeys(obj: Record<string, unknown>, allowed: readonly string[], field: string): void;
export declare function readString(v: unknown, field: string): string;
export declare function readFiniteNumber(v: unknown, field: string): number;
export declare function readPositiveNumber(v: unknown, field: string): number;
export declare function readPositiveInteger(v: unknown, field: string): number;
export declare function readNonNegativeInteger(v: unknown, field: string): number;
/** A vector of finite numbers; with `length`, also its length (`has 3 entries, expected dim = 2`). */
export declare function readVector(v: unknown, field: string, length?: number): number[];
/** A non-empty square matrix of finite numbers; with `size`, also its size (landscape dimension). */
export declare function readSquareMatrix(v: unknown, field: string, size?: number): number[][];
/** Where two entries of a (meant to be) symmetric matrix disagree most, or undefined if within round-off. */
export declare function asymmetry(A: number[][], tol?: number): string | undefined;
/** An object with only the `allowed` keys; a typo is named as its own field (`etaz: unknown field …`). */
export declare function readStrictObject(v: unknown, field: string, allowed: readonly string[]): Record<string, unknown>;
export interface NumberRule {
    /** Inclusive bounds unless `exclusiveMin`/`exclusiveMax`. */
    min?: number;
    max?: number;
    exclusiveMin?: boolean;
    exclusiveMax?: boolean;
    integer?: boolean;
}
/** A finite number within `rule` (η > 0, a coordinate index in [0, d − 1], …). */
export declare function readNumber(v: unknown, field: string, rule?: NumberRule): number;
export declare function readChoice<T extends string>(v: unknown, field: string, options: readonly T[]): T;
export declare function readArray<T>(v: unknown, field: string, item: (x: unknown, f: string) => T, { minLength, maxLength }?: {
    minLength?: number;
    maxLength?: number;
}): T[];
/** Step sizes: positive, finite, strictly decreasing (a grid towards η → 0), at least `minLength` of them. */
export declare function readEtaGrid(v: unknown, field: string, minLength?: number): number[];
/**
 * Deep merge for config layers (claim defaults ← budget overrides ← user file). Objects merge key by key;
 * arrays and scalars replace (an η grid is replaced, never concatenated).
 */
export declare function deepMerge(base: unknown, over: unknown): unknown;
//# sourceMappingURL=readers.d.ts.map