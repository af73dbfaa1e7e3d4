/**
 * Exact weak errors of the SDE approximations of SGD on f = ½xᵀHx with constant Gaussian noise (claims W1, W2):
 *
 *   e_k = E φ(x_k) − E φ(X_{kη}),  k = 0..K,  K = T/η,
 *   sup error = max_k |e_k|,  final error = |e_K|,
 *
 * for X = SME-1, SME-2 and gradient flow. Both laws are Gaussian with closed-form moments (quadraticSgd.ts,
 * quadraticSde.ts), so no Monte Carlo is involved: the numbers are exact up to round-off (~1e-15 relative per
 * moment, computed in one shared eigenbasis of H so that basis round-off cancels in the difference). Cost
 * O(K d²) per scheme: φ is evaluated through its ≤ 2 linear functionals (testFunctionProjection).
 */
import { symmetricEigen } from "../linalg/dense.js";
import { assertCovariance, assertSymmetricMatrix, assertVector } from "./arguments.js";
import { gaussianExpectation } from "./gaussianExpectations.js";
import { schemeModePropagator } from "./quadraticSde.js";
import { stepsForHorizon, toEigenbasis, vectorToEigenbasis, } from "./quadraticSetting.js";
import { sgdModePropagator } from "./quadraticSgd.js";
import { assertTestFunction, testFunctionProjection } from "./testFunction.js";
export const WEAK_ERROR_SCHEMES = ["sme1", "sme2", "gf"];
export function quadraticWeakErrors(input) {
    const { H, Sigma, x0, eta, T, phi, C0 } = input;
    const d = x0.length;
    assertSymmetricMatrix("H", H, d);
    assertCovariance("Sigma", Sigma, d);
    assertVector("x0", x0, d);
    if (C0 !== undefined)
        assertCovariance("C0", C0, d);
    assertTestFunction(phi, d);
    const steps = stepsForHorizon(T, eta);
    const basis = symmetricEigen(H);
    const V = basis.vectors;
    // φ(x) = φ_r(Lx) with r ≤ 2: only the law of Lx is needed, read straight off the eigenbasis moments.
    const { directions, reduced } = testFunctionProjection(phi, d);
    const project = projectedGaussian(directions.map((row) => vectorToEigenbasis(row, V)), toEigenbasis(Sigma, V), vectorToEigenbasis(x0, V), C0 && toEigenbasis(C0, V));
    const series = (propagator, timeOf) => {
        const out = new Float64Array(steps + 1);
        for (let k = 0; k <= steps; k++) {
            const { mean, covariance } = project(propagator, timeOf(k));
            out[k] = gaussianExpectation(reduced, mean, covariance);
        }
        return out;
    };
    const sgd = series(sgdModePropagator(basis.values, eta), (k) => k);
    const schemeError = (scheme) => {
        // SDE times t_k = k·η, never an accumulated sum of η.
        const expectations = series(schemeModePropagator(scheme, basis.values, eta), (k) => k * eta);
        const signedErrors = new Float64Array(steps + 1);
        let supError = -1;
        let argmaxStep = 0;
        for (let k = 0; k <= steps; k++) {
            const e = sgd[k] - expectations[k];
            signedErrors[k] = e;
            if (Math.abs(e) > supError) {
                supError = Math.abs(e);
                argmaxStep = k;
            }
        }
        return {
            supError,
            argmaxStep,
            argmaxTime: argmaxStep * eta,
            finalError: Math.abs(signedErrors[steps]),
            expectations,
            signedErrors,
        };
    };
    return { eta, T, steps, sgd, sme1: schemeError("sme1"), sme2: schemeError("sme2"), gf: schemeError("gf") };
}
/**
 * The law of y = Lx (r functionals, rows of `Ltilde` = LV in the eigenbasis) under a mode propagator:
 *   E y_p = Σ_a L̃_pa g_a m̃0_a,   Cov(y)_pq = Σ_ab L̃_pa L̃_qb (g_a g_b C̃0_ab + n_ab Σ̃_ab),
 * with the s-independent products L̃_pa L̃_qb Σ̃_ab (and C̃0) precomputed: O(r²d²) per evaluation, no allocation
 * beyond the r-sized result.
 */
function projectedGaussian(Ltilde, SigmaTilde, meanTilde0, covTilde0) {
    const r = Ltilde.length;
    const d = meanTilde0.length;
    const meanWeights = Ltilde.map((l) => Float64Array.from(l, (v, a) => v * meanTilde0[a]));
    const pairWeights = (M) => Ltilde.map((lp) => Ltilde.map((lq) => {
        const w = new Float64Array(d * d);
        for (let a = 0; a < d; a++)
            for (let b = 0; b < d; b++)
                w[a * d + b] = lp[a] * lq[b] * M[a][b];
        return w;
    }));
    const noiseWeights = pairWeights(SigmaTilde);
    const initWeights = covTilde0 && pairWeights(covTilde0);
    const growth = new Float64Array(d);
    const noise = new Float64Array(d * d);
    return (propagator, s) => {
        propagator(s, growth, noise);
        const mean = meanWeights.map((w) => {
            let m = 0;
            for (let a = 0; a < d; a++)
                m += w[a] * growth[a];
            return m;
        });
        const covariance = Array.from({ length: r }, () => new Array(r).fill(0));
        for (let p = 0; p < r; p++) {
            for (let q = p; q < r; q++) {
                const wn = noiseWeights[p][q];
                const wi = initWeights?.[p]?.[q];
                let c = 0;
                for (let a = 0; a < d; a++) {
                    const ga = growth[a];
                    for (let b = 0; b < d; b++) {
                        const ab = a * d + b;
                        c += wn[ab] * noise[ab];
                        if (wi)
                            c += wi[ab] * ga * growth[b];
                    }
                }
                covariance[p][q] = c;
                covariance[q][p] = c;
            }
        }
        return { mean, covariance };
    };
}
//# sourceMappingURL=weakError.js.map