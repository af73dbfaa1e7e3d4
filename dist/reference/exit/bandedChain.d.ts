/**
 * Exact solves of (I − P)x = b for a banded absorbing Markov chain, by GTH elimination.
 *
 * The discretised exit chains have E N up to ~1e10 and beyond, i.e. I − P is nearly singular (cond ~ E N): all
 * the information about escape sits in the exit probabilities 1 − Σ_j P_ij, which are ~1e-10 of the row sums.
 * Plain LU forms the pivots 1 − P_kk by subtraction and loses them to rounding, giving a relative error
 * ~E N·1e-16. The Grassmann–Taksar–Heyman variant (Grassmann, Taksar & Heyman, Oper. Res. 33, 1985) instead
 * carries each row's exit probability explicitly and recomputes the pivot of the censored chain as
 *
 *   1 − P'_kk = exit'_k + Σ_{j>k} P'_kj,
 *
 * and elimination of state k only adds nonnegative quantities: P'_ij = P_ij + (P_ik/d_k)P_kj, exit'_i = exit_i +
 * (P_ik/d_k)exit_k. With b ≥ 0 the triangular solves are subtraction-free as well, so x has componentwise relative
 * accuracy ~n·1e-16 whatever E N is. Without pivoting the band is kept: L and U live in P's band storage.
 */
export declare class BandedChain {
    readonly n: number;
    readonly lowerWidth: number;
    readonly upperWidth: number;
    /**
     * In-domain transition probabilities P_ij ≥ 0, row-major band storage: P_ij, i − lowerWidth ≤ j ≤ i + upperWidth,
     * at i·stride + (j − i + lowerWidth).
     */
    readonly transition: Float64Array;
    /** exit_i = 1 − Σ_j P_ij ≥ 0, the one-step exit probability, computed directly (not as 1 − a row sum). */
    readonly exit: Float64Array;
    readonly stride: number;
    private factored;
    private readonly pivot;
    constructor(n: number, lowerWidth: number, upperWidth: number);
    /** Index of P_ij in `transition`; throws outside the band. */
    index(i: number, j: number): number;
    /** GTH elimination in place. Throws if some state cannot reach the exit (a zero pivot: I − P singular). */
    factor(): this;
    /** x with (I − P)x = b, for a factored chain (b is not modified). */
    solve(b: ArrayLike<number>): Float64Array;
}
//# sourceMappingURL=bandedChain.d.ts.map