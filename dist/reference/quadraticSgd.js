import { eigenbasisTrajectory, eigenMomentsFromPropagator, } from "./quadraticSetting.js";
/** m_k and C_k for k = 0..K. O(K d³) (the change of basis dominates). */
export function sgdMomentTrajectory(input) {
    return eigenbasisTrajectory(input, (basis, SigmaTilde, m0, C0) => sgdEigenMoments(basis, SigmaTilde, m0, C0, input.eta));
}
/**
 * SGD as a mode propagator (quadraticSetting.ts): at step k, growth_i = μ_i^k and
 * noise_ij = η²·Σ_{l<k} (μ_iμ_j)^l = η²(1 − (μ_iμ_j)^k)/(1 − μ_iμ_j), μ_i = 1 − ηλ_i (any real λ_i).
 */
export function sgdModePropagator(lambdas, eta) {
    const d = lambdas.length;
    // log μ_i = log1p(−ηλ_i) is exact to round-off when 0 < μ_i, unlike log(1 − ηλ_i) for small ηλ_i; μ_i^k is then
    // exp(k·log μ_i) with a relative error ~ k·|log μ_i|·ε (≈ λt·ε) instead of k·ε for repeated products.
    const logMu = lambdas.map((l) => (eta * l < 1 ? Math.log1p(-eta * l) : Number.NaN));
    const mu = lambdas.map((l) => 1 - eta * l);
    // 1 − μ_iμ_j = η(λ_i + λ_j) − η²λ_iλ_j, written without the cancellation of 1 − (1−ηλ_i)(1−ηλ_j); then
    // 1 − (μ_iμ_j)^k = −expm1(k(log μ_i + log μ_j)) keeps full relative precision when ηλk is small.
    const oneMinusP = new Float64Array(d * d);
    for (let i = 0; i < d; i++)
        for (let j = 0; j < d; j++) {
            const li = lambdas[i];
            const lj = lambdas[j];
            oneMinusP[i * d + j] = eta * (li + lj) - eta * eta * li * lj;
        }
    const eta2 = eta * eta;
    return (k, growth, noise) => {
        for (let i = 0; i < d; i++)
            growth[i] = Number.isNaN(logMu[i]) ? mu[i] ** k : Math.exp(k * logMu[i]);
        for (let i = 0; i < d; i++) {
            for (let j = i; j < d; j++) {
                const q = oneMinusP[i * d + j];
                let geometric;
                if (q === 0)
                    geometric = k;
                else if (!Number.isNaN(logMu[i]) && !Number.isNaN(logMu[j]))
                    geometric = -Math.expm1(k * (logMu[i] + logMu[j])) / q;
                else
                    geometric = (1 - growth[i] * growth[j]) / q;
                noise[i * d + j] = eta2 * geometric;
                noise[j * d + i] = eta2 * geometric;
            }
        }
    };
}
/** Step-k moments in H's eigenbasis (m̃_k, C̃_k) from Σ̃ = VᵀΣV, m̃_0 = Vᵀx0 and C̃_0. */
export function sgdEigenMoments(basis, SigmaTilde, meanTilde0, covTilde0, eta) {
    return eigenMomentsFromPropagator(sgdModePropagator(basis.values, eta), SigmaTilde, meanTilde0, covTilde0);
}
//# sourceMappingURL=quadraticSgd.js.map