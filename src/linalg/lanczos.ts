import { symmetricEigen } from "./dense.ts";

/**
 * The largest eigenvalue of a symmetric operator given only as v ↦ Av (a Hessian-vector product), by Lanczos
 * with full reorthogonalisation: exact in exact arithmetic after at most n steps, and in practice converged in a
 * few dozen steps for the isolated top eigenvalue of a network's Hessian. Full reorthogonalisation costs O(k²n),
 * nothing beside k products at the sizes used here (n of a few hundred), and keeps the Ritz values free of the
 * spurious copies plain Lanczos produces.
 *
 * Convergence is judged on the *true* residual ‖Au − θu‖ of the top Ritz pair (one more product), not on the
 * recurrence's estimate: the result carries that residual, and by the Kahan–Parlett bound the top eigenvalue of
 * A lies within it of θ (for symmetric A some eigenvalue is within ‖Au − θu‖ of θ).
 */
export interface TopEigen {
  value: number;
  vector: Float64Array;
  /** ‖Au − θu‖ for the returned unit vector u. */
  residual: number;
  steps: number;
}

export function lanczosTop(
  apply: (v: Float64Array, out: Float64Array) => void,
  start: Float64Array,
  options: { maxSteps?: number; relativeTolerance?: number } = {},
): TopEigen {
  const n = start.length;
  const maxSteps = Math.min(n, options.maxSteps ?? 80);
  const tol = options.relativeTolerance ?? 1e-10;
  const basis: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = [];
  let q = Float64Array.from(start);
  normalize(q);
  const w = new Float64Array(n);
  let best: TopEigen | null = null;
  for (let k = 0; k < maxSteps; k++) {
    basis.push(q);
    apply(q, w);
    const a = dotF(w, q);
    alpha.push(a);
    // Full reorthogonalisation against every basis vector (twice is enough: "twice is enough", Parlett).
    for (let pass = 0; pass < 2; pass++)
      for (const b of basis) {
        const c = dotF(w, b);
        for (let i = 0; i < n; i++) w[i]! -= c * b[i]!;
      }
    const bNorm = Math.sqrt(dotF(w, w));
    const done = k + 1 === maxSteps || bNorm <= 1e-14 * Math.abs(a);
    if (k >= 4 && (k % 5 === 4 || done)) {
      const candidate = ritzTop(apply, basis, alpha, beta);
      best = candidate;
      if (candidate.residual <= tol * Math.abs(candidate.value) || done) return candidate;
    }
    if (done) break;
    beta.push(bNorm);
    q = Float64Array.from(w, (x) => x / bNorm);
  }
  return best ?? ritzTop(apply, basis, alpha, beta);
}

function ritzTop(
  apply: (v: Float64Array, out: Float64Array) => void,
  basis: Float64Array[],
  alpha: number[],
  beta: number[],
): TopEigen {
  const k = basis.length;
  const T = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) =>
      i === j ? alpha[i]! : Math.abs(i - j) === 1 ? beta[Math.min(i, j)]! : 0,
    ),
  );
  const eig = symmetricEigen(T);
  const top = k - 1;
  const n = basis[0]!.length;
  const u = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const c = eig.vectors[j]![top]!;
    const b = basis[j]!;
    for (let i = 0; i < n; i++) u[i]! += c * b[i]!;
  }
  normalize(u);
  const au = new Float64Array(n);
  apply(u, au);
  const value = dotF(au, u);
  let r = 0;
  for (let i = 0; i < n; i++) r += (au[i]! - value * u[i]!) ** 2;
  return { value, vector: u, residual: Math.sqrt(r), steps: k };
}

function dotF(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function normalize(v: Float64Array): void {
  const s = Math.sqrt(dotF(v, v));
  for (let i = 0; i < v.length; i++) v[i]! /= s;
}
