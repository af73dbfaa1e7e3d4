import { readNumber, readStrictObject } from "../../config/readers.ts";
import { batchSaddleExitIterations } from "../../reference/saddle.ts";
import type { Measurement, PlotSpec } from "../../report/schema.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimDefinition } from "../claim.ts";
import { readKeyedCases, runCaseExits } from "../exit/exitCase.ts";
import { meanExitTime } from "../exit/meanExit.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../exit/runConfig.ts";
import { slopeAssertion, trendFit } from "../exit/trendFit.ts";
import { arrheniusPanel } from "../minimizer/plots.ts";
import {
  readSaddleCase,
  SADDLE_CASE_KEYS,
  type SaddleCase,
  saddleHorizon,
  saddleIterations,
} from "../saddle/saddleCase.ts";
import { readBatches, withBatch } from "./batchCase.ts";

/** A saddle case run at one η over a grid of batch sizes (noise Σ₁/B). */
interface BatchSaddleCase extends SaddleCase {
  eta: number;
  batches: number[];
}

interface B3Config extends RunSize {
  relativeBand: number;
  cases: BatchSaddleCase[];
}

const CASE_KEYS = [...SADDLE_CASE_KEYS.filter((k) => k !== "etas"), "eta", "batches"] as const;

function readCase(raw: unknown, path: string, key: string): BatchSaddleCase {
  const o = readStrictObject(raw, path, CASE_KEYS);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const eta = readNumber(o.eta, p("eta"), { min: 0, exclusiveMin: true });
  const batches = readBatches(o.batches, p("batches"));
  const { eta: _e, batches: _b, ...rest } = o;
  return { ...readSaddleCase({ ...rest, etas: [eta] }, path, key, 1), eta, batches };
}

/** The case at batch size B: noise Σ₁/B, hence σ_u² = v₁ᵀΣ₁v₁/B (the Hessian geometry is unchanged). */
function atBatch(c: BatchSaddleCase, batch: number): BatchSaddleCase {
  const g = c.geometry;
  return {
    ...withBatch(c, batch),
    geometry: { ...g, unstableNoiseVariance: g.unstableNoiseVariance / batch },
  };
}

export const B3: ClaimDefinition<B3Config> = {
  id: "B3",
  title: "Saddle escape grows only like ln B",
  statement:
    "With noise Σ₁/B, the mean escape time from a saddle grows only logarithmically in the batch size: " +
    "E N ≈ (1/(2γη))[ln(4γa²B/(ησ_u²)) + γ_E] iterations, so η·E N is linear in ln B with slope 1/(2γ) — " +
    "against the exponential growth in B of trapping in a minimizer (B2).",
  source: "Hu–Li–Li–Liu (arXiv 1705.07562) §5 (small batches help escape saddles), THEORY.md B3.",
  family: "batch",
  parseConfig(raw, path) {
    const cfg = readStrictObject(raw, path, [
      "particles",
      "blockSize",
      "relativeBand",
      "cases",
      ...CASE_KEYS,
    ]);
    const p = (k: string) => (path ? `${path}.${k}` : k);
    const { particles, blockSize } = readRunSize(cfg, path);
    const relativeBand = readRelativeBand(cfg.relativeBand, p("relativeBand"));
    const cases = readKeyedCases(cfg, path, CASE_KEYS, ["x0"], readCase);
    return { particles, blockSize, relativeBand, cases };
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
      const g = c.geometry;
      const predicted = 1 / (2 * g.gamma);
      predictions[`${c.key}: 1/(2γ)`] = predicted;
      const x: number[] = [];
      const y: number[] = [];
      const ses: number[] = [];
      for (const [j, batch] of c.batches.entries()) {
        const cb = atBatch(c, batch);
        const sample = await runCaseExits(ctx.pool, cb, config, {
          eta: c.eta,
          horizon: saddleHorizon(cb, c.eta),
          stream: `${ctx.seed}/B3/${c.key}/${j}`,
        });
        const est = meanExitTime(sample, ctx.alphaPerAssertion);
        x.push(Math.log(batch));
        y.push(c.eta * est.mean);
        ses.push(c.eta * est.se);
        measurements.push({
          eta: c.eta,
          batch,
          n: est.runs,
          censored: est.censored,
          estimate: est.mean,
          se: est.se,
          case: c.name,
          "η·E N": c.eta * est.mean,
          "B3 formula E N": batchSaddleExitIterations({
            gamma: g.gamma,
            eta: c.eta,
            radius: c.radius,
            unstableNoiseVariance: g.unstableNoiseVariance,
            batch,
          }),
          "linear-saddle discrete formula E N": saddleIterations(cb, c.eta),
        });
        ctx.progress(++done / total);
      }
      const fit = trendFit(x, y, ses, ctx.alphaPerAssertion);
      assertions.push(
        slopeAssertion({
          name: `B3 saddle escape vs ln B [${c.name}, η = ${c.eta}]`,
          quantity: "slope of η·E N on ln B",
          fit,
          predicted,
          relativeBand: config.relativeBand,
          bandWhy: `±${Math.round(config.relativeBand * 100)}%: at fixed η the discrete growth ln(1 + ηγ) per step instead of ηγ moves the slope by ηγ/2 (0.5% at ηγ = 0.01); nonlinear terms change only the O(1) offset`,
          alpha: ctx.alphaPerAssertion,
          notes: [`local slopes ${fit.localSlopes.map((s) => s.toFixed(3)).join(", ")}`],
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
          xLabel: "ln B",
          yLabel: "η·E N (continuous time)",
          slopeName: "1/(2γ) =",
        }),
      );
    }
    return {
      predictions,
      measurements,
      assertions,
      plots,
      notes: [
        "Noise Σ₁/B is the with-replacement minibatch model (B1); runs start at the saddle and exit the ball of radius a.",
        "Doubling B adds only ln 2/(2γ) to the escape time, while B2's trapping time is multiplied by exp(2Δf/(ησ₁²)).",
      ],
    };
  },
};
