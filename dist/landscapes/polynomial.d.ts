/**
 * f(x) = Σ_t c_t · Π_i x_i^{p_{t,i}}: the user-defined landscape family of configs (DESIGN.md §10), e.g.
 * `{"kind":"polynomial","dim":2,"terms":[{"c":0.25,"p":[4,0]},…]}`. Gradient and Hessian are exact: the terms
 * are differentiated symbolically once, at construction, into monomial lists that `gradient`, `hessian` and
 * `gradientSource` all evaluate the same way (so the kernel source and `gradient` agree bit for bit).
 */
import type { CriticalPoint, Landscape } from "./landscape.ts";
export interface PolynomialTerm {
    /** Coefficient. */
    c: number;
    /** Exponent of each coordinate (length dim, non-negative integers). */
    p: number[];
}
export interface PolynomialSpec {
    dim: number;
    terms: PolynomialTerm[];
}
/**
 * Validates a polynomial description (typed or parsed JSON). Field names are relative (`terms[2].p`), so a
 * caller that knows the enclosing path prefixes them with `withinField`.
 */
export declare function validatePolynomialSpec(spec: unknown): PolynomialSpec;
export declare function polynomial(spec: PolynomialSpec, criticalPoints?: CriticalPoint[]): Landscape;
/**
 * A polynomial landscape from parsed JSON (`{"kind":"polynomial","dim":…,"terms":[…],"criticalPoints":[…]}`).
 * Declared critical points are verified (Newton refinement + Hessian signature), so a config whose "minimum" is
 * not one is rejected here with the field named, before any claim runs on it.
 */
export declare function parsePolynomialJson(json: unknown, path?: string): Landscape;
//# sourceMappingURL=polynomial.d.ts.map