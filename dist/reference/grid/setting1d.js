export const GRID_SCHEMES = ["sme1", "sme2", "gf"];
export const GRID_SCHEME_DECLARATIONS = {
    sme1: {
        label: "SME-1: dX = −f'(X) dt + √η s(X) dW",
        weakOrder: 1,
        noisy: true,
        drift: (landscape, _eta, x) => -landscape.gradient(x),
    },
    sme2: {
        label: "SME-2: dX = −(f' + (η/2)f''f')(X) dt + √η s(X) dW",
        weakOrder: 2,
        noisy: true,
        drift: (landscape, eta, x) => {
            const g = landscape.gradient(x);
            return -g - 0.5 * eta * landscape.curvature(x) * g;
        },
    },
    gf: {
        label: "gradient flow: dX = −f'(X) dt",
        weakOrder: 1,
        noisy: false,
        drift: (landscape, _eta, x) => -landscape.gradient(x),
    },
};
/** f', f'' of a 1-D Landscape (landscapes/landscape.ts) as scalar functions. */
export function landscape1d(landscape) {
    if (landscape.dim !== 1)
        throw new Error(`landscape must be 1-D (got dim ${landscape.dim})`);
    const point = new Float64Array(1);
    const out = new Float64Array(1);
    return {
        gradient(x) {
            point[0] = x;
            return landscape.gradient(point, out)[0];
        },
        curvature(x) {
            point[0] = x;
            return landscape.hessian(point, out)[0];
        },
    };
}
/** s as a function; a constant must be finite and ≥ 0. */
export function noiseScaleFunction(s) {
    if (typeof s === "function")
        return s;
    if (!Number.isFinite(s) || s < 0)
        throw new Error(`noiseScale must be finite and ≥ 0 (got ${s})`);
    return () => s;
}
//# sourceMappingURL=setting1d.js.map