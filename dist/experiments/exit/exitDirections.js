export const DIRECTION_BINS = 40;
export function exitDirections(sample, geometry, alignment, v2) {
    const d = sample.dim;
    const { z, v1, radius } = geometry;
    let aligned = 0;
    let positive = 0;
    let s = 0;
    let ss = 0;
    const histogram = new Array(DIRECTION_BINS).fill(0);
    for (let e = 0; e < sample.exits; e++) {
        let r2 = 0;
        let u = 0;
        let w = 0;
        for (let i = 0; i < d; i++) {
            const dx = sample.exitStates[e * d + i] - z[i];
            r2 += dx * dx;
            u += dx * v1[i];
            if (v2)
                w += dx * v2[i];
        }
        const cos = u / Math.sqrt(r2);
        const sin = v2 ? Math.abs(w) / radius : Math.sqrt(Math.max(0, 1 - cos * cos));
        if (Math.abs(cos) > alignment)
            aligned++;
        if (u > 0)
            positive++;
        s += sin;
        ss += sin * sin;
        histogram[Math.min(DIRECTION_BINS - 1, Math.floor(((cos + 1) / 2) * DIRECTION_BINS))] += 1;
    }
    const n = sample.exits;
    const mean = s / n;
    return {
        exits: n,
        aligned,
        positive,
        transverseMean: mean,
        transverseSe: Math.sqrt(Math.max(0, ss / n - mean * mean) / (n - 1)),
        histogram,
    };
}
//# sourceMappingURL=exitDirections.js.map