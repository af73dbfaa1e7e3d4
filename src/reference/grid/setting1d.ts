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

export const GRID_SCHEMES: readonly GridScheme[] = ["sme1", "sme2", "gf"];

export interface GridSchemeDeclaration {
  label: string;
  /** Weak order of sup_{kη≤T} |E φ(x_k) − E φ(X_{kη})| as η → 0. */
  weakOrder: number;
  /** Whether the scheme carries the √η s dW term. */
  noisy: boolean;
  /** Drift b(x) of dX = b(X) dt + … at step size η. */
  drift(landscape: Landscape1d, eta: number, x: number): number;
}

export const GRID_SCHEME_DECLARATIONS: Readonly<Record<GridScheme, GridSchemeDeclaration>> = {
  sme1: {
    label: "SME-1: dX = −f'(X) dt + √η s(X) dW",
    weakOrder: 1,
    noisy: true,
    drift: (landscape, _eta, x) => -landscape.gradient(x),
  },
  sme2: {
    label: "SME-2: dX = −(f' + (η/2)f''f')(X) dt + √η s(X) dW",
    weakOrder: 2,
    noisy: true,
    drift: (landscape, eta, x) => {
      const g = landscape.gradient(x);
      return -g - 0.5 * eta * landscape.curvature(x) * g;
    },
  },
  gf: {
    label: "gradient flow: dX = −f'(X) dt",
    weakOrder: 1,
    noisy: false,
    drift: (landscape, _eta, x) => -landscape.gradient(x),
  },
};

/** f', f'' of a 1-D Landscape (landscapes/landscape.ts) as scalar functions. */
export function landscape1d(landscape: Landscape): Landscape1d {
  if (landscape.dim !== 1) throw new Error(`landscape must be 1-D (got dim ${landscape.dim})`);
  const point = new Float64Array(1);
  const out = new Float64Array(1);
  return {
    gradient(x) {
      point[0] = x;
      return landscape.gradient(point, out)[0]!;
    },
    curvature(x) {
      point[0] = x;
      return landscape.hessian(point, out)[0]!;
    },
  };
}

/** s as a function; a constant must be finite and ≥ 0. */
export function noiseScaleFunction(s: NoiseScale): (x: number) => number {
  if (typeof s === "function") return s;
  if (!Number.isFinite(s) || s < 0) throw new Error(`noiseScale must be finite and ≥ 0 (got ${s})`);
  return () => s;
}
