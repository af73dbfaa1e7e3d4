/**
 * Number formatting for report tables. Every number a reader sees in `<ID>.md` or `index.md` goes through
 * here, so a table never mixes "0.30000000000000004" with "3e-1".
 */
/** Shown for a missing value (null, undefined, NaN). */
export declare const MISSING = "\u2014";
/**
 * `x` to `digits` significant digits (default 4). Scientific for |x| < 1e-3 or |x| ≥ 1e5, plain otherwise;
 * "—" for null/undefined/NaN, "∞"/"-∞" for infinities. Trailing zeros are dropped ("0.5", not "0.5000").
 */
export declare function fmt(x: number | null | undefined, digits?: number): string;
/** A count (n, censored): exact integer up to 1e15, else as `fmt`. */
export declare function fmtCount(x: number | null | undefined): string;
/** A closed interval "[lo, hi]" with both ends through `fmt`. */
export declare function fmtInterval(interval: readonly [number, number] | null | undefined, digits?: number): string;
/**
 * A significance level: 3 significant digits, plain down to 1e-4 (α = 0.05/12 → "0.00417"), scientific
 * below (Bonferroni splits of small family α reach 1e-6 and "0.000001" is hard to read).
 */
export declare function fmtAlpha(alpha: number | null | undefined): string;
/** Wall-clock seconds: 0.12, 3.45, 12.3, 1234. */
export declare function fmtSeconds(s: number | null | undefined): string;
//# sourceMappingURL=format.d.ts.map