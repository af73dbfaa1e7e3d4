/** Short forms for the one-line descriptions of simulations and references in reports. */
export function formatPoint(x) {
    const parts = Array.from(x, (v) => String(+v.toPrecision(6)));
    return parts.length === 1 ? parts[0] : `(${parts.join(", ")})`;
}
export function formatCount(n) {
    return n >= 1e6 ? n.toExponential(2) : String(n);
}
//# sourceMappingURL=describe.js.map