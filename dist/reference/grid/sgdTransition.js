/**
 * SGD's one-step backward operator on the grid: (A u)(x) = E u(x − ηf'(x) + ηs(x)v), the transition kernel of
 * the master equation read as an operator on test functions. Row i of A is Σ_q w_q ℓ(y_iq), with ℓ the
 * interpolation row at the quadrature point y_iq = x_i − ηf'(x_i) + ηs(x_i)v_q: applied to the node values of an
 * analytic u it returns E u(·) at every node up to interpolation and quadrature error.
 *
 * Then E φ(x_k) = ℓ(x_0)·A^k·φ: the row vector r_k = ℓ(x_0)A^k (a signed discrete stand-in for the law of x_k,
 * in the dual of the interpolation space) is carried forward once and every test function is read off with one
 * dot product at every step — so the start can be a point mass without any smoothing of the initial law.
 */
import { interpolationRow } from "./chebyshevGrid.js";
export function sgdTransitionMatrix(grid, landscape, noiseScale, eta, rule) {
    const { a, b, nodes } = grid;
    const n = nodes.length;
    const slack = 1e-12 * (b - a);
    const A = new Float64Array(n * n);
    const row = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const x = nodes[i];
        const mean = x - eta * landscape.gradient(x);
        const spread = eta * noiseScale(x);
        const io = i * n;
        for (let q = 0; q < rule.nodes.length; q++) {
            let y = mean + spread * rule.nodes[q];
            if (y < a - slack || y > b + slack || !Number.isFinite(y))
                throw new Error(`SGD step from x = ${x} reaches ${y}, outside the grid [${a}, ${b}] (see gridDomain)`);
            y = Math.min(b, Math.max(a, y));
            interpolationRow(grid, y, row);
            const w = rule.weights[q];
            for (let j = 0; j < n; j++)
                A[io + j] += w * row[j];
        }
    }
    return A;
}
//# sourceMappingURL=sgdTransition.js.map