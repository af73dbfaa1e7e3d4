import type { Measurement } from "../../report/schema.ts";
import { type ExitTimes, type MeanExitEstimate, meanExitTime } from "../../stats/meanExitTime.ts";
import type { Simulation } from "../experiment.ts";
import type { TrendPoint } from "../trend.ts";

/**
 * A trend point measured from one exit simulation: y = ln(scale·Ê N) with SE SE(Ê N)/Ê N (delta method) — the
 * Arrhenius plot's ln(η·E N) with scale = η, the polynomial-escape plot's ln E N with scale = 1.
 */
export function exitTrendPoint(
  x: number,
  sim: Simulation<ExitTimes>,
  scale: number,
  row?: (m: MeanExitEstimate) => Measurement,
): TrendPoint {
  return {
    x,
    simulations: [sim],
    measure([d], alpha) {
      const m = meanExitTime(d as ExitTimes, alpha);
      return { y: Math.log(scale * m.mean), se: m.se / m.mean };
    },
    ...(row ? { row: ([d], alpha) => row(meanExitTime(d as ExitTimes, alpha)) } : {}),
  };
}
