/**
 * The residual two-well finite sum f_i(x) = (g(x) + e_i)² + b_i·x, g(x) = (x² − 1)(1 + c·x + d·x²), in closed form, for
 * kernels and references: F = (1/n)Σf_i and its derivatives, and the population variance of the per-sample
 * gradients ∇f_i = 2(g + e_i)g' + b_i. With ē, b̄ the means and Var/Cov the population (1/n) moments:
 *
 *   F(x)   = g² + 2g·ē + mean(e²) + b̄·x
 *   F'(x)  = 2g·g' + 2g'·ē + b̄
 *   F''(x) = 2g'² + 2g·g'' + 2g''·ē                                        (g'' = 12d·x² + 6c·x + 2 − 2d)
 *   Σ_n(x) = (1/n)Σ(∇f_i − F')² = 4g'²·Var(e) + 4g'·Cov(e, b) + Var(b)     (∇f_i − F' = 2g'(e_i − ē) + b_i − b̄)
 *
 * For the committed file (e, b centred, b ⊥ e, mean(e²) = 400, mean(b²) = 200) this is F = g² + 400,
 * F''(±1) = 2g'(±1)², Σ_n = 1600g'² + 200 = 800F''(x*) + 200 at the minima, 200 at the saddle (g' = 0, x ≈ 0.154).
 * The moments are computed from the data (two passes), so the formulas hold for any e, b, not only that one.
 */
import type { ResidualTwoWellDataset } from "./datasetFile.ts";
export interface ResidualTwoWellModel {
    c: number;
    d: number;
    n: number;
    e: Float64Array;
    b: Float64Array;
    meanE: number;
    meanB: number;
    /** mean(e²), the value of F at the zeros of g when ē = b̄ = 0. */
    meanE2: number;
    /** Population (1/n) variances and covariance of the residual offsets e and tilts b. */
    varE: number;
    varB: number;
    covEB: number;
    g(x: number): number;
    gPrime(x: number): number;
    gSecond(x: number): number;
    /** F(x), the mean loss. */
    loss(x: number): number;
    /** F'(x) = 2g·g' + b̄ + 2g'·ē. */
    gradient(x: number): number;
    /** F''(x), exact. */
    curvature(x: number): number;
    /** Σ_n(x) = (1/n)Σ(∇f_i(x) − F'(x))², by the closed form above. */
    populationVariance(x: number): number;
}
export declare function residualG(c: number, d: number, x: number): number;
/** g'(x) = 2x(1 + c·x + d·x²) + (x² − 1)(c + 2d·x) = 4d·x³ + 3c·x² + (2 − 2d)·x − c. */
export declare function residualGPrime(c: number, d: number, x: number): number;
export declare function residualTwoWellModel(ds: ResidualTwoWellDataset): ResidualTwoWellModel;
//# sourceMappingURL=residualTwoWell.d.ts.map