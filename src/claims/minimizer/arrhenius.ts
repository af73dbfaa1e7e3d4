import { readStrictObject } from "../../config/readers.ts";
import type { Measurement, PlotSpec } from "../../report/schema.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimContext } from "../claim.ts";
import { runCaseExits } from "../exit/exitCase.ts";
import { meanExitTime } from "../exit/meanExit.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../exit/runConfig.ts";
import { slopeAssertion, trendFit } from "../exit/trendFit.ts";
import { exactChainMean } from "./exactChain.ts";
import { type HorizonRule, horizonFor, kramersIterations, readHorizonRule } from "./horizon.ts";
import { MINIMUM_CASE_KEYS, type MinimumCase, readMinimumCases } from "./minimumCase.ts";
import { arrheniusPanel } from "./plots.ts";

/**
 * The Arrhenius measurement shared by M1 (exponent 2Δf/σ²) and M5 (exponent V = 2∫f'/Σ): per case, the mean exit
 * count at each η, the WLS slope of ln(η·E N) on 1/η, decided against the predicted exponent with a relative
 * band. 1-D cases also carry the exact discrete-chain E N at each η and its exact finite-η slope, so a reader
 * sees how far the finite grid itself sits from the limit.
 */
export interface ArrheniusConfig<C extends MinimumCase = MinimumCase> extends RunSize {
  horizon: HorizonRule;
  relativeBand: number;
  cases: C[];
}

/**
 * One point of the trend: the model run at step size η, placed at x on the fit's axis. M1/M5 vary η (x = 1/η);
 * B2 varies the batch size at fixed η (x = B, the model's noise scaled by 1/B).
 */
export interface ArrheniusPoint {
  x: number;
  eta: number;
  model: MinimumCase;
  /** Extra report columns for this point (e.g. the batch size). */
  columns?: Record<string, number>;
}

/**
 * Reads an Arrhenius claim's config; `checkCase` adds the claim's own requirements (isotropic noise for M1,
 * 1-D for M5), and every η's horizon is validated before anything runs.
 */
export function parseArrheniusConfig(
  raw: unknown,
  path: string,
  checkCase: (c: MinimumCase) => void,
): ArrheniusConfig {
  const cfg = readStrictObject(raw, path, [
    "particles",
    "blockSize",
    "horizon",
    "horizonMultiple",
    "relativeBand",
    "cases",
    ...MINIMUM_CASE_KEYS,
  ]);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const { particles, blockSize } = readRunSize(cfg, path);
  const relativeBand = readRelativeBand(cfg.relativeBand, p("relativeBand"));
  const horizon = readHorizonRule(cfg, path);
  const cases = readMinimumCases(cfg, path);
  for (const c of cases) {
    checkCase(c);
    for (const eta of c.etas) horizonFor(c, eta, horizon, particles, p("horizon"));
  }
  return { particles, blockSize, horizon, relativeBand, cases };
}

export interface ArrheniusClaim<C extends MinimumCase = MinimumCase> {
  id: string;
  /** The trend's points; default: the case's η grid at x = 1/η. */
  points?(c: C): ArrheniusPoint[];
  /** The fit's variable and its axis label (default 1/η), for all cases or per case. */
  axis?: { variable: string; label: string } | ((c: C) => { variable: string; label: string });
  /** Assertion name and plot title per case (default "<ID> Arrhenius exponent [name]" and the name). */
  label?(c: C): { assertion: string; panel: string };
  /** The predicted exponent lim η·ln E N, with its name for the report ("2Δf/σ²"). */
  exponent(c: C): { value: number; name: string };
  /** One-line justification of the band. */
  bandWhy(band: number): string;
  /** Extra notes per case (e.g. the naive exponents M5 must be distinguished from). */
  caseNotes?(c: C, fit: { slope: number; interval: [number, number] }): string[];
}

export async function runArrhenius<C extends MinimumCase>(
  claim: ArrheniusClaim<C>,
  config: ArrheniusConfig<C>,
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
  const axisOf = (c: C) =>
    (typeof claim.axis === "function" ? claim.axis(c) : claim.axis) ?? { variable: "1/η", label: "1/η" };
  const pointsOf = (c: C): ArrheniusPoint[] =>
    claim.points?.(c) ?? c.etas.map((eta) => ({ x: 1 / eta, eta, model: c }));
  // Points once per case: building them can cost a quadrature per point (B2's dataset case).
  const pointsByCase = new Map(config.cases.map((c) => [c, pointsOf(c)]));
  const totalSteps = [...pointsByCase.values()].reduce((s, q) => s + q.length, 0);
  let done = 0;
  for (const c of config.cases) {
    const axis = axisOf(c);
    const exponent = claim.exponent(c);
    const predicted = exponent.value;
    predictions[`${c.key}: ${exponent.name}`] = predicted;
    const points = pointsByCase.get(c)!;
    const exact = points.map((q) => exactChainMean(q.model, q.eta));
    const x: number[] = [];
    const y: number[] = [];
    const ses: number[] = [];
    for (const [j, q] of points.entries()) {
      const { eta, model } = q;
      const sample = await runCaseExits(ctx.pool, model, config, {
        eta,
        horizon: horizonFor(model, eta, config.horizon, config.particles, "horizon"),
        stream: `${ctx.seed}/${claim.id}/${c.key}/${j}`,
      });
      const est = meanExitTime(sample, ctx.alphaPerAssertion);
      x.push(q.x);
      y.push(Math.log(eta * est.mean));
      ses.push(est.se / est.mean);
      measurements.push({
        eta,
        ...q.columns,
        n: est.runs,
        censored: est.censored,
        estimate: est.mean,
        se: est.se,
        case: c.name,
        lo: est.interval[0],
        hi: est.interval[1],
        "ln(ηE N)": Math.log(eta * est.mean),
        kramers: kramersIterations(model, eta),
        ...(exact[j] === null ? {} : { "exact chain E N": exact[j] }),
        horizon: sample.horizon,
        estimator: est.method,
      });
      ctx.progress(++done / totalSteps);
    }
    const fit = trendFit(x, y, ses, ctx.alphaPerAssertion);
    const exactSlope = exact.every((n) => n !== null)
      ? trendFit(
          x,
          exact.map((n, j) => Math.log(points[j]!.eta * n!)),
          x.map(() => 1),
          ctx.alphaPerAssertion,
        ).slope
      : null;
    const label = claim.label?.(c) ?? {
      assertion: `${claim.id} Arrhenius exponent [${c.name}]`,
      panel: c.name,
    };
    assertions.push(
      slopeAssertion({
        name: label.assertion,
        quantity: `slope of ln(η·E N) on ${axis.variable}`,
        fit,
        predicted,
        relativeBand: config.relativeBand,
        bandWhy: claim.bandWhy(config.relativeBand),
        alpha: ctx.alphaPerAssertion,
        notes: [
          `local slopes ${fit.localSlopes.map((s) => s.toFixed(3)).join(", ")}`,
          ...(exactSlope === null
            ? []
            : [`exact slope on this grid (discrete chain) ${exactSlope.toFixed(4)}`]),
          ...(claim.caseNotes?.(c, fit) ?? []),
        ],
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
        xLabel: axis.label,
        slopeName: `${exponent.name} =`,
      }),
    );
  }
  return { predictions, measurements, assertions, plots };
}

export const ARRHENIUS_NOTES = [
  "E N is the plain mean when no run is censored, else the censored exponential MLE (total observed iterations / exits) with Garwood's χ² interval; censored runs are counted, never dropped.",
  "Exits are checked at integer iterations (SGD's semantics). Streams are per case, η and block, so the points of a fit are independent.",
];
