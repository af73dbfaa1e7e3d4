/**
 * Acceptance 2 and 3 on the double well f = x⁴/4 − x²/2 (s = 1, x0 = 0.5 — between the barrier and the right
 * well, so the drift error is visible; T = 1; η = 1/20 … 1/500):
 *
 * - the grid error (difference to a solve at 1.5× the degree, +12 Gauss–Hermite nodes, a 20% wider interval)
 *   is below 1% of the *smallest* weak error of the sweep — the SME-2 error at η = 0.002, ~2e-6 — for every
 *   model and test function, so every weak error below is resolved to better than 1%;
 * - the weak orders: log-log slope ≈ 1 for SME-1 and gradient flow, ≈ 2 for SME-2, for φ = x, x², cos(2x), x⁴.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { doubleWell } from "../../../src/landscapes/doubleWell.ts";
import { cosine, X, X_FOURTH, X_SQUARED } from "../../../src/reference/grid/gridTestFunction.ts";
import {
  type GridWeakErrorSweep,
  gridWeakErrorSweep,
} from "../../../src/reference/grid/gridWeakErrorSweep.ts";
import { GAUSSIAN_NOISE } from "../../../src/reference/grid/noiseLaw.ts";
import {
  GRID_SCHEME_DECLARATIONS,
  GRID_SCHEMES,
  landscape1d,
} from "../../../src/reference/grid/setting1d.ts";
import { orderFit } from "../../../src/stats/regression.ts";

const DOUBLE_WELL_ETAS = [20, 32, 50, 80, 125, 200, 320, 500].map((k) => 1 / k);

let sweep: GridWeakErrorSweep;
beforeAll(() => {
  sweep = gridWeakErrorSweep(
    {
      landscape: landscape1d(doubleWell()),
      noiseScale: 1,
      sgdNoise: GAUSSIAN_NOISE,
      x0: 0.5,
      horizon: 1,
      tests: [X, X_SQUARED, cosine(2), X_FOURTH],
      estimateGridError: true,
    },
    DOUBLE_WELL_ETAS,
  );
});

describe("double well, Gaussian noise: grid error vs weak error", () => {
  test("every grid-error estimate is ≤ 1% of the smallest weak error of the sweep (in fact ≤ 1e-3 of it)", () => {
    let smallest = Number.POSITIVE_INFINITY;
    let largestGridError = 0;
    for (const r of sweep.results)
      for (const model of GRID_SCHEMES) {
        r.errors[model]!.sup.forEach((e) => {
          smallest = Math.min(smallest, e);
        });
        r.gridError!.errors[model]!.forEach((g) => {
          largestGridError = Math.max(largestGridError, g);
        });
      }
    // The smallest is SME-2 at η = 0.002 (φ = x): O(η²) ≈ 2.4e-6.
    expect(smallest).toBeGreaterThan(1e-6);
    expect(smallest).toBeLessThan(5e-6);
    expect(largestGridError).toBeLessThan(0.01 * smallest);
    expect(largestGridError).toBeLessThan(1e-3 * smallest);
  });

  test("the grid error is also tiny per η and per model relative to that model's own error", () => {
    for (const r of sweep.results)
      for (const model of GRID_SCHEMES)
        r.gridError!.errors[model]!.forEach((g, j) => {
          expect(g).toBeLessThan(1e-4 * r.errors[model]!.sup[j]!);
        });
  });
});

describe("double well, Gaussian noise: weak orders (W1, W2 and the gradient-flow control)", () => {
  test.each(GRID_SCHEMES.map((m) => [m, GRID_SCHEME_DECLARATIONS[m].weakOrder] as const))(
    "%s: slope of log sup|e| on log η within 0.15 of the declared order %d, for x, x², cos(2x), x⁴",
    (model, order) => {
      const errors = sweep.supErrors[model]!;
      errors.forEach((row) => {
        const fit = orderFit(sweep.etas, row, null, 0.05);
        expect(fit.status).toBe("ok");
        expect(Math.abs(fit.slope - order)).toBeLessThan(0.15);
        // The last local slopes (smallest η) are closer still: the asymptotic regime is reached.
        expect(Math.abs(fit.localSlopes[0]! - order)).toBeLessThan(0.1);
      });
    },
  );

  test("SME-2 beats SME-1, which beats gradient flow, at every η and φ (noise matters at O(η))", () => {
    for (const r of sweep.results)
      r.errors.sme2!.sup.forEach((e2, j) => {
        expect(e2).toBeLessThan(r.errors.sme1!.sup[j]!);
        expect(r.errors.sme1!.sup[j]!).toBeLessThan(r.errors.gf!.sup[j]!);
      });
  });
});
