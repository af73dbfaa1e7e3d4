import { readNumber, readStrictObject } from "../../config/readers.ts";
import type { Measurement, PlotSpec } from "../../report/schema.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimDefinition } from "../claim.ts";
import { readKeyedCases, runCaseExits } from "../exit/exitCase.ts";
import { meanExitTime } from "../exit/meanExit.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../exit/runConfig.ts";
import { slopeAssertion, trendFit } from "../exit/trendFit.ts";
import { exactChainMean } from "../minimizer/exactChain.ts";
import { type HorizonRule, horizonFor, kramersIterations, readHorizonRule } from "../minimizer/horizon.ts";
import {
  isotropicVariance,
  MINIMUM_CASE_KEYS,
  type MinimumCase,
  readMinimumCase,
} from "../minimizer/minimumCase.ts";
import { arrheniusPanel } from "../minimizer/plots.ts";
import { readBatches, withBatch } from "./batchCase.ts";

/** A minimizer case run at one η over a grid of batch sizes (noise σ₁²/B). */
interface BatchMinimumCase extends MinimumCase {
  eta: number;
  batches: number[];
}

interface B2Config extends RunSize {
  horizon: HorizonRule;
  relativeBand: number;
  cases: BatchMinimumCase[];
}

const CASE_KEYS = [...MINIMUM_CASE_KEYS.filter((k) => k !== "etas"), "eta", "batches"] as const;

function readCase(raw: unknown, path: string, key: string): BatchMinimumCase {
  const o = readStrictObject(raw, path, CASE_KEYS);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const eta = readNumber(o.eta, p("eta"), { min: 0, exclusiveMin: true });
  const batches = readBatches(o.batches, p("batches"));
  const { eta: _e, batches: _b, ...rest } = o;
  const c = readMinimumCase({ ...rest, etas: [eta] }, path, key, 1);
  isotropicVariance(c, path);
  return { ...c, eta, batches };
}

export const B2: ClaimDefinition<B2Config> = {
  id: "B2",
  title: "Trapping in a minimizer is exponential in the batch size B",
  statement:
    "With per-sample noise Σ₁ = σ₁²I and batch size B (noise σ₁²/B), SGD at a fixed step size η needs " +
    "E N ≍ exp(2Δf·B/(ησ₁²)) iterations to leave a minimizer: ln(η·E N) is linear in B with slope 2Δf/(ησ₁²) " +
    "(M1 with ε² = ησ₁²/B). Checked as the WLS slope of ln(η·E N) on B.",
  source:
    "Hu–Li–Li–Liu (arXiv 1705.07562) §4–5 (large batches trap SGD), from the Arrhenius law with noise Σ/B " +
    "(THEORY.md B1, B2).",
  family: "batch",
  parseConfig(raw, path) {
    const cfg = readStrictObject(raw, path, [
      "particles",
      "blockSize",
      "horizon",
      "horizonMultiple",
      "relativeBand",
      "cases",
      ...CASE_KEYS,
    ]);
    const p = (k: string) => (path ? `${path}.${k}` : k);
    const { particles, blockSize } = readRunSize(cfg, path);
    const relativeBand = readRelativeBand(cfg.relativeBand, p("relativeBand"));
    const horizon = readHorizonRule(cfg, path);
    const cases = readKeyedCases(cfg, path, CASE_KEYS, ["x0", "saddle", "exitSet"], readCase);
    for (const c of cases)
      for (const b of c.batches) horizonFor(withBatch(c, b), c.eta, horizon, particles, p("horizon"));
    return { particles, blockSize, horizon, relativeBand, cases };
  },
  assertionCount: (c) => c.cases.length,
  async run(config, ctx) {
    const measurements: Measurement[] = [];
    const assertions: AssertionResult[] = [];
    const plots: PlotSpec[] = [];
    const predictions: Record<string, number> = {};
    const total = config.cases.reduce((s, c) => s + c.batches.length, 0);
    let done = 0;
    for (const c of config.cases) {
      const sigma2 = isotropicVariance(c, "");
      const predicted = (2 * c.barrier) / (c.eta * sigma2);
      predictions[`${c.key}: 2Δf/(ησ₁²)`] = predicted;
      const x: number[] = [];
      const y: number[] = [];
      const ses: number[] = [];
      const exact: (number | null)[] = [];
      for (const [j, batch] of c.batches.entries()) {
        const cb = withBatch(c, batch);
        const sample = await runCaseExits(ctx.pool, cb, config, {
          eta: c.eta,
          horizon: horizonFor(cb, c.eta, config.horizon, config.particles, "horizon"),
          stream: `${ctx.seed}/B2/${c.key}/${j}`,
        });
        const est = meanExitTime(sample, ctx.alphaPerAssertion);
        const chain = exactChainMean(cb, c.eta);
        exact.push(chain);
        x.push(batch);
        y.push(Math.log(c.eta * est.mean));
        ses.push(est.se / est.mean);
        measurements.push({
          eta: c.eta,
          batch,
          n: est.runs,
          censored: est.censored,
          estimate: est.mean,
          se: est.se,
          case: c.name,
          lo: est.interval[0],
          hi: est.interval[1],
          "ln(ηE N)": Math.log(c.eta * est.mean),
          kramers: kramersIterations(cb, c.eta),
          ...(chain === null ? {} : { "exact chain E N": chain }),
          horizon: sample.horizon,
          estimator: est.method,
        });
        ctx.progress(++done / total);
      }
      const fit = trendFit(x, y, ses, ctx.alphaPerAssertion);
      const exactSlope = exact.every((v) => v !== null)
        ? trendFit(
            x,
            exact.map((n) => Math.log(c.eta * n!)),
            x.map(() => 1),
            ctx.alphaPerAssertion,
          ).slope
        : null;
      assertions.push(
        slopeAssertion({
          name: `B2 trapping exponent per unit batch [${c.name}, η = ${c.eta}]`,
          quantity: "slope of ln(η·E N) on B",
          fit,
          predicted,
          relativeBand: config.relativeBand,
          bandWhy: `±${Math.round(config.relativeBand * 100)}%: B2 is M1 with ε² = ησ₁²/B, whose prefactor moves the finite-B slope by a few per cent (the exact discrete chain's slope on the same B grid is shown)`,
          alpha: ctx.alphaPerAssertion,
          notes: [
            `local slopes ${fit.localSlopes.map((s) => s.toFixed(3)).join(", ")}`,
            ...(exactSlope === null
              ? []
              : [`exact finite-B slope on this grid (discrete chain) ${exactSlope.toFixed(4)}`]),
          ],
        }),
      );
      plots.push(
        arrheniusPanel({
          title: `${c.name}, η = ${c.eta}`,
          x,
          y,
          ses,
          fit,
          predicted,
          alpha: ctx.alphaPerAssertion,
          xLabel: "batch size B",
          yLabel: "ln(η·E N)",
          slopeName: "2Δf/(ησ₁²) =",
        }),
      );
    }
    return {
      predictions,
      measurements,
      assertions,
      plots,
      notes: [
        "The noise of a batch of B samples drawn with replacement is Σ₁/B (B1); this claim runs that reference model. Real minibatch sampling from finite datasets is a later part of issue #6.",
        "E N is the plain mean when no run is censored, else the censored exponential MLE; censored runs are counted, never dropped.",
      ],
    };
  },
};
