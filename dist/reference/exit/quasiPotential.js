/**
 * Quasi-potentials for state-dependent noise (claim M5; B4 builds on it): the exponent V in E N ≍ e^{V/η}.
 *
 * V solves ½∇Vᵀ Σ ∇V = ∇f·∇V (the Freidlin–Wentzell Hamilton–Jacobi equation of dX = −∇f dt + √η σ dW, σσᵀ = Σ),
 * V(x*) = 0.
 *
 * - 1-D, Σ(x) > 0: ½Σ V'² = f'V' gives V' = 2f'/Σ, so V(y) = 2∫_{x*}^{y} f'(u)/Σ(u) du exactly. Constant
 *   Σ = σ² gives 2(f(y) − f(x*))/σ², the Arrhenius exponent of claim M1; Hessian-shaped Σ ∝ f'' makes a sharp
 *   minimum shallower in V than a flat one of equal depth (B4).
 * - d-D near a quadratic minimum, f ≈ ½yᵀHy and constant Σ₀ ≻ 0: V = ½yᵀS⁻¹y with HS + SH = Σ₀ (ηS is the
 *   stationary covariance of the linearised SDE dX = −HX dt + √η σ₀ dW; for Σ₀ = σ²I, V = yᵀHy/σ² = 2f/σ²). The Lyapunov
 *   equation is solved in H's eigenbasis, where it is diagonal: S̃_ij = Σ̃_ij/(λ_i + λ_j).
 */
import { symmetricEigen, symmetrize } from "../../linalg/dense.js";
import { compositeNodes, gaussLegendre } from "../../math/gaussLegendre.js";
import { assertCount, assertFinite, assertFunction, assertSymmetricMatrix, checkedValue, } from "../arguments.js";
/** V(y) = 2∫_{x*}^{y} f'(u)/Σ(u) du. */
export function quasiPotential1d(input) {
    const { gradient, noiseVariance, minimum, at } = input;
    assertFunction("gradient", gradient);
    assertFunction("noiseVariance", noiseVariance);
    assertFinite("minimum", minimum);
    assertFinite("at", at);
    const panels = input.panels ?? 64;
    assertCount("panels", panels, 2);
    if (at === minimum)
        return { value: 0, errorEstimate: 0 };
    const integral = (count) => {
        const { x, w } = compositeNodes(minimum, at, count, gaussLegendre(8));
        let s = 0;
        for (let i = 0; i < x.length; i++)
            s +=
                (w[i] * checkedValue("gradient", gradient, x[i])) /
                    checkedValue("noiseVariance", noiseVariance, x[i], true);
        return 2 * s;
    };
    const value = integral(panels);
    return { value, errorEstimate: Math.abs(value - integral(Math.floor(panels / 2))) };
}
/** Eigen-decomposition of a symmetric positive definite H (throws otherwise). */
function spdEigen(name, H) {
    const eig = symmetricEigen(H);
    const scale = Math.max(...eig.values.map(Math.abs));
    if (!(eig.values[0] > 1e-12 * scale))
        throw new Error(`${name} must be positive definite (smallest eigenvalue ${eig.values[0]})`);
    return eig;
}
/** S with HS + SH = Σ₀, for H symmetric positive definite and Σ₀ symmetric. */
export function lyapunovSolve(H, Sigma0) {
    assertSymmetricMatrix("H", H);
    assertSymmetricMatrix("Sigma0", Sigma0, H.length);
    const { values, vectors: V } = spdEigen("H", H);
    const d = H.length;
    // S̃ = Vᵀ Σ₀ V ⊘ (λ_i + λ_j), then S = V S̃ Vᵀ.
    const SigmaV = Sigma0.map((row) => V[0].map((_, j) => row.reduce((s, v, k) => s + v * V[k][j], 0)));
    const St = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => {
        let s = 0;
        for (let k = 0; k < d; k++)
            s += V[k][i] * SigmaV[k][j];
        return s / (values[i] + values[j]);
    }));
    const S = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => {
        let s = 0;
        for (let k = 0; k < d; k++)
            for (let l = 0; l < d; l++)
                s += V[i][k] * St[k][l] * V[j][l];
        return s;
    }));
    return symmetrize(S);
}
/** V(y) = ½yᵀS⁻¹y, HS + SH = Σ₀ (y measured from the minimizer; Σ₀ must be positive definite). */
export function quadraticQuasiPotential(H, Sigma0, y) {
    if (!Array.isArray(y) || y.length !== H.length || !y.every(Number.isFinite))
        throw new Error(`y must be ${H.length} finite numbers`);
    const S = lyapunovSolve(H, Sigma0);
    spdEigen("Sigma0", Sigma0);
    const { values, vectors } = spdEigen("S", S);
    let v = 0;
    for (let k = 0; k < values.length; k++) {
        let c = 0;
        for (let i = 0; i < y.length; i++)
            c += vectors[i][k] * y[i];
        v += (c * c) / values[k];
    }
    return 0.5 * v;
}
//# sourceMappingURL=quasiPotential.js.map