/**
 * The exactly solvable setting of THEORY.md §W: f(x) = ½xᵀHx with H symmetric, constant gradient-noise covariance
 * Σ (PSD), SGD step η. Every exact reference in this folder works in the eigenbasis of H (H = VΛVᵀ), where the
 * SGD recursion and the OU equations decouple into scalar geometric sums and exponentials; this file holds the
 * input checks and the basis changes they share.
 */
import { symmetricEigen, symmetrize } from "../linalg/dense.js";
import { assertCovariance, assertFinitePositive, assertSymmetricMatrix, assertVector } from "./arguments.js";
/** (m̃(s), C̃(s)) from a propagator and the eigenbasis data Σ̃, m̃(0), C̃(0). */
export function eigenMomentsFromPropagator(propagator, SigmaTilde, meanTilde0, covTilde0) {
    const d = meanTilde0.length;
    const growth = new Float64Array(d);
    const noise = new Float64Array(d * d);
    return (s) => {
        propagator(s, growth, noise);
        const mean = meanTilde0.map((m, i) => growth[i] * m);
        const covariance = SigmaTilde.map((row, i) => row.map((sig, j) => {
            const c = noise[i * d + j] * sig;
            return covTilde0 ? c + growth[i] * growth[j] * covTilde0[i][j] : c;
        }));
        return { mean, covariance };
    };
}
/** Relative tolerance for T/η to count as an integer number of steps (rounding noise of a decimal η). */
export const STEP_COUNT_TOLERANCE = 1e-9;
/**
 * Number of SGD steps K = T/η for the horizon T. A decimal η (0.1, 0.025, …) makes T/η an integer only up to
 * round-off, so it is rounded when within STEP_COUNT_TOLERANCE relative; otherwise the horizon is not on the SGD
 * time grid t_k = kη and the comparison would be ill-defined, so this throws.
 */
export function stepsForHorizon(T, eta) {
    assertFinitePositive("T", T);
    assertFinitePositive("eta", eta);
    const ratio = T / eta;
    const steps = Math.round(ratio);
    if (steps < 1 || Math.abs(ratio - steps) > STEP_COUNT_TOLERANCE * ratio)
        throw new Error(`T/eta must be an integer number of steps: T = ${T}, eta = ${eta} give T/eta = ${ratio} (use T = K·eta)`);
    return steps;
}
/** M̃ = VᵀMV: a matrix in the eigenbasis. */
export function toEigenbasis(M, V) {
    return congruence(M, V, true);
}
/** M = VM̃Vᵀ: back from the eigenbasis. */
export function fromEigenbasis(Mt, V) {
    return congruence(Mt, V, false);
}
/** x̃ = Vᵀx. */
export function vectorToEigenbasis(x, V) {
    const n = V.length;
    const out = new Array(n).fill(0);
    for (let i = 0; i < n; i++) {
        const Vi = V[i];
        const xi = x[i];
        for (let a = 0; a < n; a++)
            out[a] += Vi[a] * xi;
    }
    return out;
}
/** x = Vx̃. */
export function vectorFromEigenbasis(xt, V) {
    return V.map((row) => {
        let s = 0;
        for (let a = 0; a < row.length; a++)
            s += row[a] * xt[a];
        return s;
    });
}
/** VᵀMV (transposeFirst) or VMVᵀ, in two O(d³) passes without forming Vᵀ. */
function congruence(M, V, transposeFirst) {
    const n = V.length;
    // out = L·M·R with R = V, L = Vᵀ (transposeFirst) or R = Vᵀ, L = V.
    const right = (l, b) => (transposeFirst ? V[l][b] : V[b][l]);
    const left = (a, i) => (transposeFirst ? V[i][a] : V[a][i]);
    const W = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let i = 0; i < n; i++) {
        const Mi = M[i];
        const Wi = W[i];
        for (let l = 0; l < n; l++) {
            const m = Mi[l];
            if (m === 0)
                continue;
            for (let b = 0; b < n; b++)
                Wi[b] += m * right(l, b);
        }
    }
    const out = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let a = 0; a < n; a++) {
        const Oa = out[a];
        for (let i = 0; i < n; i++) {
            const lai = left(a, i);
            if (lai === 0)
                continue;
            const Wi = W[i];
            for (let b = 0; b < n; b++)
                Oa[b] += lai * Wi[b];
        }
    }
    return out;
}
/**
 * Validates a trajectory request, moves Σ, x0 and C0 into H's eigenbasis once, and maps the stepper's
 * eigenbasis moments back for k = 0..K. Shared by the SGD recursion and the SDE closed forms, so both are
 * evaluated in the same basis and its round-off cancels in their difference.
 */
export function eigenbasisTrajectory(input, makeStepper) {
    const { H, Sigma, x0, eta, steps, C0 } = input;
    const d = x0.length;
    assertSymmetricMatrix("H", H, d);
    assertCovariance("Sigma", Sigma, d);
    assertVector("x0", x0, d);
    assertFinitePositive("eta", eta);
    if (!Number.isInteger(steps) || steps < 0)
        throw new Error(`steps must be an integer ≥ 0 (got ${steps})`);
    if (C0 !== undefined)
        assertCovariance("C0", C0, d);
    const basis = symmetricEigen(H);
    const V = basis.vectors;
    const at = makeStepper(basis, toEigenbasis(Sigma, V), vectorToEigenbasis(x0, V), C0 && toEigenbasis(C0, V));
    const means = [];
    const covariances = [];
    for (let k = 0; k <= steps; k++) {
        const { mean, covariance } = at(k);
        means.push(vectorFromEigenbasis(mean, V));
        covariances.push(symmetrize(fromEigenbasis(covariance, V)));
    }
    return { means, covariances };
}
//# sourceMappingURL=quadraticSetting.js.map