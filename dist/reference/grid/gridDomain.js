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
import { chebyshevGrid } from "./chebyshevGrid.js";
import { GRID_SCHEME_DECLARATIONS } from "./setting1d.js";
export const DEFAULT_CORE_WIDTH = 8;
export const DEFAULT_CORE_FRACTION = 0.7;
/** Widening steps (10% of the width each) before giving up: the width may grow ~10⁴-fold. */
const MAX_EXPANSIONS = 100;
/** [lo, hi] ⊇ {m_k ± c·√v_k : k ≤ K} for the gradient-descent path with linearized variance. */
export function linearizedCore(input) {
    const { landscape, noiseScale, x0, eta, steps } = input;
    const c = input.coreWidth ?? DEFAULT_CORE_WIDTH;
    let m = x0;
    let v = 0;
    let lo = x0;
    let hi = x0;
    for (let k = 0; k < steps; k++) {
        const g = landscape.gradient(m);
        const h = landscape.curvature(m);
        const s = noiseScale(m);
        if (!Number.isFinite(s) || s < 0)
            throw new Error(`noiseScale s(x) must be finite with s ≥ 0 (got ${s} at x = ${m})`);
        if (!Number.isFinite(g) || !Number.isFinite(h))
            throw new Error(`f'(x) and f''(x) must be finite (got ${g}, ${h} at x = ${m})`);
        const growth = 1 - eta * h;
        v = growth * growth * v + eta * eta * s * s;
        m -= eta * g;
        if (!Number.isFinite(m) || !Number.isFinite(v))
            throw new Error(`gradient descent from x0 = ${x0} diverges at step ${k + 1} with eta = ${eta}`);
        const spread = c * Math.sqrt(v);
        lo = Math.min(lo, m - spread);
        hi = Math.max(hi, m + spread);
    }
    const minimalHalfWidth = 0.05 * (1 + Math.abs(x0));
    const center = 0.5 * (lo + hi);
    const half = Math.max(0.5 * (hi - lo), minimalHalfWidth);
    return [center - half, center + half];
}
/** Which edges of the grid break invariance (SGD) or inward drift (SDEs); both false when the grid is fit. */
export function domainViolations(grid, input) {
    const { landscape, noiseScale, eta, noiseRange } = input;
    const { a, b, nodes } = grid;
    const slack = 1e-12 * (b - a);
    let below = false;
    let above = false;
    for (let i = 0; i < nodes.length; i++) {
        const x = nodes[i];
        const mean = x - eta * landscape.gradient(x);
        const spread = eta * noiseScale(x);
        if (!Number.isFinite(mean) || !Number.isFinite(spread) || spread < 0)
            throw new Error(`f'(x) and s(x) must be finite with s ≥ 0 on the grid (x = ${x})`);
        const low = mean + spread * noiseRange[0];
        const high = mean + spread * noiseRange[1];
        if (low < a - slack)
            below = true;
        if (high > b + slack)
            above = true;
    }
    for (const scheme of ["sme1", "sme2"]) {
        const drift = GRID_SCHEME_DECLARATIONS[scheme].drift;
        if (drift(landscape, eta, a) < 0)
            below = true;
        if (drift(landscape, eta, b) > 0)
            above = true;
    }
    return { below, above };
}
/**
 * The interval for a grid of the given degree: `start` (default: the core placed in the middle coreFraction),
 * widened 10% of its width at a time on each violating side until domainViolations finds none. With
 * `fixed`, `start` is used as is and a violation throws.
 */
export function gridDomain(input, start, fixed = false) {
    const core = linearizedCore(input);
    let a;
    let b;
    if (start) {
        [a, b] = start;
        if (!Number.isFinite(a) || !Number.isFinite(b) || !(a < b))
            throw new Error(`domain must be finite with a < b (got [${a}, ${b}])`);
        if (!(a <= input.x0 && input.x0 <= b))
            throw new Error(`domain [${a}, ${b}] must contain x0 = ${input.x0}`);
    }
    else {
        const fraction = input.coreFraction ?? DEFAULT_CORE_FRACTION;
        const center = 0.5 * (core[0] + core[1]);
        const half = (0.5 * (core[1] - core[0])) / fraction;
        a = center - half;
        b = center + half;
    }
    for (let attempt = 0;; attempt++) {
        const { below, above } = domainViolations(chebyshevGrid(input.degree, a, b), input);
        if (!below && !above)
            return { a, b, core };
        if (fixed)
            throw new Error(`domain [${a}, ${b}] is not invariant: SGD steps leave it or the SDE drift points outward at the ${below ? "lower" : "upper"} edge; widen it (the landscape must confine the noise there: |f'| ≥ s·max|v|)`);
        if (attempt >= MAX_EXPANSIONS)
            throw new Error(`no invariant interval found up to [${a}, ${b}]: the landscape does not confine the noise (|f'| ≥ s·max|v| with inward drift is needed at both edges)`);
        const width = b - a;
        if (below)
            a -= 0.1 * width;
        if (above)
            b += 0.1 * width;
    }
}
//# sourceMappingURL=gridDomain.js.map