/**
 * The reachable hull of 1-D SGD with noise bounded by b, x ← x − η(f′(x) + ζ), |ζ| ≤ b, from x₀: an interval
 * [a, c] from which every step lands inside it, found by iterating the extreme steps over a fine grid of the
 * current hull with a Lipschitz margin; null when it reaches the exit level z (no proof). With c below z no
 * run can ever exit: claim V3's deterministic statement.
 */
export function reachableHull(
  gradient: (x: number) => number,
  b: number,
  eta: number,
  x0: number,
  z: number,
): [number, number] | null {
  let a = x0;
  let c = x0;
  for (let it = 0; it < 200; it++) {
    const n = 4000;
    let lo = a;
    let hi = c;
    const width = Math.max(c - a, 1e-9);
    // |d/dx (x − ηf′(x))| ≤ 1 + η·max|f″| on the hull covers the points between grid nodes. |f″| is taken at the
    // hull's ends, floored at 1: for the double well |3x² − 1| peaks there or at 0 (where it is 1).
    const fpp = Math.max(...[a, c].map((x) => Math.abs((gradient(x + 1e-6) - gradient(x - 1e-6)) / 2e-6)), 1);
    const margin = (1 + eta * fpp) * (width / n);
    for (let i = 0; i <= n; i++) {
      const x = a + (width * i) / n;
      const m = x - eta * gradient(x);
      lo = Math.min(lo, m - eta * b - margin);
      hi = Math.max(hi, m + eta * b + margin);
    }
    if (hi >= z) return null;
    if (lo >= a - 1e-15 && hi <= c + 1e-15) return [a, c];
    a = Math.min(a, lo);
    c = Math.max(c, hi);
  }
  return null;
}
