export type EscapeTarget = "other-well" | "saddle";
export interface EyringKramersInput {
    /** ∇²f(x*), positive definite. */
    hessianAtMinimum: number[][];
    /** ∇²f(z), with exactly one negative eigenvalue and no zero one. */
    hessianAtSaddle: number[][];
    /** Δf = f(z) − f(x*) > 0. */
    barrier: number;
    /** ε² = ησ², the squared noise size of the SDE. */
    epsilon2: number;
    /** "other-well" (default) or "saddle" (half the time). */
    target?: EscapeTarget;
}
export interface KramersInput {
    /** f''(x*) > 0. */
    curvatureAtMinimum: number;
    /** f''(z) < 0 (signed). */
    curvatureAtSaddle: number;
    barrier: number;
    epsilon2: number;
    target?: EscapeTarget;
}
/** ln E τ of the Eyring–Kramers formula. */
export declare function eyringKramersLogTime(input: EyringKramersInput): number;
/** E τ of the Eyring–Kramers formula (Infinity beyond double range: use eyringKramersLogTime). */
export declare function eyringKramersTime(input: EyringKramersInput): number;
/** ln E τ in 1-D: ln(2π/√(f''(x*)|f''(z)|)) + 2Δf/ε². */
export declare function kramersLogTime(input: KramersInput): number;
/** Kramers' time in 1-D, 2π/√(f''(x*)|f''(z)|)·e^{2Δf/ε²} (halved for target "saddle"). */
export declare function kramersTime(input: KramersInput): number;
//# sourceMappingURL=eyringKramers.d.ts.map