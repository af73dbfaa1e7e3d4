/**
 * Gauss–Legendre panels: the quadrature behind the exact 1-D exit references.
 *
 * The mean first-passage time is an iterated integral, T(x) = 2∫_x^r ψ(y) ∫_l^y dz/(s²ψ) dy, so besides the
 * p-point rule (exact for degree 2p − 1, error O(h^{2p}) on panels of width h) it needs the *indefinite*
 * integral at each node. The integration matrix S_ij = ∫_{−1}^{t_i} ℓ_j(t) dt (ℓ_j the Lagrange basis on the
 * nodes t_j) gives it from the same function values with error O(h^p) ("spectral integration", Greengard 1991):
 * ∫_{−1}^{t_i} g ≈ Σ_j S_ij g(t_j). S is computed with the rule itself on [−1, t_i], which is exact because
 * ℓ_j has degree p − 1 ≤ 2p − 1; no Vandermonde matrix (ill-conditioned) is formed.
 */

export interface GaussLegendreRule {
  /** Nodes t_i on (−1, 1), ascending. */
  nodes: Float64Array;
  weights: Float64Array;
  /** integration[i·p + j] = ∫_{−1}^{t_i} ℓ_j(t) dt. */
  integration: Float64Array;
}

const cache = new Map<number, GaussLegendreRule>();

/** The p-point rule (p ≥ 1), with its integration matrix; cached per p. */
export function gaussLegendre(p: number): GaussLegendreRule {
  if (!Number.isInteger(p) || p < 1 || p > 64)
    throw new Error(`Gauss–Legendre order must be an integer in [1, 64] (got ${p})`);
  const hit = cache.get(p);
  if (hit) return hit;
  const nodes = new Float64Array(p);
  const weights = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    // Newton on P_p from the Chebyshev-like guess of Abramowitz–Stegun 22.16.6; converges in a few steps.
    let t = Math.cos((Math.PI * (i + 0.75)) / (p + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = t;
      for (let k = 2; k <= p; k++) {
        const p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (p * (t * p1 - p0)) / (t * t - 1);
      const step = p1 / dp;
      t -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    // Recompute P'_p at the converged node for the weight.
    let p0 = 1;
    let p1 = t;
    for (let k = 2; k <= p; k++) {
      const p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
      p0 = p1;
      p1 = p2;
    }
    dp = (p * (t * p1 - p0)) / (t * t - 1);
    nodes[p - 1 - i] = t;
    weights[p - 1 - i] = 2 / ((1 - t * t) * dp * dp);
  }
  const integration = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    const half = 0.5 * (nodes[i]! + 1);
    for (let k = 0; k < p; k++) {
      const u = -1 + half * (nodes[k]! + 1);
      const wk = half * weights[k]!;
      for (let j = 0; j < p; j++) {
        let l = 1;
        for (let m = 0; m < p; m++) if (m !== j) l *= (u - nodes[m]!) / (nodes[j]! - nodes[m]!);
        integration[i * p + j]! += wk * l;
      }
    }
  }
  const rule = { nodes, weights, integration };
  cache.set(p, rule);
  return rule;
}

/** Nodes a composite rule may have (two Float64Arrays of this length: 1.6 GB). */
export const MAX_QUADRATURE_NODES = 1e8;

/** Nodes and weights of the composite rule with `panels` equal panels on [a, b] (panel-major order). */
export function compositeNodes(
  a: number,
  b: number,
  panels: number,
  rule: GaussLegendreRule,
): { x: Float64Array; w: Float64Array } {
  const p = rule.nodes.length;
  // A panel count past this is a step size or range the quadrature cannot resolve in memory (η → 0).
  if (!(panels * p <= MAX_QUADRATURE_NODES))
    throw new RangeError(
      `the quadrature on [${a}, ${b}] would need ${(panels * p).toExponential(1)} nodes (cap ${MAX_QUADRATURE_NODES.toExponential(0)}): the step size is too small for this reference`,
    );
  const h = (b - a) / panels;
  const x = new Float64Array(panels * p);
  const w = new Float64Array(panels * p);
  for (let k = 0; k < panels; k++) {
    const mid = a + (k + 0.5) * h;
    for (let i = 0; i < p; i++) {
      x[k * p + i] = mid + 0.5 * h * rule.nodes[i]!;
      w[k * p + i] = 0.5 * h * rule.weights[i]!;
    }
  }
  return { x, w };
}

/** ∫_a^b g by the composite p-point rule on `panels` equal panels (a > b gives −∫_b^a). */
export function integrate(g: (x: number) => number, a: number, b: number, panels: number, p = 8): number {
  const { x, w } = compositeNodes(a, b, panels, gaussLegendre(p));
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * g(x[i]!);
  return s;
}
