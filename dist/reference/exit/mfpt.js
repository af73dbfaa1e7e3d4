/**
 * Exact mean first-passage time of a 1-D diffusion (claims M1/M3/M5/B4: the SDE side of "SGD escapes a minimum
 * after e^{V/η} steps"):
 *
 *   dX = b(X) dt + s(X) dW on [l, r], reflecting at l, absorbing at r,
 *   T(x) = 2∫_x^r ψ(y) G(y) dy,   ψ(y) = exp(−∫_l^y 2b/s²),   G(y) = ∫_l^y dz / (s²(z) ψ(z)),
 *
 * the solution of (s²/2)T'' + bT' = −1, T'(l) = 0, T(r) = 0. For SGD's SME-1 on a landscape f, b = −f' and
 * s² = ησ², so ψ = e^{2(f−f(l))/(ησ²)}: the integrand of the double integral is e^{2(f(y)−f(z))/(ησ²)}, which
 * overflows double precision for ησ² ≲ 0.05 on the double well even though T itself (~1e9) does not. Everything
 * is therefore carried as logarithms: Φ = −ln ψ and ln G are accumulated panel by panel, and each panel's
 * exponentials are scaled by the panel's largest exponent before summing (logSumExp.ts).
 *
 * Quadrature: composite Gauss–Legendre panels (gaussLegendre.ts). Φ and the inner integral G are indefinite
 * integrals, evaluated at the nodes with the rule's integration matrix (error O(h^p)); the outer integral uses
 * the rule's weights. The start x is a panel boundary, so the outer integral runs over whole panels. The value
 * is computed at `panels` and `panels/2` panels; their difference is the error estimate, a conservative one
 * because the error falls like h^p (p = 8 by default) — halving h shrinks it ~256-fold.
 */
import { gaussLegendre } from "../../math/gaussLegendre.js";
import { logAddExp, logWeightedSumExp } from "../../math/logSumExp.js";
import { assertCount, assertFinite, assertFunction, assertInterval, checkedValue } from "../arguments.js";
const DEFAULT_PANELS = 800;
const DEFAULT_ORDER = 8;
/** Mean first-passage time T(start) with its resolution check. */
export function meanFirstPassageTime(input) {
    const { drift, diffusion2, lower, upper, start } = input;
    assertFunction("drift", drift);
    assertFunction("diffusion2", diffusion2);
    assertInterval("lower", lower, "upper", upper);
    assertFinite("start", start);
    if (start < lower || start > upper)
        throw new Error(`start (${start}) must lie in [lower, upper] = [${lower}, ${upper}]`);
    const absorbing = input.absorbing ?? "upper";
    if (absorbing !== "upper" && absorbing !== "lower")
        throw new Error(`absorbing must be "upper" or "lower" (got ${String(absorbing)})`);
    const panels = input.panels ?? DEFAULT_PANELS;
    assertCount("panels", panels, 4);
    const order = input.order ?? DEFAULT_ORDER;
    assertCount("order", order, 2);
    // Absorbing at the lower end is the mirror image x → −x of absorbing at the upper end.
    const problem = absorbing === "upper"
        ? { drift, diffusion2, lower, upper, start }
        : {
            drift: (x) => -drift(-x),
            diffusion2: (x) => diffusion2(-x),
            lower: -upper,
            upper: -lower,
            start: -start,
        };
    const fine = logMeanFirstPassageTime(problem, panels, order);
    const coarse = logMeanFirstPassageTime(problem, Math.floor(panels / 2), order);
    const value = Math.exp(fine);
    // |e^a − e^b| = e^a·|expm1(b − a)|: no cancellation between two nearly equal large numbers.
    const relativeErrorEstimate = fine === Number.NEGATIVE_INFINITY ? 0 : Math.abs(Math.expm1(coarse - fine));
    const errorEstimate = relativeErrorEstimate === 0 ? 0 : value * relativeErrorEstimate;
    return {
        value,
        logValue: fine,
        coarse: Math.exp(coarse),
        errorEstimate,
        relativeErrorEstimate,
        panels,
    };
}
/** ln T(start) on `panels` panels split between [l, x] and [x, r] in proportion to their lengths. */
function logMeanFirstPassageTime(problem, panels, order) {
    const { drift, diffusion2, lower: l, upper: r, start: x } = problem;
    if (x >= r)
        return Number.NEGATIVE_INFINITY;
    const rule = gaussLegendre(order);
    const p = order;
    const S = rule.integration;
    const w = rule.weights;
    // Panels left of the start only feed G; at least one on each non-empty side.
    const leftPanels = x > l ? Math.max(1, Math.round((panels * (x - l)) / (r - l))) : 0;
    const rightPanels = Math.max(1, panels - leftPanels);
    const q = new Float64Array(p); // Φ' = 2b/s² at the nodes (Φ = −ln ψ)
    const phi = new Float64Array(p);
    const logInner = new Float64Array(p); // ln(1/(s²ψ)) = Φ − ln s²
    const scaled = new Float64Array(p);
    const outerExponent = new Float64Array(p);
    const outerWeight = new Float64Array(p);
    let phiStart = 0; // Φ(l) = 0: only differences Φ(z) − Φ(y) enter T.
    let logGStart = Number.NEGATIVE_INFINITY; // G(l) = 0
    let logT = Number.NEGATIVE_INFINITY;
    const sides = [
        [l, x, leftPanels, false],
        [x, r, rightPanels, true],
    ];
    for (const [a, b, count, outer] of sides) {
        if (count === 0)
            continue;
        const h = (b - a) / count;
        const half = 0.5 * h;
        for (let k = 0; k < count; k++) {
            const mid = a + (k + 0.5) * h;
            for (let j = 0; j < p; j++) {
                const yj = mid + half * rule.nodes[j];
                const s2 = checkedValue("diffusion2", diffusion2, yj, true);
                q[j] = (2 * checkedValue("drift", drift, yj)) / s2;
                logInner[j] = Math.log(s2); // completed below once Φ is known
            }
            let m = Number.NEGATIVE_INFINITY;
            for (let i = 0; i < p; i++) {
                let s = 0;
                for (let j = 0; j < p; j++)
                    s += S[i * p + j] * q[j];
                phi[i] = phiStart + half * s;
                logInner[i] = phi[i] - logInner[i];
                if (logInner[i] > m)
                    m = logInner[i];
            }
            for (let j = 0; j < p; j++)
                scaled[j] = Math.exp(logInner[j] - m);
            let phiEnd = 0;
            let innerFull = 0;
            for (let j = 0; j < p; j++) {
                phiEnd += w[j] * q[j];
                innerFull += w[j] * scaled[j];
            }
            if (outer) {
                for (let i = 0; i < p; i++) {
                    let s = 0;
                    for (let j = 0; j < p; j++)
                        s += S[i * p + j] * scaled[j];
                    // A positive integrand can give a partial sum ≤ 0 only where the panel cannot resolve it, and then
                    // only far below the panel's peak; the coarse/fine comparison exposes any real under-resolution.
                    const logPartial = s > 0 ? m + Math.log(half * s) : Number.NEGATIVE_INFINITY;
                    outerExponent[i] = logAddExp(logGStart, logPartial) - phi[i];
                    outerWeight[i] = half * w[i];
                }
                logT = logAddExp(logT, logWeightedSumExp(outerWeight, outerExponent));
            }
            phiStart += half * phiEnd;
            if (innerFull > 0)
                logGStart = logAddExp(logGStart, m + Math.log(half * innerFull));
        }
    }
    return Math.LN2 + logT;
}
//# sourceMappingURL=mfpt.js.map