import type { Measurement, PlotSpec } from "../../report/schema.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimContext } from "../claim.ts";
import { runCaseExits } from "../exit/exitCase.ts";
import { meanExitTime } from "../exit/meanExit.ts";
import type { RunSize } from "../exit/runConfig.ts";
import { slopeAssertion, trendFit } from "../exit/trendFit.ts";
import { arrheniusPanel } from "../minimizer/plots.ts";
import { type SaddleCase, saddleHorizon } from "./saddleCase.ts";

/**
 * The saddle-escape trend shared by S1 (η·E N on ln(1/η)) and B3 (η·E N on ln B at fixed η): per case, the mean
 * exit count of SGD started at the saddle at each point, the WLS slope of the continuous time η·E N on the
 * point's x, decided against Kifer's 1/(2γ) with a relative band.
 */
export interface KiferPoint {
  x: number;
  eta: number;
  model: SaddleCase;
  /** Report columns for this point beyond the common ones. */
  columns: Record<string, number>;
  /** Nuisance regressors' values at this point (see trendFit). */
  nuisance?: number[];
}

export interface KiferTrendClaim<C extends SaddleCase> {
  id: string;
  points(c: C): KiferPoint[];
  axis: { variable: string; label: string };
  label(c: C): { assertion: string; panel: string };
  bandWhy(band: number): string;
  /** Notes per case from the per-point mean exit counts. */
  caseNotes?(c: C, points: KiferPoint[], means: number[]): string[];
}

export async function runKiferTrend<C extends SaddleCase>(
  claim: KiferTrendClaim<C>,
  config: RunSize & { relativeBand: number; cases: C[] },
  ctx: ClaimContext,
): Promise<{
  predictions: Record<string, number>;
  measurements: Measurement[];
  assertions: AssertionResult[];
  plots: PlotSpec[];
}> {
  const measurements: Measurement[] = [];
  const assertions: AssertionResult[] = [];
  const plots: PlotSpec[] = [];
  const predictions: Record<string, number> = {};
  const total = config.cases.reduce((s, c) => s + claim.points(c).length, 0);
  let done = 0;
  for (const c of config.cases) {
    const predicted = 1 / (2 * c.geometry.gamma);
    predictions[`${c.key}: 1/(2γ)`] = predicted;
    const points = claim.points(c);
    const x: number[] = [];
    const y: number[] = [];
    const ses: number[] = [];
    const means: number[] = [];
    for (const [j, q] of points.entries()) {
      const sample = await runCaseExits(ctx.pool, q.model, config, {
        eta: q.eta,
        horizon: saddleHorizon(q.model, q.eta),
        stream: `${ctx.seed}/${claim.id}/${c.key}/${j}`,
      });
      const est = meanExitTime(sample, ctx.alphaPerAssertion);
      x.push(q.x);
      y.push(q.eta * est.mean);
      ses.push(q.eta * est.se);
      means.push(est.mean);
      measurements.push({
        eta: q.eta,
        n: est.runs,
        censored: est.censored,
        estimate: est.mean,
        se: est.se,
        case: c.name,
        "η·E N": q.eta * est.mean,
        ...q.columns,
      });
      ctx.progress(++done / total);
    }
    const nuisanceCount = points[0]?.nuisance?.length ?? 0;
    const nuisance = Array.from({ length: nuisanceCount }, (_, k) => points.map((q) => q.nuisance![k]!));
    const fit = trendFit(x, y, ses, ctx.alphaPerAssertion, { nuisance });
    const label = claim.label(c);
    assertions.push(
      slopeAssertion({
        name: label.assertion,
        quantity: `slope of η·E N on ${claim.axis.variable}`,
        fit,
        predicted,
        relativeBand: config.relativeBand,
        bandWhy: claim.bandWhy(config.relativeBand),
        alpha: ctx.alphaPerAssertion,
        notes: claim.caseNotes?.(c, points, means) ?? [],
      }),
    );
    plots.push(
      arrheniusPanel({
        title: label.panel,
        x,
        y,
        ses,
        fit,
        predicted,
        alpha: ctx.alphaPerAssertion,
        xLabel: claim.axis.label,
        yLabel: "η·E N (continuous time)",
        slopeName: "Kifer slope 1/(2γ) =",
      }),
    );
  }
  return { predictions, measurements, assertions, plots };
}
