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
/** The p-point rule (p ≥ 1), with its integration matrix; cached per p. */
export declare function gaussLegendre(p: number): GaussLegendreRule;
/** Nodes and weights of the composite rule with `panels` equal panels on [a, b] (panel-major order). */
export declare function compositeNodes(a: number, b: number, panels: number, rule: GaussLegendreRule): {
    x: Float64Array;
    w: Float64Array;
};
/** ∫_a^b g by the composite p-point rule on `panels` equal panels (a > b gives −∫_b^a). */
export declare function integrate(g: (x: number) => number, a: number, b: number, panels: number, p?: number): number;
//# sourceMappingURL=gaussLegendre.d.ts.map