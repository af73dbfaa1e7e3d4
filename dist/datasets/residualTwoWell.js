export function residualG(c, d, x) {
    return (x * x - 1) * (1 + c * x + d * x * x);
}
/** g'(x) = 2x(1 + c·x + d·x²) + (x² − 1)(c + 2d·x) = 4d·x³ + 3c·x² + (2 − 2d)·x − c. */
export function residualGPrime(c, d, x) {
    return ((4 * d * x + 3 * c) * x + (2 - 2 * d)) * x - c;
}
export function residualTwoWellModel(ds) {
    const { c, d, n } = ds;
    const e = Float64Array.from(ds.e);
    const b = Float64Array.from(ds.b);
    let meanE = 0;
    let meanB = 0;
    let meanE2 = 0;
    for (let i = 0; i < n; i++) {
        meanE += e[i] / n;
        meanB += b[i] / n;
        meanE2 += (e[i] * e[i]) / n;
    }
    let varE = 0;
    let varB = 0;
    let covEB = 0;
    for (let i = 0; i < n; i++) {
        const de = e[i] - meanE;
        const db = b[i] - meanB;
        varE += (de * de) / n;
        varB += (db * db) / n;
        covEB += (de * db) / n;
    }
    const g = (x) => residualG(c, d, x);
    const gPrime = (x) => residualGPrime(c, d, x);
    const gSecond = (x) => 12 * d * x * x + 6 * c * x + 2 - 2 * d;
    return {
        c,
        d,
        n,
        e,
        b,
        meanE,
        meanB,
        meanE2,
        varE,
        varB,
        covEB,
        g,
        gPrime,
        gSecond,
        loss: (x) => {
            const gx = g(x);
            return gx * gx + 2 * gx * meanE + meanE2 + meanB * x;
        },
        gradient: (x) => {
            const gp = gPrime(x);
            return 2 * g(x) * gp + meanB + 2 * gp * meanE;
        },
        curvature: (x) => {
            const gp = gPrime(x);
            const gs = gSecond(x);
            return 2 * gp * gp + 2 * g(x) * gs + 2 * gs * meanE;
        },
        populationVariance: (x) => {
            const gp = gPrime(x);
            return 4 * gp * gp * varE + 4 * gp * covEB + varB;
        },
    };
}
//# sourceMappingURL=residualTwoWell.js.map