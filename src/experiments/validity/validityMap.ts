import { X_SQUARED } from "../../reference/grid/gridTestFunction.ts";
import { gridWeakErrors } from "../../reference/grid/gridWeakErrors.ts";
import { rademacherNoise } from "../../reference/grid/noiseLaw.ts";
import { sme1RelativeSecondMomentError } from "../../reference/largeStep.ts";
import type { PlotPart } from "../experiment.ts";

/**
 * The validity map of SME-1 (claim V4): over (η·λ_max, horizon T), whether the weak error of SME-1 for E x² stays
 * below 10% of E x² up to T — exactly on the quadratic hx²/2 (closed forms), and on the double well
 * x⁴/4 − x²/2 by the grid master equation (reference/grid). On the double well the noise is Rademacher
 * (bounded): with Gaussian tails a kick into the quartic wall catapults SGD past any interval (no invariant
 * interval exists for η ≥ 0.15 at σ = 1), and where even bounded noise can leave every interval the map says so
 * instead of guessing.
 */
export const VALIDITY_LEVEL = 0.1;
export const MAP_HORIZONS = [0.5, 1, 2, 4, 8, 16] as const;
export const QUADRATIC_MAP = { h: 1, sigma: 1, x0: 1 };
export const DOUBLE_WELL_MAP = { sigma: 0.5, x0: 0.5, lambdaMax: 2 };

export type Cell = "valid" | "invalid" | "no invariant interval";

export interface ValidityMap {
  quadratic: { etaLambda: number; horizon: number; error: number; cell: Cell }[];
  doubleWell: { etaLambda: number; horizon: number; error: number; cell: Cell }[];
}

export function validityMap(etaLambdas: readonly number[]): ValidityMap {
  const quadratic = etaLambdas.flatMap((el) => {
    const p = { h: QUADRATIC_MAP.h, sigma: QUADRATIC_MAP.sigma, eta: el / QUADRATIC_MAP.h };
    // A horizon shorter than one step compares nothing: such cells are left out, not called valid.
    return MAP_HORIZONS.filter((T) => p.eta <= T).map((T) => {
      let worst = 0;
      for (let k = 1; k * p.eta <= T + 1e-12; k++)
        worst = Math.max(worst, sme1RelativeSecondMomentError(p, QUADRATIC_MAP.x0, k));
      return {
        etaLambda: el,
        horizon: T,
        error: worst,
        cell: (worst < VALIDITY_LEVEL ? "valid" : "invalid") as Cell,
      };
    });
  });
  const landscape = { gradient: (x: number) => x * x * x - x, curvature: (x: number) => 3 * x * x - 1 };
  const doubleWell = etaLambdas.flatMap((el) => {
    const eta = el / DOUBLE_WELL_MAP.lambdaMax;
    const T = MAP_HORIZONS[MAP_HORIZONS.length - 1]!;
    const solved = solveWithInvariantInterval(landscape, eta, T);
    return MAP_HORIZONS.filter((horizon) => eta <= horizon).map((horizon) => {
      if (!solved)
        return { etaLambda: el, horizon, error: Number.NaN, cell: "no invariant interval" as Cell };
      let worst = 0;
      solved.times.forEach((t, k) => {
        if (t > 0 && t <= horizon + 1e-12)
          worst = Math.max(worst, Math.abs(solved.errors[k]!) / Math.abs(solved.values[k]!));
      });
      return {
        etaLambda: el,
        horizon,
        error: worst,
        cell: (worst < VALIDITY_LEVEL ? "valid" : "invalid") as Cell,
      };
    });
  });
  return { quadratic, doubleWell };
}

/** The grid solve at η with the automatic interval, else the first invariant symmetric one from a short list. */
function solveWithInvariantInterval(
  landscape: { gradient(x: number): number; curvature(x: number): number },
  eta: number,
  horizon: number,
): { times: number[]; errors: number[]; values: number[] } | null {
  const domains: (readonly [number, number] | undefined)[] = [
    undefined,
    [-1.6, 1.6],
    [-1.8, 1.8],
    [-2, 2],
    [-2.2, 2.2],
    [-2.5, 2.5],
  ];
  for (const domain of domains) {
    try {
      const r = gridWeakErrors({
        landscape,
        noiseScale: DOUBLE_WELL_MAP.sigma,
        sgdNoise: rademacherNoise(),
        x0: DOUBLE_WELL_MAP.x0,
        eta,
        horizon,
        tests: [X_SQUARED],
        models: ["sme1"],
        ...(domain ? { resolution: { domain } } : {}),
      });
      return { times: r.times, errors: r.errors.sme1!.signed[0]!, values: r.sgd[0]! };
    } catch (e) {
      if (!(e instanceof Error) || !/invariant/.test(e.message)) throw e;
    }
  }
  return null;
}

export interface MapPoints {
  name: string;
  etaLambda: number[];
  horizon: number[];
}

/** The map as two panels: cells as points by category, with the claim's own points overlaid. */
export function validityPanels(
  map: ValidityMap,
  points: { quadratic: MapPoints[]; doubleWell: MapPoints[] },
): PlotPart[] {
  const panel = (title: string, cells: ValidityMap["quadratic"], claimPoints: MapPoints[]): PlotPart => ({
    panel: {
      title,
      xLabel: "η·λ_max",
      yLabel: "horizon T",
      xScale: "linear",
      yScale: "log",
    },
    series: [
      ...(["valid", "invalid", "no invariant interval"] as const)
        .map((c) => ({
          name:
            c === "valid"
              ? `SME-1 within ${VALIDITY_LEVEL * 100}% of E x² up to T`
              : c === "invalid"
                ? `SME-1 off by ≥ ${VALIDITY_LEVEL * 100}%`
                : "SGD can leave every interval (no invariant interval)",
          mark: "points" as const,
          x: cells.filter((q) => q.cell === c).map((q) => q.etaLambda),
          y: cells.filter((q) => q.cell === c).map((q) => q.horizon),
        }))
        .filter((s) => s.x.length > 0),
      ...claimPoints.map((p) => ({ name: p.name, mark: "points" as const, x: p.etaLambda, y: p.horizon })),
    ],
  });
  return [
    panel(
      `Validity map of SME-1, quadratic hx²/2 (exact; x₀ = ${QUADRATIC_MAP.x0}, σ = ${QUADRATIC_MAP.sigma})`,
      map.quadratic,
      points.quadratic,
    ),
    panel(
      `Validity map of SME-1, double well x⁴/4 − x²/2 (grid master equation; Rademacher noise σ = ${DOUBLE_WELL_MAP.sigma}, x₀ = ${DOUBLE_WELL_MAP.x0})`,
      map.doubleWell,
      points.doubleWell,
    ),
  ];
}
