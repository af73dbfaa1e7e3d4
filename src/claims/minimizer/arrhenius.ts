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
export interface ArrheniusConfig extends RunSize {
  horizon: HorizonRule;
  relativeBand: number;
  cases: MinimumCase[];
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

export interface ArrheniusClaim {
  id: string;
  /** The predicted exponent lim η·ln E N, with its name for the report ("2Δf/σ²"). */
  exponent(c: MinimumCase): { value: number; name: string };
  /** One-line justification of the band. */
  bandWhy(band: number): string;
  /** Extra notes per case (e.g. the naive exponents M5 must be distinguished from). */
  caseNotes?(c: MinimumCase, fit: { slope: number; interval: [number, number] }): string[];
}

export async function runArrhenius(
  claim: ArrheniusClaim,
  config: ArrheniusConfig,
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
  const totalSteps = config.cases.reduce((s, c) => s + c.etas.length, 0);
  let done = 0;
  for (const c of config.cases) {
    const exponent = claim.exponent(c);
    const predicted = exponent.value;
    predictions[`${c.key}: ${exponent.name}`] = predicted;
    const exact = c.landscape.dim === 1 ? c.etas.map((eta) => exactChainMean(c, eta)!) : null;
    const x: number[] = [];
    const y: number[] = [];
    const ses: number[] = [];
    for (const [j, eta] of c.etas.entries()) {
      const sample = await runCaseExits(ctx.pool, c, config, {
        eta,
        horizon: horizonFor(c, eta, config.horizon, config.particles, "horizon"),
        stream: `${ctx.seed}/${claim.id}/${c.key}/${j}`,
      });
      const est = meanExitTime(sample, ctx.alphaPerAssertion);
      x.push(1 / eta);
      y.push(Math.log(eta * est.mean));
      ses.push(est.se / est.mean);
      measurements.push({
        eta,
        n: est.runs,
        censored: est.censored,
        estimate: est.mean,
        se: est.se,
        case: c.name,
        lo: est.interval[0],
        hi: est.interval[1],
        "ln(ηE N)": Math.log(eta * est.mean),
        kramers: kramersIterations(c, eta),
        ...(exact ? { "exact chain E N": exact[j]! } : {}),
        horizon: sample.horizon,
        estimator: est.method,
      });
      ctx.progress(++done / totalSteps);
    }
    const fit = trendFit(x, y, ses, ctx.alphaPerAssertion);
    const exactSlope = exact
      ? trendFit(
          x,
          exact.map((n, j) => Math.log(c.etas[j]! * n)),
          x.map(() => 1),
          ctx.alphaPerAssertion,
        ).slope
      : null;
    assertions.push(
      slopeAssertion({
        name: `${claim.id} Arrhenius exponent [${c.name}]`,
        quantity: "slope of ln(η·E N) on 1/η",
        fit,
        predicted,
        relativeBand: config.relativeBand,
        bandWhy: claim.bandWhy(config.relativeBand),
        alpha: ctx.alphaPerAssertion,
        notes: [
          `local slopes ${fit.localSlopes.map((s) => s.toFixed(3)).join(", ")}`,
          ...(exactSlope === null
            ? []
            : [`exact finite-η slope on this grid (discrete chain) ${exactSlope.toFixed(4)}`]),
          ...(claim.caseNotes?.(c, fit) ?? []),
        ],
      }),
    );
    plots.push(arrheniusPanel({ title: c.name, x, y, ses, fit, predicted, alpha: ctx.alphaPerAssertion }));
  }
  return { predictions, measurements, assertions, plots };
}

export const ARRHENIUS_NOTES = [
  "E N is the plain mean when no run is censored, else the censored exponential MLE (total observed iterations / exits) with Garwood's χ² interval; censored runs are counted, never dropped.",
  "Exits are checked at integer iterations (SGD's semantics). Streams are per case, η and block, so the points of a fit are independent.",
];
