/**
 * Exact moments of the linear SDEs that approximate SGD on f = ½xᵀHx (an Ornstein–Uhlenbeck process):
 *
 *   dX = −AX dt + √η σ dW,  σσᵀ = Σ,  A symmetric
 *   E X_t = e^{−At}x0,   Cov_t = e^{−At}C0e^{−At} + η∫₀ᵗ e^{−As}Σe^{−As} ds.
 *
 * In the eigenbasis of A (A = V diag(a) Vᵀ, Σ̃ = VᵀΣV):
 *
 *   Coṽ_t,ij = e^{−(a_i+a_j)t} C̃0_ij + ηΣ̃_ij·(1 − e^{−(a_i+a_j)t})/(a_i+a_j)   (→ ηΣ̃_ij·t when a_i+a_j = 0).
 *
 * The factor (1 − e^{−st})/s is evaluated as −expm1(−st)/s: for st ≪ 1, 1 − e^{−st} loses all but
 * |log₁₀(st)| digits, and weak errors down to ~1e-7 relative are differences of these numbers.
 *
 * The schemes (THEORY.md "Setting and scaling") differ only in A and in whether there is noise; each declares
 * its weak order against SGD as data, and the specs check the declaration.
 */
import { symmetricEigen, symmetrize } from "../linalg/dense.js";
import { assertCovariance, assertFinitePositive, assertSymmetricMatrix, assertVector } from "./arguments.js";
import { eigenbasisTrajectory, eigenMomentsFromPropagator, fromEigenbasis, toEigenbasis, vectorFromEigenbasis, vectorToEigenbasis, } from "./quadraticSetting.js";
export const QUADRATIC_SCHEMES = {
    sme1: {
        label: "SME-1: dX = −HX dt + √η σ dW",
        weakOrder: 1,
        noisy: true,
        driftEigenvalue: (lambda) => lambda,
    },
    sme2: {
        label: "SME-2: dX = −(H + (η/2)H²)X dt + √η σ dW",
        weakOrder: 2,
        noisy: true,
        driftEigenvalue: (lambda, eta) => lambda * (1 + 0.5 * eta * lambda),
    },
    gf: {
        label: "gradient flow: dX = −HX dt",
        weakOrder: 1,
        noisy: false,
        driftEigenvalue: (lambda) => lambda,
    },
};
/** Drift matrix A of a scheme: H (SME-1, GF) or H + (η/2)H² (SME-2). */
export function schemeDriftMatrix(scheme, H, eta) {
    if (scheme !== "sme2")
        return H.map((row) => row.slice());
    const n = H.length;
    return H.map((row, i) => row.map((h, j) => {
        let h2 = 0;
        for (let l = 0; l < n; l++)
            h2 += H[i][l] * H[l][j];
        return h + 0.5 * eta * h2;
    }));
}
/** E X_t and Cov_t at each requested time. */
export function ouMomentTrajectory(input) {
    const { A, Sigma, x0, noiseScale, times, C0 } = input;
    const d = x0.length;
    assertSymmetricMatrix("A", A, d);
    assertCovariance("Sigma", Sigma, d);
    assertVector("x0", x0, d);
    if (noiseScale !== 0)
        assertFinitePositive("noiseScale", noiseScale);
    if (C0 !== undefined)
        assertCovariance("C0", C0, d);
    for (const t of times)
        if (!Number.isFinite(t) || t < 0)
            throw new Error(`times must be finite and ≥ 0 (got ${t})`);
    const basis = symmetricEigen(A);
    const V = basis.vectors;
    const at = ouEigenMoments(basis.values, toEigenbasis(Sigma, V), noiseScale, vectorToEigenbasis(x0, V), C0 && toEigenbasis(C0, V));
    const means = [];
    const covariances = [];
    for (const t of times) {
        const { mean, covariance } = at(t);
        means.push(vectorFromEigenbasis(mean, V));
        covariances.push(symmetrize(fromEigenbasis(covariance, V)));
    }
    return { means, covariances };
}
/**
 * The OU process as a mode propagator (quadraticSetting.ts) in the eigenbasis of A with eigenvalues a_i
 * (`driftValues`): growth_i = e^{−a_i t}, noise_ij = η·(1 − e^{−(a_i+a_j)t})/(a_i+a_j) (→ η·t when a_i+a_j = 0).
 * Also used in H's eigenbasis for SME-2, whose A = H + (η/2)H² shares H's eigenvectors.
 */
export function ouModePropagator(driftValues, noiseScale) {
    const d = driftValues.length;
    return (t, growth, noise) => {
        for (let i = 0; i < d; i++)
            growth[i] = Math.exp(-driftValues[i] * t);
        for (let i = 0; i < d; i++) {
            for (let j = i; j < d; j++) {
                let n = 0;
                if (noiseScale !== 0) {
                    const s = driftValues[i] + driftValues[j];
                    n = noiseScale * (s === 0 ? t : -Math.expm1(-s * t) / s);
                }
                noise[i * d + j] = n;
                noise[j * d + i] = n;
            }
        }
    };
}
/** Moments at time t in the eigenbasis of A (eigenvalues `driftValues`), from Σ̃, m̃_0 and C̃_0 in that basis. */
export function ouEigenMoments(driftValues, SigmaTilde, noiseScale, meanTilde0, covTilde0) {
    return eigenMomentsFromPropagator(ouModePropagator(driftValues, noiseScale), SigmaTilde, meanTilde0, covTilde0);
}
/** A scheme's propagator in H's eigenbasis (`lambdas` = eigenvalues of H), as a function of time t. */
export function schemeModePropagator(scheme, lambdas, eta) {
    const declaration = QUADRATIC_SCHEMES[scheme];
    return ouModePropagator(lambdas.map((l) => declaration.driftEigenvalue(l, eta)), declaration.noisy ? eta : 0);
}
/** The scheme's moments in H's eigenbasis (`basis` = eigen-decomposition of H), as a function of time t. */
export function schemeEigenMoments(scheme, basis, SigmaTilde, meanTilde0, covTilde0, eta) {
    return eigenMomentsFromPropagator(schemeModePropagator(scheme, basis.values, eta), SigmaTilde, meanTilde0, covTilde0);
}
/** The scheme's moments on the SGD time grid t_k = kη (t_k computed as k·η, never by accumulating η). */
export function schemeMomentTrajectory(input) {
    return eigenbasisTrajectory(input, (basis, SigmaTilde, m0, C0) => {
        const at = schemeEigenMoments(input.scheme, basis, SigmaTilde, m0, C0, input.eta);
        return (k) => at(k * input.eta);
    });
}
//# sourceMappingURL=quadraticSde.js.map