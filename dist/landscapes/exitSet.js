/** True if x is already outside the region, i.e. the start would count as an immediate exit. */
export function hasExited(set, x) {
    if (set.kind === "half-space") {
        let s = 0;
        for (let i = 0; i < set.normal.length; i++)
            s += set.normal[i] * x[i];
        return s >= set.offset;
    }
    if (set.kind === "slab") {
        let s = 0;
        for (let i = 0; i < set.normal.length; i++)
            s += set.normal[i] * (x[i] - set.center[i]);
        return Math.abs(s) >= set.halfWidth;
    }
    let r2 = 0;
    for (let i = 0; i < set.center.length; i++)
        r2 += (x[i] - set.center[i]) ** 2;
    return r2 >= set.radius * set.radius;
}
export function exitSetDim(set) {
    return set.kind === "ball" ? set.center.length : set.normal.length;
}
//# sourceMappingURL=exitSet.js.map