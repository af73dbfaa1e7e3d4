/**
 * The SDEs' backward semigroup over one SGD step on the grid: P_η = e^{ηL} with the collocated generator
 *
 *   (Lu)(x) = b(x)u'(x) + ½ η s(x)² τ(x) u''(x),   b = the scheme's drift (setting1d.ts),
 *
 * so that E φ(X_{kη}) = ℓ(x_0)·P_η^k·φ, exactly as SGD's ℓ(x_0)·A^k·φ (sgdTransition.ts) — the weak error is a
 * difference of two such numbers. L is a Chebyshev differentiation matrix: no time-stepping error, only the
 * interpolation error of the (analytic) backward function, and e^{ηL} is computed once per (η, scheme) by Padé
 * scaling and squaring.
 *
 * Why the taper τ(ξ) = 1 − ξ^{2p} (p ≈ N/4, ξ ∈ [−1, 1] the normalized coordinate): the backward equation
 * u_t = Lu is posed on [a, b] without boundary conditions, which is right for its first-order part — the drift
 * points inward at both edges (gridDomain.ts), both edges are outflow boundaries, and u inside never depends on
 * values outside — but a second-order term at the edges would need two boundary conditions, and without them
 * collocation has spurious boundary modes with huge transient growth (e^{ηL} overflows in practice). Fading the
 * diffusion out at the edges removes them; in the middle of the interval, where the law lives (the core of
 * gridDomain.ts, |ξ| ≤ 0.7), τ differs from 1 by less than 0.7^{2p} ≈ 1e-10 for N = 128 and the mass there is
 * already ~1e-15, so the SDE is unchanged where it matters. SGD needs no taper: its steps stay inside.
 */
import { differentiationMatrices, normalizedCoordinate } from "./chebyshevGrid.js";
import { matrixExponential } from "./matrixExponential.js";
import { GRID_SCHEME_DECLARATIONS } from "./setting1d.js";
/** Exponent 2p of the diffusion taper for a grid of degree N: even, ≈ N/2, at least 16. */
export function taperExponent(degree) {
    return Math.max(16, 2 * Math.round(degree / 4));
}
/** τ(x) = 1 − ξ^{2p}: 1 in the middle of the interval, 0 at both ends. */
export function diffusionTaper(grid, x) {
    return 1 - normalizedCoordinate(grid, x) ** taperExponent(grid.degree);
}
/** Generator matrix ηL (already multiplied by η) of a noisy scheme. */
export function scaledSdeGenerator(grid, derivatives, landscape, noiseScale, eta, scheme) {
    const declaration = GRID_SCHEME_DECLARATIONS[scheme];
    const { nodes } = grid;
    const n = nodes.length;
    const M = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
        const x = nodes[i];
        const drift = eta * declaration.drift(landscape, eta, x);
        const s = declaration.noisy ? noiseScale(x) : 0;
        const diffusion = 0.5 * eta * eta * s * s * diffusionTaper(grid, x);
        const io = i * n;
        for (let j = 0; j < n; j++)
            M[io + j] = drift * derivatives.first[io + j] + diffusion * derivatives.second[io + j];
    }
    return M;
}
/** P_η = e^{ηL} for the scheme. */
export function sdeStepOperator(grid, landscape, noiseScale, eta, scheme, derivatives = differentiationMatrices(grid)) {
    const n = grid.nodes.length;
    const generator = scaledSdeGenerator(grid, derivatives, landscape, noiseScale, eta, scheme);
    const { value, squarings } = matrixExponential(generator, n);
    return { matrix: value, squarings };
}
//# sourceMappingURL=sdeSemigroup.js.map