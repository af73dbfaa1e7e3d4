import { type Experiment } from "../experiment.ts";
import { type GridCase } from "./gridCase.ts";
import { type MonteCarloCase } from "./monteCarloCase.ts";
import { type QuadraticCase } from "./quadraticCase.ts";
import { type RotatedGridCase } from "./rotatedGridCase.ts";
/**
 * The weak-order experiments of W1 (SME-1, order 1) and W2 (SME-2, order 2): the slope of
 * log sup_k |E φ(x_k) − E φ(X_kη)| on log η, per case and test function, from
 *   - quadratic cases: Gaussian laws with closed-form moments (reference/weakError.ts), exact;
 *   - nonlinear 1-D cases: the master equation of SGD and the backward semigroup of the SDEs on a Chebyshev
 *     grid (reference/grid), with a refinement solve at every η whose difference bounds the grid error
 *     (asserted ≤ 1% of the weak errors in the fit), exact;
 *   - 2-D polynomials separable in a rotated frame: the same grids, factorized over the components, exact;
 *   - d-D nonlinear cases: coupled Monte Carlo (SGD and the SDE on common increments), with SEs.
 * The other models' errors are drawn as control curves (gradient flow is also order 1: W1 alone cannot tell the
 * SDE from the ODE).
 */
export interface WeakOrderConfig {
    etas: number[];
    cases: QuadraticCase[];
    gridCases: GridCase[];
    monteCarloCases: MonteCarloCase[];
    rotatedGridCases: RotatedGridCase[];
}
type Model = "sme1" | "sme2" | "gf";
export interface WeakOrderClaim {
    id: string;
    model: "sme1" | "sme2";
    predicted: number;
    controls: Model[];
}
/** Grid error must stay below this fraction of every weak error used in a fit. */
export declare const GRID_ERROR_FRACTION = 0.01;
export declare function parseWeakOrderConfig(raw: unknown, path: string): WeakOrderConfig;
export declare function weakOrderExperiments(claim: WeakOrderClaim, config: WeakOrderConfig, stream: (...parts: (string | number)[]) => string): Experiment[];
export declare const WEAK_ORDER_NOTES: (claim: WeakOrderClaim) => string[];
export {};
//# sourceMappingURL=weakOrder.d.ts.map