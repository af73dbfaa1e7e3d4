/**
 * A landscape f: ℝ^d → ℝ with exact gradient and Hessian, and the critical points it *declares*.
 *
 * Declarations are data (diffrax's idea of solvers declaring their order): `criticalPoints` says where the
 * minima and saddles are and of which kind, and `verifyCriticalPoints` checks the declaration by Newton
 * refinement and the Hessian signature, so a claim never runs on a "minimum" that is not one.
 */
export type CriticalKind = "minimum" | "saddle" | "maximum";
export interface CriticalPoint {
    /** A name for reports ("left well", "saddle z"). */
    label: string;
    x: number[];
    kind: CriticalKind;
}
export interface Landscape {
    /** Short name for reports ("double-well", "quadratic(d=3)"). */
    readonly name: string;
    readonly dim: number;
    value(x: ArrayLike<number>): number;
    /** Writes ∇f(x) into `out` (length dim) and returns it. */
    gradient(x: ArrayLike<number>, out: Float64Array): Float64Array;
    /** Writes ∇²f(x) row-major into `out` (length dim²) and returns it. */
    hessian(x: ArrayLike<number>, out: Float64Array): Float64Array;
    readonly criticalPoints: readonly CriticalPoint[];
    /**
     * Kernel code generation: for each i, a JS expression for ∂f/∂x_i over the variables `x0 … x{d-1}` (plain
     * arithmetic, `Math.*` allowed). The SGD kernels are compiled per landscape from these, so a gradient costs
     * what its arithmetic costs (no call, no array). Must agree with `gradient` (a spec checks it). Every built-in
     * landscape has it; a landscape from a user module may omit it, and the kernels then call `gradient`.
     */
    readonly gradientSource?: readonly string[];
    /** JSON description for reports and configs (kind and parameters). */
    readonly spec: LandscapeSpec;
}
/** JSON forms of the built-in landscapes (configs and reports use these). */
export type LandscapeSpec = {
    kind: "quadratic";
    H: number[][];
    center?: number[];
} | {
    kind: "double-well";
} | {
    kind: "double-well-2d";
    k: number;
} | {
    kind: "tilted-double-well";
    tilt: number;
} | {
    kind: "polynomial";
    dim: number;
    terms: {
        c: number;
        p: number[];
    }[];
    criticalPoints?: CriticalPoint[];
}
/** A landscape exported by a JS module (landscapes/modules.ts): `module` is its file URL once loaded. */
 | {
    kind: "module";
    module: string;
    export?: string;
    params?: unknown;
};
//# sourceMappingURL=landscape.d.ts.map