import { type GridTestFunction } from "./gridTestFunction.ts";
import { type NoiseLaw1d } from "./noiseLaw.ts";
import { type GridScheme, type Landscape1d, type NoiseScale } from "./setting1d.ts";
export interface GridResolution {
    /** Polynomial degree N of the Chebyshev grid (N + 1 nodes; default 128). */
    degree?: number;
    /** Gauss–Hermite nodes for Gaussian SGD noise (default 20; ignored for discrete noise). */
    quadratureNodes?: number;
    /** Truncation interval; default: chosen by gridDomain.ts. A given interval must be invariant (else throws). */
    domain?: readonly [number, number];
    /** Standard deviations of linearized spread kept in the core of the automatic interval (default 8). */
    coreWidth?: number;
    /** Bound on h·max(1, |f''|) of the gradient-flow RK4 substeps (default 1e-3). */
    flowStep?: number;
}
export interface GridWeakErrorInput {
    /** f' (gradient) and f'' (curvature) of the landscape; see landscape1d() for a 1-D Landscape. */
    landscape: Landscape1d;
    /** s(x): the gradient noise has variance s(x)²; SME-1/2 diffuse with √η s(X). */
    noiseScale: NoiseScale;
    /** Law of the standardized SGD noise v (mean 0, variance 1). */
    sgdNoise: NoiseLaw1d;
    x0: number;
    eta: number;
    /** Horizon T; K = round(T/η) steps, compared at the times kη (k ≤ K). */
    horizon: number;
    tests: readonly GridTestFunction[];
    /** Models compared with SGD (default all three). */
    models?: readonly GridScheme[];
    /** Steps k at which to compare, strictly increasing in [0, K] (default 0..K). */
    checkpoints?: readonly number[];
    resolution?: GridResolution;
    /**
     * Also solve at a finer resolution and report the differences as `gridError` (about 3–4× the cost). `true`
     * uses REFINEMENT (1.5× degree, +12 Gauss–Hermite nodes, interval 10% wider each side, half the flow step);
     * a GridResolution gives the finer resolution explicitly.
     */
    estimateGridError?: boolean | GridResolution;
}
/** The resolution actually used (after defaults and the automatic interval). */
export interface GridResolutionUsed {
    degree: number;
    /** Nodes of the noise rule actually used (Gauss–Hermite after dropping weights < 1e-18, or the atoms). */
    quadratureNodes: number;
    domain: readonly [number, number];
    /** The linearized core that the automatic interval holds in its middle. */
    core: readonly [number, number];
    flowStep: number;
}
export interface GridSchemeErrors {
    /** e_k = E φ(x_k) − E φ(X_{kη}), [test][checkpoint]. */
    signed: number[][];
    /** max_k |e_k| per test. */
    sup: number[];
    /** The checkpoint step attaining sup, per test (first on ties). */
    argmaxStep: number[];
    /** |e_k| at the last checkpoint, per test. */
    final: number[];
}
export interface GridErrorEstimate {
    finer: GridResolutionUsed;
    /** max_k |E φ(x_k) − (same at the finer resolution)| per test. */
    sgd: number[];
    /** Same for each model's expectations. */
    sde: Partial<Record<GridScheme, number[]>>;
    /** max_k |e_k − e_k(finer)| per test: the uncertainty of the weak error itself. */
    errors: Partial<Record<GridScheme, number[]>>;
    /** The finer solve's E φ(x_k), [test][checkpoint], for callers that combine expectations before differencing. */
    sgdValues: number[][];
    /** The finer solve's E φ(X_{kη}) per model, [test][checkpoint]. */
    sdeValues: Partial<Record<GridScheme, number[][]>>;
}
export interface GridWeakErrors {
    eta: number;
    /** K = round(T/η). */
    steps: number;
    checkpoints: number[];
    /** kη at each checkpoint. */
    times: number[];
    /** Labels of the test functions, in input order. */
    tests: string[];
    models: GridScheme[];
    /** E φ(x_k), [test][checkpoint]. */
    sgd: number[][];
    /** E φ(X_{kη}) per model, [test][checkpoint]. */
    sde: Partial<Record<GridScheme, number[][]>>;
    errors: Partial<Record<GridScheme, GridSchemeErrors>>;
    resolution: GridResolutionUsed;
    /** Present when estimateGridError was set. */
    gridError?: GridErrorEstimate;
}
export declare const DEFAULT_DEGREE = 128;
export declare const DEFAULT_QUADRATURE_NODES = 20;
/** How the finer solve of estimateGridError differs: 1.5× degree, +12 Gauss–Hermite nodes, ±10% wider, h/2. */
export declare const REFINEMENT: {
    degreeFactor: number;
    extraQuadratureNodes: number;
    widening: number;
    flowStepFactor: number;
};
export declare function gridWeakErrors(input: GridWeakErrorInput): GridWeakErrors;
//# sourceMappingURL=gridWeakErrors.d.ts.map