import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import { type GridScheme, type GridTestFunction, type GridWeakErrorSweep, type Landscape1d, type NoiseLaw1d } from "../../reference/grid/index.ts";
/**
 * A nonlinear 1-D case of the weak-approximation claims, decided by the deterministic grid references
 * (reference/grid): the laws of SGD (master equation, one-step kernel Gaussian or a finite mixture) and of the
 * SDEs (collocated backward Kolmogorov semigroup) are propagated on a Chebyshev grid, so each weak error is the
 * difference of two deterministic numbers. Every solve is repeated at a finer resolution; the difference is the
 * grid error, which a claim must show to be ≤ 1% of the smallest weak error it fits.
 */
export interface GridCase {
    name: string;
    landscape: LandscapeSpec;
    noise: NoiseSpec;
    f: Landscape1d;
    /** s(x) with s² = Σ(x). */
    noiseScale: (x: number) => number;
    /** Law of SGD's standardized noise (Gaussian, Rademacher, or a standardized finite law). */
    sgdNoise: NoiseLaw1d;
    sgdNoiseName: string;
    x0: number;
    T: number;
    tests: GridTestFunction[];
    /** The case's own η grid, when given (nonlinear cases reach the asymptotic regime at smaller η). */
    etas?: number[];
}
export declare function readGridCases(raw: unknown, path: string): GridCase[];
/** The weak errors of a grid case over an η grid, with the refinement (grid-error) solve at every η. */
export declare function gridCaseSweep(c: GridCase, etas: readonly number[], models: readonly GridScheme[]): GridWeakErrorSweep;
//# sourceMappingURL=gridCase.d.ts.map