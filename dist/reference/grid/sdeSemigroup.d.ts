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
import { type ChebyshevGrid } from "./chebyshevGrid.ts";
import { type GridScheme, type Landscape1d } from "./setting1d.ts";
import type { FlatMatrix } from "./squareMatrix.ts";
/** Exponent 2p of the diffusion taper for a grid of degree N: even, ≈ N/2, at least 16. */
export declare function taperExponent(degree: number): number;
/** τ(x) = 1 − ξ^{2p}: 1 in the middle of the interval, 0 at both ends. */
export declare function diffusionTaper(grid: ChebyshevGrid, x: number): number;
export interface SdeStepOperator {
    /** e^{ηL}, row-major (N+1)². */
    matrix: FlatMatrix;
    /** Squarings used by the matrix exponential. */
    squarings: number;
}
/** Generator matrix ηL (already multiplied by η) of a noisy scheme. */
export declare function scaledSdeGenerator(grid: ChebyshevGrid, derivatives: {
    first: Float64Array;
    second: Float64Array;
}, landscape: Landscape1d, noiseScale: (x: number) => number, eta: number, scheme: GridScheme): FlatMatrix;
/** P_η = e^{ηL} for the scheme. */
export declare function sdeStepOperator(grid: ChebyshevGrid, landscape: Landscape1d, noiseScale: (x: number) => number, eta: number, scheme: GridScheme, derivatives?: {
    first: Float64Array;
    second: Float64Array;
}): SdeStepOperator;
//# sourceMappingURL=sdeSemigroup.d.ts.map