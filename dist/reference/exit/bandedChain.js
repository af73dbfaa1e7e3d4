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
export class BandedChain {
    n;
    lowerWidth;
    upperWidth;
    /**
     * In-domain transition probabilities P_ij ≥ 0, row-major band storage: P_ij, i − lowerWidth ≤ j ≤ i + upperWidth,
     * at i·stride + (j − i + lowerWidth).
     */
    transition;
    /** exit_i = 1 − Σ_j P_ij ≥ 0, the one-step exit probability, computed directly (not as 1 − a row sum). */
    exit;
    stride;
    factored = false;
    pivot;
    constructor(n, lowerWidth, upperWidth) {
        this.n = n;
        this.lowerWidth = lowerWidth;
        this.upperWidth = upperWidth;
        if (!Number.isInteger(n) || n < 1)
            throw new Error(`chain size must be an integer ≥ 1 (got ${n})`);
        if (!Number.isInteger(lowerWidth) || lowerWidth < 0 || !Number.isInteger(upperWidth) || upperWidth < 0)
            throw new Error(`band widths must be integers ≥ 0 (got ${lowerWidth}, ${upperWidth})`);
        this.stride = lowerWidth + upperWidth + 1;
        this.transition = new Float64Array(n * this.stride);
        this.exit = new Float64Array(n);
        this.pivot = new Float64Array(n);
    }
    /** Index of P_ij in `transition`; throws outside the band. */
    index(i, j) {
        if (!(j - i <= this.upperWidth && i - j <= this.lowerWidth && j >= 0 && j < this.n && i >= 0 && i < this.n))
            throw new Error(`entry (${i}, ${j}) is outside the band`);
        return i * this.stride + j - i + this.lowerWidth;
    }
    /** GTH elimination in place. Throws if some state cannot reach the exit (a zero pivot: I − P singular). */
    factor() {
        if (this.factored)
            throw new Error("chain already factored");
        const { n, lowerWidth: ml, upperWidth: mu, stride, transition: P, exit, pivot } = this;
        for (let k = 0; k < n; k++) {
            const rowK = k * stride + ml - k; // P[rowK + j] = P_kj
            const jEnd = Math.min(n - 1, k + mu);
            let d = exit[k];
            for (let j = k + 1; j <= jEnd; j++)
                d += P[rowK + j];
            if (!(d > 0) || !Number.isFinite(d))
                throw new Error(`GTH elimination: state ${k} cannot reach the exit (pivot ${d}); I − P is singular`);
            pivot[k] = d;
            const iEnd = Math.min(n - 1, k + ml);
            for (let i = k + 1; i <= iEnd; i++) {
                const rowI = i * stride + ml - i;
                const pik = P[rowI + k];
                if (pik === 0)
                    continue;
                const f = pik / d;
                P[rowI + k] = f; // the multiplier, kept for the forward solve
                for (let j = k + 1; j <= jEnd; j++)
                    P[rowI + j] += f * P[rowK + j];
                exit[i] += f * exit[k];
            }
        }
        this.factored = true;
        return this;
    }
    /** x with (I − P)x = b, for a factored chain (b is not modified). */
    solve(b) {
        if (!this.factored)
            throw new Error("call factor() before solve()");
        const { n, lowerWidth: ml, upperWidth: mu, stride, transition: P, pivot } = this;
        if (b.length !== n)
            throw new Error(`right-hand side must have length ${n} (got ${b.length})`);
        const x = Float64Array.from(b);
        for (let i = 0; i < n; i++) {
            const row = i * stride + ml - i;
            let s = x[i];
            for (let k = Math.max(0, i - ml); k < i; k++)
                s += P[row + k] * x[k];
            x[i] = s;
        }
        for (let i = n - 1; i >= 0; i--) {
            const row = i * stride + ml - i;
            let s = x[i];
            const jEnd = Math.min(n - 1, i + mu);
            for (let j = i + 1; j <= jEnd; j++)
                s += P[row + j] * x[j];
            x[i] = s / pivot[i];
        }
        return x;
    }
}
//# sourceMappingURL=bandedChain.js.map