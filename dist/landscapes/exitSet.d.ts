/**
 * Where a run counts as having exited: a region of state space named by the claims, simulated by the exit
 * kernels (simulate/exitCondition.ts emits its test) and solved by the exact references. Exits are checked at integer iterations (SGD's own semantics; the
 * discrete monitoring adds an O(√η) excess over the continuous exit time that reports mention where it matters).
 */
export type ExitSet = 
/** Exit when normal·x ≥ offset (e.g. "past the saddle": x ≥ 0 on the double well). */
{
    kind: "half-space";
    normal: number[];
    offset: number;
}
/** Exit when |x − center| ≥ radius (leaving a ball around a saddle). */
 | {
    kind: "ball";
    center: number[];
    radius: number;
}
/**
 * Exit when |normal·(x − center)| ≥ halfWidth: leaving a slab along one direction (the unstable eigenvector
 * of a saddle), so the exit is decided by that coordinate alone and the others are free to be measured.
 */
 | {
    kind: "slab";
    normal: number[];
    center: number[];
    halfWidth: number;
};
/** True if x is already outside the region, i.e. the start would count as an immediate exit. */
export declare function hasExited(set: ExitSet, x: ArrayLike<number>): boolean;
export declare function exitSetDim(set: ExitSet): number;
//# sourceMappingURL=exitSet.d.ts.map