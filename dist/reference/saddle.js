/**
 * Escape from a hyperbolic saddle (THEORY.md §S, §B3): Kifer's law and its exact constants for a linear saddle.
 *
 * Near a saddle z, f ≈ ½(x − z)ᵀH(x − z) with λ_min(H) = −γ < 0 and unstable unit eigenvector v₁. Along v₁ SGD is
 *   u_{k+1} = (1 + ηγ)u_k − η ξ_k,   Var ξ_k = σ_u² = v₁ᵀΣv₁,
 * so u_k = (1 + ηγ)^k·Z_k with Z_k → Z ~ N(0, ησ_u²/(γ(2 + ηγ))) (the geometric sum of the noise), and the run
 * leaves |u| < a after k ≈ (ln a − ln|Z|)/ln(1 + ηγ) steps. With E ln|N(0,1)| = −½(γ_E + ln 2) this is the discrete
 * formula below; its continuous-time analogue (the OU process dX = γX dt + √η σ_u dW, ε² = η) is the S2
 * expansion. Only ln|Z| enters, which is why the count is "almost linear" in 1/η: E N ∝ η⁻¹ ln η⁻¹.
 *
 * Scope: the constants are those of the exit along v₁ alone (1-D, or the slab |v₁ᵀ(x − z)| ≥ a). In d-D the
 * stable directions y of a *ball* exit add |y|² ≈ ηΣ̃_jj/(2λ_j) per direction to the radius test, which moves
 * E τ by about −η Σ_j Σ̃_jj/(4γλ_j a²): the same order as the expansion's O(η) term, so the O(η²) remainder of
 * S2 holds for the slab, not for a ball with stable directions. (THEORY's Monte Carlo values are the 1-D ones;
 * specs/reference/saddle.spec.ts shows that by simulation.)
 */
import { symmetricEigen, symmetrize } from "../linalg/dense.js";
import { assertCovariance, assertFinitePositive, assertSymmetricMatrix } from "./arguments.js";
/** Euler–Mascheroni constant γ_E: −E ln|N(0,1)|·2 − ln 2, the O(1) term of every saddle formula here. */
export const EULER_GAMMA = 0.5772156649015329;
/** v₁ᵀΣv₁ at or below this fraction of λ_max(Σ) counts as zero (round-off of a product of unit vectors). */
const ZERO_NOISE_RELATIVE = 1e-12;
function assertLinearSaddle({ gamma, eta, radius, unstableNoiseVariance }) {
    assertFinitePositive("gamma", gamma);
    assertFinitePositive("eta", eta);
    assertFinitePositive("radius", radius);
    if (unstableNoiseVariance === 0)
        throw new Error("unstableNoiseVariance σ_u² = 0: there is no noise along v₁, so a run started at the saddle never leaves along it (S4); the escape formulas do not apply");
    assertFinitePositive("unstableNoiseVariance", unstableNoiseVariance);
}
/** S1 leading term: E τ ≈ (1/(2γ))·ln(1/η) (Kifer, ε = √η). Badly off at practical η: no O(1) constant. */
export function kiferLeadingExitTime({ gamma, eta }) {
    assertFinitePositive("gamma", gamma);
    assertFinitePositive("eta", eta);
    return Math.log(1 / eta) / (2 * gamma);
}
/** S1 leading term in iterations: E N ≈ (1/(2γη))·ln(1/η) (t = kη). */
export function kiferLeadingExitIterations(input) {
    return kiferLeadingExitTime(input) / input.eta;
}
/**
 * S2 continuous-time expansion for the linear saddle:
 *   E τ = (1/(2γ))[ln(4γa²/(ησ_u²)) + γ_E] − ησ_u²/(4γ²a²) + O(η²).
 * From E τ = (2/γ)∫₀^A F(u) du (see `linearSaddleSdeExitTime`) and F(u) ~ 1/(2u) + 1/(4u³) + …: the next term
 * is −3η²σ_u⁴/(16γ³a⁴).
 */
export function linearSaddleExitTime(input) {
    assertLinearSaddle(input);
    const { gamma, eta, radius: a, unstableNoiseVariance: s2 } = input;
    return ((Math.log((4 * gamma * a * a) / (eta * s2)) + EULER_GAMMA) / (2 * gamma) -
        (eta * s2) / (4 * gamma * gamma * a * a));
}
/**
 * S2 discrete SGD formula (linear saddle, Gaussian noise):
 *   E N ≈ [ln a − ½ ln(ησ_u²/(γ(2 + ηγ))) + ½(γ_E + ln 2)] / ln(1 + ηγ).
 * It treats the exit step as a real number: the first *integer* k past the level, and the not yet converged
 * geometric sum Z_k, make simulated E N larger by a fraction of an iteration (≈ +0.6 at γ = a = σ_u = 1).
 */
export function linearSaddleExitIterations(input) {
    assertLinearSaddle(input);
    return discreteLogLevel(input) / Math.log1p(input.eta * input.gamma);
}
/** Numerator of the discrete formula: E ln(a/|Z|), Z ~ N(0, ησ_u²/(γ(2 + ηγ))). */
function discreteLogLevel({ gamma, eta, radius, unstableNoiseVariance }) {
    const stationaryVariance = (eta * unstableNoiseVariance) / (gamma * (2 + eta * gamma));
    return Math.log(radius) - 0.5 * Math.log(stationaryVariance) + 0.5 * (EULER_GAMMA + Math.LN2);
}
/**
 * B3: E N ≈ (1/(2γη))[ln(4γa²B/(ησ_u²)) + γ_E], the leading part of the S2 expansion with σ_u² → σ_u²/B, in
 * iterations. The batch enters only through ln B: doubling B adds ln 2/(2γη) iterations. (Without replacement
 * from n samples replace B by B(n − 1)/(n − B), the factor of src/noise/minibatch.ts.)
 */
export function batchSaddleExitIterations(input) {
    assertLinearSaddle(input);
    const { gamma, eta, radius: a, unstableNoiseVariance: s2, batch } = input;
    if (!Number.isInteger(batch) || batch < 1)
        throw new Error(`batch must be a positive integer (got ${batch})`);
    return (Math.log((4 * gamma * a * a * batch) / (eta * s2)) + EULER_GAMMA) / (2 * gamma * eta);
}
/**
 * Local slope d ln E N / d ln(1/η) of the discrete formula E N = L(η)/ℓ(η), L the numerator, ℓ = ln(1 + ηγ):
 *   −η(L′/L − ℓ′/ℓ) = ½(1 − ηγ/(2 + ηγ))/L + ηγ/((1 + ηγ)ℓ).
 * As η → 0 it tends to 1 + 1/Λ with Λ = ln(4γa²/(ησ_u²)) + γ_E (2L → Λ, ηγ/ℓ → 1): "almost linear" in 1/η,
 * the excess over 1 decaying only like 1/ln(1/η).
 */
export function exitIterationsLogSlope(input) {
    assertLinearSaddle(input);
    const { gamma, eta } = input;
    const h = eta * gamma;
    return (0.5 * (1 - h / (2 + h))) / discreteLogLevel(input) + h / ((1 + h) * Math.log1p(h));
}
/** The η → 0 limit form of `exitIterationsLogSlope`: 1 + 1/(ln(4γa²/(ησ_u²)) + γ_E). */
export function exitIterationsAsymptoticLogSlope(input) {
    assertLinearSaddle(input);
    const { gamma, eta, radius: a, unstableNoiseVariance: s2 } = input;
    return 1 + 1 / (Math.log((4 * gamma * a * a) / (eta * s2)) + EULER_GAMMA);
}
/** Below this u the Dawson ODE is integrated; above it F's asymptotic series is exact to round-off. */
const DAWSON_SERIES_FROM = 6;
/** RK4 step for F′ = 1 − 2uF on [0, 6]: stiffness 2u·h ≤ 0.012, global error ~1e-13 (halving h agrees). */
const DAWSON_STEP = 1e-3;
/**
 * Exact mean exit time of dX = γX dt + √η σ_u dW from 0 out of |X| < a (the SDE along v₁; reference for S2):
 *   E τ = (2/γ)∫₀^A F(u) du,  A = a√(γ/(ησ_u²)),  F(u) = e^{−u²}∫₀^u e^{t²} dt (Dawson's integral),
 * which is THEORY's 1-D first-passage double integral (reflecting at 0 by symmetry) after u = y√(γ/(ησ_u²)).
 * ∫₀^U F is integrated with F as an ODE (F′ = 1 − 2uF) by RK4 up to U = min(A, 6); beyond, F(u) =
 * Σ_k (2k−1)!!/(2^{k+1}u^{2k+1}) is summed term by term until the terms stop shrinking (at u ≥ 6 the smallest
 * term is ~e^{−36}), so the integral is exact to round-off for every A.
 */
export function linearSaddleSdeExitTime(input) {
    assertLinearSaddle(input);
    const { gamma, eta, radius, unstableNoiseVariance } = input;
    const A = radius * Math.sqrt(gamma / (eta * unstableNoiseVariance));
    const U = Math.min(A, DAWSON_SERIES_FROM);
    const steps = Math.max(1, Math.ceil(U / DAWSON_STEP));
    const h = U / steps;
    const dF = (u, F) => 1 - 2 * u * F;
    let F = 0;
    let integral = 0;
    for (let k = 0; k < steps; k++) {
        const u = k * h;
        const k1 = dF(u, F);
        const k2 = dF(u + h / 2, F + (h / 2) * k1);
        const k3 = dF(u + h / 2, F + (h / 2) * k2);
        const k4 = dF(u + h, F + h * k3);
        // ∫F over the step by the same RK4 stages (I′ = F is the second component of the system).
        integral += (h / 6) * (F + 2 * (F + (h / 2) * k1) + 2 * (F + (h / 2) * k2) + (F + h * k3));
        F += (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    }
    if (A > U)
        integral += dawsonTailIntegral(U, A);
    return (2 / gamma) * integral;
}
/** ∫_U^A F(u) du from the asymptotic series: ½ ln(A/U) + Σ_{k≥1} c_k (U^{−2k} − A^{−2k})/(2k), c_k = (2k−1)!!/2^{k+1}. */
function dawsonTailIntegral(U, A) {
    let sum = 0.5 * Math.log(A / U);
    let c = 0.5;
    let previous = Number.POSITIVE_INFINITY;
    for (let k = 1; k < 200; k++) {
        c *= (2 * k - 1) / 2;
        const term = (c * (U ** (-2 * k) - A ** (-2 * k))) / (2 * k);
        // Asymptotic series: stop at the smallest term (the error is below it).
        if (!(term < previous) || term < 1e-18 * sum)
            break;
        sum += term;
        previous = term;
    }
    return sum;
}
/** Eigenvalues within this fraction of |λ_min| of it count as the same eigenvalue (Jacobi round-off). */
const MULTIPLICITY_RELATIVE = 1e-9;
/**
 * γ, v₁ and σ_u² of a saddle from its Hessian and the noise covariance there. A Hessian with no negative
 * eigenvalue is rejected: there is no unstable direction, and started at a minimum the escape is exponential in
 * 1/η (§M), not logarithmic.
 */
export function saddleGeometry(H, Sigma) {
    assertSymmetricMatrix("H", H);
    assertCovariance("Sigma", Sigma, H.length);
    const { values, vectors } = symmetricEigen(symmetrize(H));
    const lambdaMin = values[0];
    if (!(lambdaMin < 0))
        throw new Error(`H has no negative eigenvalue (eigenvalues ${values.map((v) => v.toPrecision(6)).join(", ")}): not a saddle, so there is no unstable direction to escape along`);
    const gamma = -lambdaMin;
    let v1 = vectors.map((row) => row[0]);
    const largest = v1.reduce((best, v) => (Math.abs(v) > Math.abs(best) ? v : best), 0);
    if (largest < 0)
        v1 = v1.map((v) => -v);
    let quadraticForm = 0;
    for (let i = 0; i < v1.length; i++)
        for (let j = 0; j < v1.length; j++)
            quadraticForm += v1[i] * Sigma[i][j] * v1[j];
    const sigmaScale = Math.max(0, ...symmetricEigen(symmetrize(Sigma)).values);
    const escapesAlongV1 = quadraticForm > ZERO_NOISE_RELATIVE * sigmaScale;
    const negative = values.filter((l) => l < 0);
    const geometry = {
        eigenvalues: values,
        gamma,
        v1,
        unstableNoiseVariance: escapesAlongV1 ? quadraticForm : 0,
        escapesAlongV1,
        unstableDimension: negative.length,
        minMultiplicity: values.filter((l) => Math.abs(l - lambdaMin) <= MULTIPLICITY_RELATIVE * gamma).length,
    };
    if (negative.length > 1)
        geometry.gamma2 = -negative[1];
    return geometry;
}
/**
 * S3: with a second unstable eigenvalue γ₂ ≤ γ, the exit point's component transverse to v₁ decays only like
 * η^{(1 − γ₂/γ)/2}: the v₂ component grows like e^{γ₂t}·√η while the v₁ component reaches a at t ≈ ln(a/√η)/γ, so
 * at the exit it is √η·η^{−γ₂/(2γ)}. Equal rates (γ₂ = γ) give 0: no concentration on ±v₁.
 */
export function transverseDecayExponent(gamma, gamma2) {
    assertFinitePositive("gamma", gamma);
    assertFinitePositive("gamma2", gamma2);
    if (gamma2 > gamma)
        throw new Error(`gamma2 = ${gamma2} must be ≤ gamma = ${gamma} (γ is the largest growth rate |λ_min|)`);
    return (1 - gamma2 / gamma) / 2;
}
//# sourceMappingURL=saddle.js.map