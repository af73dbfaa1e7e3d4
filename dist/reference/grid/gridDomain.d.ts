/**
 * The truncated interval [a, b] on which the backward functions u_k(x) = E[φ(x_k) | x_0 = x] are represented.
 * Truncation is harmless when the law of x_k (and of X_{kη}) puts no mass near the edges — but the spectral
 * representation couples every node to every other, so the operators must also be *well posed* on [a, b]:
 *
 * - SGD: every quadrature point y = x − ηf'(x) + ηs(x)v of every node x must lie in [a, b] (the interval is
 *   invariant under the step). A point outside would need polynomial extrapolation, whose Lagrange functions grow
 *   like e^{N·acosh|ξ|}: even at probability 1e-13 that blows up over a few hundred steps. On a confining landscape
 *   this holds once |f'| ≥ s·max|v| at the edges, whatever η.
 * - SDE: the drift must point inward at both edges, so that both are outflow boundaries of the backward equation
 *   and no boundary condition is needed (the diffusion is tapered to zero there, sdeSemigroup.ts).
 *
 * The interval is built from a *core* that holds the law — the gradient-descent path m_k with c standard
 * deviations of its linearized spread, v_{k+1} = (1 − ηf''(m_k))²v_k + η²s(m_k)² — placed in the middle
 * `coreFraction` of [a, b] (where the SDE taper is 1 to round-off), then widened until both conditions hold at the
 * actual grid nodes. Landscapes that never confine the noise (e.g. f'' ≤ 0 far out) cannot be truncated this way:
 * the search gives up with an error rather than return an ill-posed grid.
 */
import { type ChebyshevGrid } from "./chebyshevGrid.ts";
import { type Landscape1d } from "./setting1d.ts";
export interface DomainInput {
    landscape: Landscape1d;
    noiseScale: (x: number) => number;
    x0: number;
    eta: number;
    steps: number;
    /** Smallest and largest value of the standardized noise v (quadrature nodes). */
    noiseRange: readonly [number, number];
    /** Polynomial degree N of the grid that will be built on the interval. */
    degree: number;
    /** Standard deviations of linearized spread in the core (default 8: P(|Z| > 8) ≈ 1e-15). */
    coreWidth?: number;
    /** The core occupies |ξ| ≤ coreFraction of the normalized interval (default 0.7). */
    coreFraction?: number;
}
export interface GridDomain {
    a: number;
    b: number;
    /** The core [lo, hi] that holds the law. */
    core: readonly [number, number];
}
export declare const DEFAULT_CORE_WIDTH = 8;
export declare const DEFAULT_CORE_FRACTION = 0.7;
/** [lo, hi] ⊇ {m_k ± c·√v_k : k ≤ K} for the gradient-descent path with linearized variance. */
export declare function linearizedCore(input: DomainInput): [number, number];
/** Which edges of the grid break invariance (SGD) or inward drift (SDEs); both false when the grid is fit. */
export declare function domainViolations(grid: ChebyshevGrid, input: Pick<DomainInput, "landscape" | "noiseScale" | "eta" | "noiseRange">): {
    below: boolean;
    above: boolean;
};
/**
 * The interval for a grid of the given degree: `start` (default: the core placed in the middle coreFraction),
 * widened 10% of its width at a time on each violating side until domainViolations finds none. With
 * `fixed`, `start` is used as is and a violation throws.
 */
export declare function gridDomain(input: DomainInput, start?: readonly [number, number], fixed?: boolean): GridDomain;
//# sourceMappingURL=gridDomain.d.ts.map