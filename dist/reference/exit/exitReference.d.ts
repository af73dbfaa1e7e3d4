/**
 * The one place that decides which exact reference a mean-exit problem has (DESIGN.md §5). Given the
 * landscape, the noise, the start and the exit set, it returns the reference that applies — for SGD itself or
 * for its first-order SDE — or throws NoExactReference saying why none does. It never falls back silently: a
 * noise family that is not Gaussian does not get the Gaussian chain, a 3-D problem does not get a 1-D integral.
 *
 *   process  problem                                                     reference
 *   SGD      1-D, Gaussian noise, exit past a level or out of an interval  discrete exit chain (I − P)T = 1
 *   SGD      quadratic f, constant Gaussian noise, exit decided along an   the same chain for the 1-D projection
 *            eigenvector of ∇²f (half-space or slab normal to it)           u = n·x (exact: u is autonomous)
 *   SME-1    1-D, any noise with a covariance Σ(x) > 0, exit past a level  double integral in log space
 *   SME-1    2-D, isotropic constant noise, exit line x₁ = c              reversible finite-volume backward eq.
 *
 * The reflecting side of a 1-D problem is the same for both processes: where the quasi-stationary density has
 * fallen e^{−40} below its peak (discreteExitChain.ts `reflectingWall`), so the chain and the integral solve
 * the same domain. Eyring–Kramers and Kifer's formulas are asymptotics, not exact references: they are
 * predictions of the claims (eyringKramers.ts, saddle.ts).
 */
import type { ExitSet } from "../../landscapes/exitSet.ts";
import type { Landscape } from "../../landscapes/landscape.ts";
import type { NoiseModel } from "../../noise/noise.ts";
export interface ExitProblem {
    landscape: Landscape;
    noise: NoiseModel;
    start: readonly number[];
    exitSet: ExitSet;
    /**
     * Points on the escape path where the valley's width sets the 2-D reference's side walls (the saddle it
     * leaves through); the start is always one.
     */
    path?: readonly (readonly number[])[];
}
export type ExitProcess = "sgd" | "sme1";
export interface ExitReference {
    process: ExitProcess;
    kind: "discrete-chain" | "diffusion-quadrature" | "backward-equation-2d";
    /** For reports: "exact discrete chain (1-D)". */
    name: string;
    /** E N in iterations at step size η (for SME-1: the mean exit time over η). */
    meanIterations(eta: number): number;
    /** The same with the reference's own error estimate (coarse vs fine level), in iterations. */
    solve(eta: number): {
        mean: number;
        errorEstimate: number;
    };
}
export declare class NoExactReference extends Error {
    name: string;
}
/** The exact reference of `problem` for `process`, or NoExactReference with the reason. */
export declare function exactExitReference(problem: ExitProblem, process: ExitProcess): ExitReference;
/** The reference when one applies, else null (for report columns that are shown where they exist). */
export declare function exactExitReferenceOrNull(problem: ExitProblem, process: ExitProcess): ExitReference | null;
//# sourceMappingURL=exitReference.d.ts.map