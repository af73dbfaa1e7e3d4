export interface ExitBox {
    /** Reflecting wall on the left. */
    xLow: number;
    /** The absorbing line: the process exits when X₁ ≥ xExit. */
    xExit: number;
    /** Reflecting walls below and above. */
    yLow: number;
    yHigh: number;
}
export interface MeanFirstPassage2dInput {
    /**
     * The landscape f(x, y) (the drift is −∇f). The divergence form needs f itself, not only ∇f: the scheme uses
     * the differences of f between grid neighbours.
     */
    potential: (x: number, y: number) => number;
    /** ε² = ησ² > 0, the squared (isotropic, constant) noise size. */
    epsilon2: number;
    box: ExitBox;
    /** [x0, y0] inside the box with x0 < xExit. */
    start: readonly [number, number];
    /**
     * Cells across the box in x at the fine level, a multiple of 4 (default: spacing ε/DEFAULT_CELLS_PER_EPSILON,
     * at least 32 cells). The spacing is adjusted so that x0 is a node of all three levels, so the count used
     * (result.nx) may differ slightly.
     */
    nx?: number;
    /** Cells across the box in y at the fine level, a multiple of 4 (default as for nx). */
    ny?: number;
}
export interface MeanFirstPassage2dResult {
    /** T(start): the Richardson extrapolation (4·fine − coarse)/3. */
    time: number;
    /** The same extrapolation one level down, (4·coarse − coarsest)/3. */
    coarseTime: number;
    /** |time − coarseTime|: the error of coarseTime, hence (~16× in the h⁴ regime) above that of time. */
    errorEstimate: number;
    /** errorEstimate/time. */
    relativeErrorEstimate: number;
    /** T(start) on the grids of spacing h, 2h and 4h (error ∝ h²). */
    fine: number;
    coarse: number;
    coarsest: number;
    /** Fine-grid cells in x (from the left wall to the exit line) and y. */
    nx: number;
    ny: number;
    /** Fine-grid spacings. */
    hx: number;
    hy: number;
    /** The box actually used: the given one widened by less than one coarsest cell so that `start` is a node. */
    box: ExitBox;
}
/** Default fine-grid spacing ε/12 (ε is the width of the boundary layer at the exit and of the well). */
export declare const DEFAULT_CELLS_PER_EPSILON = 12;
/** Mean first-passage time T(start) of dX = −∇f dt + ε dW to {x ≥ xExit}, with its grid check. */
export declare function meanFirstPassageTime2d(input: MeanFirstPassage2dInput): MeanFirstPassage2dResult;
export interface DensityWallInput {
    /** f along a ray from the valley floor, as a function of the distance t ≥ 0 along it. */
    profile: (t: number) => number;
    epsilon2: number;
    /** ln of the density drop at the wall (default 30). */
    depth?: number;
    /** Search limit for t (default 100). */
    maxDistance?: number;
}
/**
 * The distance t along a ray at which the quasi-stationary density e^{−2f/ε²} first falls e^{−depth} below its
 * value at t = 0, i.e. 2(f(t) − f(0))/ε² = depth: where to put a reflecting wall so that it changes T by ~e^{−depth}.
 * Scans in steps of 1/64 of the quadratic guess √(depth·ε²/2) and refines by bisection.
 */
export declare function densityWall(input: DensityWallInput): number;
//# sourceMappingURL=mfpt2d.d.ts.map