/**
 * The 1-D nonlinear setting of THEORY.md §W: a landscape given by f' and f'', a noise scale s(x) (the gradient
 * noise has variance s(x)², i.e. Σ = s²), and the three continuous-time models that SGD is compared with:
 *
 *   SME-1  dX = −f'(X) dt + √η s(X) dW
 *   SME-2  dX = −(f' + (η/2)f''f')(X) dt + √η s(X) dW       (the drift is −(f + (η/4)f'²)')
 *   GF     dX = −f'(X) dt
 *
 * Each declares its weak order against SGD as data (as QUADRATIC_SCHEMES does for the exact quadratic
 * references), and the specs check the declaration on nonlinear landscapes.
 */
import type { Landscape } from "../../landscapes/landscape.ts";
export interface Landscape1d {
    /** f'(x). */
    gradient(x: number): number;
    /** f''(x); only SME-2's drift uses it. */
    curvature(x: number): number;
}
/** s(x) ≥ 0, or a constant. */
export type NoiseScale = number | ((x: number) => number);
export type GridScheme = "sme1" | "sme2" | "gf";
export declare const GRID_SCHEMES: readonly GridScheme[];
export interface GridSchemeDeclaration {
    label: string;
    /** Weak order of sup_{kη≤T} |E φ(x_k) − E φ(X_{kη})| as η → 0. */
    weakOrder: number;
    /** Whether the scheme carries the √η s dW term. */
    noisy: boolean;
    /** Drift b(x) of dX = b(X) dt + … at step size η. */
    drift(landscape: Landscape1d, eta: number, x: number): number;
}
export declare const GRID_SCHEME_DECLARATIONS: Readonly<Record<GridScheme, GridSchemeDeclaration>>;
/** f', f'' of a 1-D Landscape (landscapes/landscape.ts) as scalar functions. */
export declare function landscape1d(landscape: Landscape): Landscape1d;
/** s as a function; a constant must be finite and ≥ 0. */
export declare function noiseScaleFunction(s: NoiseScale): (x: number) => number;
//# sourceMappingURL=setting1d.d.ts.map