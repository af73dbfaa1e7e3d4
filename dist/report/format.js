/**
 * Number formatting for report tables. Every number a reader sees in `<ID>.md` or `index.md` goes through
 * here, so a table never mixes "0.30000000000000004" with "3e-1".
 */
/** Shown for a missing value (null, undefined, NaN). */
export const MISSING = "—";
/** Mantissa digits without trailing zeros: "1.200" → "1.2", "3.000" → "3". */
function trimMantissa(m) {
    return m.includes(".") ? m.replace(/0+$/, "").replace(/\.$/, "") : m;
}
/** `x` in scientific notation with `digits` significant digits: 1.235e-4, -2e5 (no "+", no trailing zeros). */
function scientific(x, digits) {
    const [mantissa = "", exponent = "0"] = x.toExponential(digits - 1).split("e");
    return `${trimMantissa(mantissa)}e${Number(exponent)}`;
}
/**
 * `x` to `digits` significant digits (default 4). Scientific for |x| < 1e-3 or |x| ≥ 1e5, plain otherwise;
 * "—" for null/undefined/NaN, "∞"/"-∞" for infinities. Trailing zeros are dropped ("0.5", not "0.5000").
 */
export function fmt(x, digits = 4) {
    if (x === null || x === undefined || Number.isNaN(x))
        return MISSING;
    if (x === Number.POSITIVE_INFINITY)
        return "∞";
    if (x === Number.NEGATIVE_INFINITY)
        return "-∞";
    if (x === 0)
        return "0";
    const ax = Math.abs(x);
    // Rounding can carry across the threshold (99999.7 → 1.000e5), so decide on the rounded value.
    const rounded = Number(x.toPrecision(digits));
    const ar = Math.abs(rounded);
    if (ax < 1e-3 || ar >= 1e5)
        return scientific(x, digits);
    return trimMantissa(rounded.toFixed(Math.max(0, digits - 1 - Math.floor(Math.log10(ar)))));
}
/** A count (n, censored): exact integer up to 1e15, else as `fmt`. */
export function fmtCount(x) {
    if (x === null || x === undefined || Number.isNaN(x))
        return MISSING;
    return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : fmt(x);
}
/** A closed interval "[lo, hi]" with both ends through `fmt`. */
export function fmtInterval(interval, digits = 4) {
    if (!interval)
        return MISSING;
    return `[${fmt(interval[0], digits)}, ${fmt(interval[1], digits)}]`;
}
/**
 * A significance level: 3 significant digits, plain down to 1e-4 (α = 0.05/12 → "0.00417"), scientific
 * below (Bonferroni splits of small family α reach 1e-6 and "0.000001" is hard to read).
 */
export function fmtAlpha(alpha) {
    if (alpha === null || alpha === undefined || Number.isNaN(alpha))
        return MISSING;
    if (alpha === 0)
        return "0";
    if (Math.abs(alpha) < 1e-4)
        return scientific(alpha, 3);
    const rounded = Number(alpha.toPrecision(3));
    return trimMantissa(rounded.toFixed(Math.max(0, 2 - Math.floor(Math.log10(Math.abs(rounded))))));
}
/** Wall-clock seconds: 0.12, 3.45, 12.3, 1234. */
export function fmtSeconds(s) {
    if (s === null || s === undefined || Number.isNaN(s))
        return MISSING;
    if (!Number.isFinite(s))
        return fmt(s);
    const as = Math.abs(s);
    if (as >= 1000)
        return s.toFixed(0);
    if (as >= 10)
        return s.toFixed(1);
    return s.toFixed(2);
}
//# sourceMappingURL=format.js.map