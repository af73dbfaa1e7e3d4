import { numberLiteral as literal } from "../codegen/literal.js";
/** JS boolean expression over locals y0 … y{d-1} (the new state), for kernel code generation. */
export function exitConditionSource(set) {
    if (set.kind === "half-space") {
        const terms = set.normal.map((a, i) => (a === 0 ? "" : `${literal(a)} * y${i}`)).filter(Boolean);
        return `(${terms.join(" + ") || "0"}) >= ${literal(set.offset)}`;
    }
    if (set.kind === "slab") {
        const terms = set.normal
            .map((a, i) => (a === 0 ? "" : `${literal(a)} * (y${i} - ${literal(set.center[i])})`))
            .filter(Boolean);
        return `Math.abs(${terms.join(" + ") || "0"}) >= ${literal(set.halfWidth)}`;
    }
    const terms = set.center.map((c, i) => `(y${i} - ${literal(c)}) * (y${i} - ${literal(c)})`);
    return `(${terms.join(" + ")}) >= ${literal(set.radius * set.radius)}`;
}
//# sourceMappingURL=exitCondition.js.map