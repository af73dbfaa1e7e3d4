/**
 * Mean first-passage time of a 2-D gradient diffusion to a half-plane (claim M3's 2-D reference, where the
 * Eyring–Kramers prefactor depends on the transverse curvatures and no 1-D quadrature applies):
 *
 *   dX = −∇f(X) dt + ε dW in ℝ², ε² = ησ² (SME-1 with isotropic noise), τ = inf{t : X₁(t) ≥ xExit},
 *   (ε²/2)ΔT − ∇f·∇T = −1 in [xLow, xExit] × [yLow, yHigh],  T = 0 on x = xExit,  ∂T/∂n = 0 on the other sides.
 *
 * Why not central differences: for small ε² the time is ~e^{2Δf/ε²} (1e9 at ε² = 0.025 on the double well), flat
 * in the well and falling to 0 in an O(ε) layer at the exit, and the drift/diffusion ratio h|∇f|/ε² exceeds 1 on
 * affordable grids, where central differences lose the M-matrix property and oscillate. Instead the backward
 * operator is discretised in its divergence (detailed-balance) form
 *
 *   L T = (ε²/2) e^{φ} ∇·(e^{−φ} ∇T),   φ = 2(f − f_ref)/ε²,
 *
 * by vertex-centred finite volumes with Scharfetter–Gummel face weights: the flux through the face between
 * neighbours i, j (spacing h) uses w_ij = e^{−φ_max}·|Δ|/(1 − e^{−|Δ|}), Δ = φ_j − φ_i, the exact harmonic mean
 * of e^{−φ} along the edge when φ is linear on it (= √(w_i w_j)·(Δ/2)/sinh(Δ/2)). Multiplied by the cell weight
 * e^{−φ_i}·area, the system becomes a grounded weighted graph Laplacian
 *
 *   Σ_j c_ij (T_i − T_j) + c_i,exit T_i = e^{−φ_i}·area_i,   c_ij = (ε²/2)·w_ij·face/h > 0,
 *
 * symmetric and an M-matrix for every h and ε (a reversible Markov generator: no spurious oscillation, no
 * stability limit), and second-order accurate in h/ε. Only φ-differences between neighbours and e^{−φ} ≤ 1
 * appear, so nothing overflows for any ε² > 0 (f_ref is the grid minimum of f).
 *
 * Solver: the matrix is nearly singular (smallest eigenvalue ~1/T, condition number ~T·ε²/h²), and plain Cholesky
 * forms its pivots by subtraction, so its error may grow with T. The elimination here is the symmetric form of GTH (bandedChain.ts),
 * i.e. Kron reduction of the graph: eliminating node k adds c_ik c_kj/d_k to the conductance of each pair of its
 * later neighbours and c_ik c_k,exit/d_k to their exit conductance, and the pivot d_k = c_k,exit + Σ_{j>k} c_kj is
 * a sum of positive terms. With a positive right-hand side the two triangular solves add positive terms only, so
 * no rounding error is amplified by cancellation, however large T is. Unknowns are numbered column by column
 * (y fastest), bandwidth m = ny + 1; cost n·m²/2 multiply-adds, storage n·m.
 *
 * Accuracy: the time is computed on three nested grids, spacings h, 2h, 4h, with `start` a node of all three (the
 * box is widened by less than one coarsest cell to make it so). Their values have errors c₂h² + c₄h⁴ + …; the
 * reported time is the Richardson extrapolation (4·fine − coarse)/3, and `errorEstimate` is its distance from the
 * same extrapolation one level down, i.e. the error of the coarser extrapolation — in the h⁴ regime ~16× the error
 * of `time`. At the default spacing ε/12 the relative estimate is ≤ 5e-5 on the double-well cases of the spec
 * (ε² = 0.02 … 0.2), where the error against the exact 1-D time is ≤ 3.2e-6; one solve takes 0.1–0.4 s there.
 *
 * The reflecting walls must not matter: put them where the quasi-stationary density e^{−2f/ε²} is e^{−30} below
 * its value on the escape path (densityWall below, default depth 30: across the valley where it is widest, and
 * behind the minimum); moving them further out then changes T by < 1e-10 (spec). A box so large that e^{−φ}
 * underflows (φ > 745) leaves nodes without any conductance, which is reported as an error.
 */
import { assertCount, assertFinite, assertFinitePositive, assertFunction } from "../arguments.js";
/** Default fine-grid spacing ε/12 (ε is the width of the boundary layer at the exit and of the well). */
export const DEFAULT_CELLS_PER_EPSILON = 12;
const MIN_CELLS = 32;
/** Mean first-passage time T(start) of dX = −∇f dt + ε dW to {x ≥ xExit}, with its grid check. */
export function meanFirstPassageTime2d(input) {
    const { potential, epsilon2, box, start } = input;
    assertFunction("potential", potential);
    assertFinitePositive("epsilon2", epsilon2);
    if (typeof box !== "object" || box === null)
        throw new Error("box must be {xLow, xExit, yLow, yHigh}");
    const { xLow, xExit, yLow, yHigh } = box;
    assertFinite("box.xLow", xLow);
    assertFinite("box.xExit", xExit);
    assertFinite("box.yLow", yLow);
    assertFinite("box.yHigh", yHigh);
    if (!Array.isArray(start) || start.length !== 2)
        throw new Error("start must be [x0, y0]");
    const [x0, y0] = start;
    assertFinite("start[0]", x0);
    assertFinite("start[1]", y0);
    if (!(x0 < xExit))
        throw new Error(`start x (${x0}) must be < box.xExit (${xExit})`);
    if (x0 < xLow)
        throw new Error(`start x (${x0}) must be ≥ box.xLow (${xLow})`);
    if (!(yLow < yHigh))
        throw new Error(`box.yLow (${yLow}) must be < box.yHigh (${yHigh})`);
    if (y0 < yLow || y0 > yHigh)
        throw new Error(`start y (${y0}) must lie in [yLow, yHigh] = [${yLow}, ${yHigh}]`);
    const epsilon = Math.sqrt(epsilon2);
    const defaultCells = (length) => 4 * Math.max(MIN_CELLS / 4, Math.ceil((length * DEFAULT_CELLS_PER_EPSILON) / (4 * epsilon)));
    const nxTarget = input.nx ?? defaultCells(xExit - xLow);
    const nyTarget = input.ny ?? defaultCells(yHigh - yLow);
    assertCount("nx", nxTarget, 4);
    assertCount("ny", nyTarget, 4);
    if (nxTarget % 4 !== 0 || nyTarget % 4 !== 0)
        throw new Error(`nx and ny must be multiples of 4 (two coarser levels; got ${nxTarget}, ${nyTarget})`);
    // Coarsest grid (spacing 4h) first: x0 and xExit are nodes; the walls move outward to the next node. The finer
    // levels subdivide it, so every level has x0 as a node and the same box.
    const quarterRight = Math.max(1, Math.round((nxTarget / 4) * ((xExit - x0) / (xExit - xLow))));
    const Hx = (xExit - x0) / quarterRight;
    const quarterLeft = cellsTo(x0 - xLow, Hx);
    const Hy = (yHigh - yLow) / (nyTarget / 4);
    const quarterBelow = cellsTo(y0 - yLow, Hy);
    const quarterAbove = cellsTo(yHigh - y0, Hy);
    // A start much closer to the exit than a cell would force a spacing far below the requested one.
    if (quarterLeft + quarterRight > nxTarget / 2)
        throw new Error(`start x (${x0}) is too close to box.xExit (${xExit}) for nx = ${nxTarget}: making it a node needs ` +
            `${4 * (quarterLeft + quarterRight)} cells; raise nx`);
    // Band storage holds n·m doubles at the fine level, m = ny + 1.
    const storage = 4 * (quarterLeft + quarterRight) * (4 * (quarterBelow + quarterAbove) + 1) ** 2;
    if (storage > 6e7)
        throw new Error(`grid too large: ${storage} band entries (> 6e7, ~480 MB); lower nx or ny`);
    const level = (cellsPerQuarter) => ({
        columns: cellsPerQuarter * (quarterLeft + quarterRight), // cells in x; column `columns` is the exit line
        rows: cellsPerQuarter * (quarterBelow + quarterAbove), // cells in y
        hx: Hx / cellsPerQuarter,
        hy: Hy / cellsPerQuarter,
        startColumn: cellsPerQuarter * quarterLeft,
        startRow: cellsPerQuarter * quarterBelow,
    });
    const grid = level(4);
    const xLowUsed = x0 - quarterLeft * Hx;
    const yLowUsed = y0 - quarterBelow * Hy;
    // φ on the fine grid including the exit column, shifted by its minimum so that e^{−φ} ≤ 1. The coarser
    // levels use every 2nd and 4th node of it.
    const nodesY = grid.rows + 1;
    const phi = new Float64Array((grid.columns + 1) * nodesY);
    let fMin = Number.POSITIVE_INFINITY;
    for (let ix = 0; ix <= grid.columns; ix++) {
        const x = ix === grid.columns ? xExit : xLowUsed + ix * grid.hx;
        for (let iy = 0; iy < nodesY; iy++) {
            const y = yLowUsed + iy * grid.hy;
            const v = potential(x, y);
            if (typeof v !== "number" || !Number.isFinite(v))
                throw new Error(`potential(${x}, ${y}) must be a finite number (got ${v})`);
            phi[ix * nodesY + iy] = v;
            if (v < fMin)
                fMin = v;
        }
    }
    const scale = 2 / epsilon2;
    for (let k = 0; k < phi.length; k++)
        phi[k] = scale * (phi[k] - fMin);
    const fine = solveOnGrid(grid, phi, nodesY, 1, epsilon2);
    const coarse = solveOnGrid(level(2), phi, nodesY, 2, epsilon2);
    const coarsest = solveOnGrid(level(1), phi, nodesY, 4, epsilon2);
    // The error is c₂h² + c₄h⁴ + …: one Richardson step removes the h² term.
    const time = (4 * fine - coarse) / 3;
    const coarseTime = (4 * coarse - coarsest) / 3;
    const errorEstimate = Math.abs(time - coarseTime);
    return {
        time,
        coarseTime,
        errorEstimate,
        relativeErrorEstimate: errorEstimate / time,
        fine,
        coarse,
        coarsest,
        nx: grid.columns,
        ny: grid.rows,
        hx: grid.hx,
        hy: grid.hy,
        box: { xLow: xLowUsed, xExit, yLow: yLowUsed, yHigh: yLowUsed + grid.rows * grid.hy },
    };
}
/** Whole cells of width h covering a length ≥ 0 (a length within round-off of a multiple needs no extra cell). */
function cellsTo(length, h) {
    return Math.max(0, Math.ceil(length / h - 1e-9));
}
/**
 * e^{−φ_max}·|Δ|/(1 − e^{−|Δ|}): the Scharfetter–Gummel face weight between nodes with φ = a and b, written so
 * that it neither overflows nor cancels for any |Δ|.
 */
function faceWeight(a, b) {
    const delta = Math.abs(a - b);
    const top = Math.exp(-Math.max(a, b));
    return delta < 1e-8 ? top * (1 + 0.5 * delta) : (top * delta) / -Math.expm1(-delta);
}
/**
 * T(start) on `grid`, whose node (ix, iy) is node (stride·ix, stride·iy) of the fine φ array (nodesY per column).
 * Builds the grounded Laplacian in band storage and eliminates it subtraction-free (see the top comment).
 */
function solveOnGrid(grid, phi, nodesY, stride, epsilon2) {
    const { columns, rows, hx, hy } = grid;
    const m = rows + 1; // nodes per column = bandwidth
    const n = columns * m; // unknowns: every column but the exit line
    const phiAt = (ix, iy) => phi[stride * ix * nodesY + stride * iy];
    // upper[k·m + d − 1] = conductance between k and k + d (1 ≤ d ≤ m); exit[k] = conductance to the exit line.
    const upper = new Float64Array(n * m);
    const exit = new Float64Array(n);
    const rhs = new Float64Array(n);
    const half = 0.5 * epsilon2;
    for (let ix = 0; ix < columns; ix++) {
        // Vertex-centred control volumes: half cells on the reflecting walls (the exit column is not a wall).
        const ax = ix === 0 ? 0.5 * hx : hx;
        for (let iy = 0; iy <= rows; iy++) {
            const ay = iy === 0 || iy === rows ? 0.5 * hy : hy;
            const k = ix * m + iy;
            const p = phiAt(ix, iy);
            rhs[k] = Math.exp(-p) * ax * ay;
            if (iy < rows)
                upper[k * m] = ((half * ax) / hy) * faceWeight(p, phiAt(ix, iy + 1));
            const horizontal = ((half * ay) / hx) * faceWeight(p, phiAt(ix + 1, iy));
            if (ix + 1 < columns)
                upper[k * m + m - 1] = horizontal;
            else
                exit[k] = horizontal;
        }
    }
    // Kron reduction (symmetric GTH), with the forward substitution folded in.
    const pivot = new Float64Array(n);
    for (let k = 0; k < n; k++) {
        const row = k * m;
        const width = Math.min(m, n - 1 - k);
        let d = exit[k];
        for (let a = 0; a < width; a++)
            d += upper[row + a];
        if (!(d > 0) || !Number.isFinite(d))
            throw new Error(`node ${k} is cut off from the exit (pivot ${d}): e^{−2f/ε²} underflows there — shrink the box`);
        pivot[k] = d;
        const exitK = exit[k];
        const rhsK = rhs[k];
        for (let a = 1; a <= width; a++) {
            const cka = upper[row + a - 1];
            if (cka === 0)
                continue;
            const f = cka / d;
            const i = k + a;
            const rowI = i * m - a - 1; // upper[rowI + b] = conductance between i and k + b, for b > a
            for (let b = a + 1; b <= width; b++)
                upper[rowI + b] += f * upper[row + b - 1];
            exit[i] += f * exitK;
            rhs[i] += f * rhsK;
        }
    }
    const T = new Float64Array(n);
    for (let k = n - 1; k >= 0; k--) {
        const row = k * m;
        const width = Math.min(m, n - 1 - k);
        let s = rhs[k];
        for (let a = 1; a <= width; a++)
            s += upper[row + a - 1] * T[k + a];
        T[k] = s / pivot[k];
    }
    return T[grid.startColumn * m + grid.startRow];
}
/**
 * The distance t along a ray at which the quasi-stationary density e^{−2f/ε²} first falls e^{−depth} below its
 * value at t = 0, i.e. 2(f(t) − f(0))/ε² = depth: where to put a reflecting wall so that it changes T by ~e^{−depth}.
 * Scans in steps of 1/64 of the quadratic guess √(depth·ε²/2) and refines by bisection.
 */
export function densityWall(input) {
    const { profile, epsilon2 } = input;
    assertFunction("profile", profile);
    assertFinitePositive("epsilon2", epsilon2);
    const depth = input.depth ?? 30;
    assertFinitePositive("depth", depth);
    const maxDistance = input.maxDistance ?? 100;
    assertFinitePositive("maxDistance", maxDistance);
    const f0 = profile(0);
    assertFinite("profile(0)", f0);
    const rise = (t) => (2 * (profile(t) - f0)) / epsilon2 - depth;
    const step = Math.sqrt((depth * epsilon2) / 2) / 64;
    let lo = 0;
    for (let hi = step; hi <= maxDistance + step; hi += step) {
        const r = rise(hi);
        if (Number.isNaN(r))
            throw new Error(`profile(${hi}) must be a finite number`);
        if (r >= 0) {
            for (let it = 0; it < 60; it++) {
                const mid = 0.5 * (lo + hi);
                if (rise(mid) >= 0)
                    hi = mid;
                else
                    lo = mid;
            }
            return hi;
        }
        lo = hi;
    }
    throw new Error(`the density does not fall by e^{−${depth}} within distance ${maxDistance}`);
}
//# sourceMappingURL=mfpt2d.js.map