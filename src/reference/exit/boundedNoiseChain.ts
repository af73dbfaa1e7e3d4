/**
 * The exact mean exit count of 1-D SGD with bounded noise (claim V3's reference): x ← m(x) − ηζ, m(x) = x − ηf′(x),
 * ζ Rademacher ±b or uniform on [−b, b], from the well left of the saddle z, exit at the first x ≥ z. The mean
 * exit count T solves
 *
 *   T(x) = 1 + E[T(m(x) − ηζ); m(x) − ηζ < z]                                  (T = 0 at and past z)
 *
 * discrete atoms v_k with probabilities q_k (Rademacher ±b, the mean of B Rademacher draws): Σ q_k T(m − ηv_k);
 * uniform on [−b, b]: (1/(2ηb))∫_{m−ηb}^{m+ηb} T(y) dy.
 *
 * T is taken piecewise linear on a uniform grid of [lo, z) (its last node is z⁻, the left limit: T jumps to 0 at
 * z), which turns the equation into a banded linear system (I − P)T = 1 with P ≥ 0 substochastic — an M-matrix,
 * so elimination without pivoting is stable. The interval must hold every state the chain visits: a step from
 * [lo, z) must not land below lo (checked, else throws). The grid error is estimated by the caller from two
 * spacings (h and h/2).
 */
export type BoundedNoiseLaw =
  | { kind: "discrete"; values: readonly number[]; probs: readonly number[] }
  | { kind: "uniform"; b: number };

/** The atoms of the mean of B Rademacher ±b draws: b(2k/B − 1) with probability C(B, k)/2^B, k = 0…B. */
export function rademacherMeanLaw(b: number, batch = 1): BoundedNoiseLaw {
  if (!(Number.isInteger(batch) && batch >= 1))
    throw new RangeError(`batch must be an integer ≥ 1, got ${batch}`);
  const values: number[] = [];
  const probs: number[] = [];
  let c = 1;
  for (let k = 0; k <= batch; k++) {
    values.push(b * ((2 * k) / batch - 1));
    probs.push(c / 2 ** batch);
    c = (c * (batch - k)) / (k + 1);
  }
  return { kind: "discrete", values, probs };
}

export interface BoundedChainInput {
  gradient: (x: number) => number;
  noise: BoundedNoiseLaw;
  eta: number;
  /** Left end of the state space and the exit level z (the saddle). */
  lo: number;
  z: number;
  /** Grid nodes (including lo and z⁻). */
  nodes: number;
}

export interface BoundedChain {
  /** T at a point of [lo, z) by the interpolant. */
  meanExitSteps(x: number): number;
  bandwidth: number;
}

export function boundedNoiseChain(input: BoundedChainInput): BoundedChain {
  const { gradient, noise, eta, lo, z, nodes: N } = input;
  if (!(N >= 10 && Number.isInteger(N))) throw new RangeError(`nodes must be an integer ≥ 10, got ${N}`);
  if (!(eta > 0 && lo < z)) throw new RangeError("need η > 0 and lo < z");
  const h = (z - lo) / (N - 1);
  const xs = Float64Array.from({ length: N }, (_, i) => lo + i * h);
  const m = Float64Array.from(xs, (x, i) => (i === N - 1 ? z - eta * gradient(z) : x - eta * gradient(x)));
  // Rows as sparse (col, weight) lists first: their extent fixes the band.
  const rows: { cols: number[]; w: number[] }[] = [];
  let kl = 0;
  let ku = 0;
  const add = (row: { cols: number[]; w: number[] }, y: number, weight: number) => {
    // Linear interpolation weight of T at y < z onto its two nodes.
    if (y >= z) return;
    if (y < lo - 1e-12 * (z - lo))
      throw new RangeError(`a step lands at ${y} below lo = ${lo}: widen the state space`);
    const t = Math.min(N - 1 - 1e-12, Math.max(0, (y - lo) / h));
    const j = Math.floor(t);
    const f = t - j;
    row.cols.push(j, j + 1);
    row.w.push(weight * (1 - f), weight * f);
  };
  for (let i = 0; i < N; i++) {
    const row = { cols: [] as number[], w: [] as number[] };
    if (noise.kind === "discrete") {
      noise.values.forEach((v, k) => add(row, m[i]! - eta * v, noise.probs[k]!));
    } else {
      const b = noise.b;
      // (1/(2ηb))∫ of the piecewise-linear T over [m − ηb, min(m + ηb, z)): exact cell by cell.
      const a = m[i]! - eta * b;
      const c = Math.min(m[i]! + eta * b, z);
      if (a < lo - 1e-12 * (z - lo))
        throw new RangeError(`a step lands at ${a} below lo = ${lo}: widen the state space`);
      const scale = 1 / (2 * eta * b);
      if (c > a) {
        const j0 = Math.max(0, Math.floor((a - lo) / h));
        const j1 = Math.min(N - 2, Math.floor((c - lo) / h));
        for (let j = j0; j <= j1; j++) {
          const u0 = Math.max(a, xs[j]!);
          const u1 = Math.min(c, xs[j + 1]!);
          if (!(u1 > u0)) continue;
          // ∫_{u0}^{u1} [(1 − s)T_j + s T_{j+1}] du with s = (u − x_j)/h.
          const s0 = (u0 - xs[j]!) / h;
          const s1 = (u1 - xs[j]!) / h;
          const len = u1 - u0;
          const meanS = 0.5 * (s0 + s1);
          row.cols.push(j, j + 1);
          row.w.push(scale * len * (1 - meanS), scale * len * meanS);
        }
      }
    }
    for (const c of row.cols) {
      kl = Math.max(kl, i - c);
      ku = Math.max(ku, c - i);
    }
    rows.push(row);
  }
  // Band storage: A[i][j] at band[i·W + (j − i + kl)], W = kl + ku + 1 (+ kl fill-in room above is not needed
  // without pivoting).
  const W = kl + ku + 1;
  const band = new Float64Array(N * W);
  const at = (i: number, j: number) => i * W + (j - i + kl);
  for (let i = 0; i < N; i++) {
    band[at(i, i)]! += 1;
    const r = rows[i]!;
    r.cols.forEach((c, k) => {
      band[at(i, c)]! -= r.w[k]!;
    });
  }
  const rhs = new Float64Array(N).fill(1);
  // Elimination in band storage: row i's entry (i, j) sits at i·W + j − i + kl, so row k's entries j ≥ k start
  // at k·W + kl and row i's at i·W + kl − (i − k): both advance with j, one index each.
  for (let k = 0; k < N; k++) {
    const pk = k * W + kl;
    const pivot = band[pk]!;
    if (!(Math.abs(pivot) > 0)) throw new Error(`zero pivot at node ${k}`);
    const iMax = Math.min(N - 1, k + kl);
    const span = Math.min(N - 1, k + ku) - k;
    for (let i = k + 1; i <= iMax; i++) {
      const pi = i * W + kl - (i - k);
      const f = band[pi]! / pivot;
      if (f === 0) continue;
      for (let d = 0; d <= span; d++) band[pi + d]! -= f * band[pk + d]!;
      rhs[i]! -= f * rhs[k]!;
    }
  }
  const T = new Float64Array(N);
  for (let i = N - 1; i >= 0; i--) {
    let s = rhs[i]!;
    const pi = i * W + kl;
    const span = Math.min(N - 1, i + ku) - i;
    for (let d = 1; d <= span; d++) s -= band[pi + d]! * T[i + d]!;
    T[i] = s / band[pi]!;
  }
  return {
    bandwidth: W,
    meanExitSteps(x: number): number {
      if (x >= z) return 0;
      const t = Math.min(N - 1, Math.max(0, (x - lo) / h));
      const j = Math.min(N - 2, Math.floor(t));
      const f = t - j;
      return (1 - f) * T[j]! + f * T[j + 1]!;
    },
  };
}
