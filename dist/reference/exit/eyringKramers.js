/**
 * Eyring–Kramers asymptotics of the mean escape time from a local minimizer (claim M3's d-D reference):
 *
 *   dX = −∇f(X) dt + ε dW,  ε² = ησ² (SME-1 with isotropic noise Σ = σ²I),
 *   E τ ≈ (2π/|λ₋(z)|)·√(|det ∇²f(z)| / det ∇²f(x*))·exp(2Δf/ε²),   Δf = f(z) − f(x*),
 *
 * to reach the neighbourhood of the other minimum through the saddle z (λ₋ its one negative Hessian eigenvalue).
 * Hitting z itself takes half of it: a path at z crosses to the other side with probability ½. This is the time
 * of the SDE; SGD's mean iteration count is ≈ E τ/η (with an O(√η) excess when exits are monitored at z itself,
 * THEORY M3). The relative error is O(ε²) (the double well's exact/Kramers ratio is 1.139, 1.098, 1.043, 1.020
 * at ε² = 0.2, 0.1, 0.05, 0.025).
 *
 * Computed in log space from eigenvalues: exp(2Δf/ε²) overflows for ε² < 2Δf/709, and det ∇²f for large d.
 */
import { symmetricEigen } from "../../linalg/dense.js";
import { assertFinitePositive, assertSymmetricMatrix } from "../arguments.js";
function targetLogFactor(target) {
    if (target === undefined || target === "other-well")
        return 0;
    if (target === "saddle")
        return -Math.LN2;
    throw new Error(`target must be "other-well" or "saddle" (got ${String(target)})`);
}
/** ln E τ of the Eyring–Kramers formula. */
export function eyringKramersLogTime(input) {
    const { hessianAtMinimum: Hx, hessianAtSaddle: Hz, barrier, epsilon2, target } = input;
    assertSymmetricMatrix("hessianAtMinimum", Hx);
    assertSymmetricMatrix("hessianAtSaddle", Hz, Hx.length);
    assertFinitePositive("barrier", barrier);
    assertFinitePositive("epsilon2", epsilon2);
    const shift = targetLogFactor(target);
    const lx = symmetricEigen(Hx).values;
    const lz = symmetricEigen(Hz).values;
    const scaleX = Math.max(...lx.map(Math.abs));
    const scaleZ = Math.max(...lz.map(Math.abs));
    if (!(lx[0] > 1e-12 * scaleX))
        throw new Error(`hessianAtMinimum must be positive definite (smallest eigenvalue ${lx[0]})`);
    const negatives = lz.filter((l) => l < 0).length;
    const smallest = Math.min(...lz.map(Math.abs));
    if (negatives !== 1 || !(smallest > 1e-12 * scaleZ))
        throw new Error(`hessianAtSaddle must have exactly one negative eigenvalue and no zero one (eigenvalues ${lz.join(", ")})`);
    const lambdaMinus = -lz[0];
    let logDetZ = 0;
    for (const l of lz)
        logDetZ += Math.log(Math.abs(l));
    let logDetX = 0;
    for (const l of lx)
        logDetX += Math.log(l);
    return (Math.log(2 * Math.PI) -
        Math.log(lambdaMinus) +
        0.5 * (logDetZ - logDetX) +
        (2 * barrier) / epsilon2 +
        shift);
}
/** E τ of the Eyring–Kramers formula (Infinity beyond double range: use eyringKramersLogTime). */
export function eyringKramersTime(input) {
    return Math.exp(eyringKramersLogTime(input));
}
/** ln E τ in 1-D: ln(2π/√(f''(x*)|f''(z)|)) + 2Δf/ε². */
export function kramersLogTime(input) {
    const { curvatureAtMinimum: a, curvatureAtSaddle: c, barrier, epsilon2, target } = input;
    assertFinitePositive("curvatureAtMinimum", a);
    if (!(Number.isFinite(c) && c < 0))
        throw new Error(`curvatureAtSaddle must be a finite number < 0 (got ${c})`);
    assertFinitePositive("barrier", barrier);
    assertFinitePositive("epsilon2", epsilon2);
    return Math.log(2 * Math.PI) - 0.5 * Math.log(a * -c) + (2 * barrier) / epsilon2 + targetLogFactor(target);
}
/** Kramers' time in 1-D, 2π/√(f''(x*)|f''(z)|)·e^{2Δf/ε²} (halved for target "saddle"). */
export function kramersTime(input) {
    return Math.exp(kramersLogTime(input));
}
//# sourceMappingURL=eyringKramers.js.map