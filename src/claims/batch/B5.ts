import { FieldError } from "../../config/fieldError.ts";
import { readNumber, readPositiveInteger, readStrictObject, readString } from "../../config/readers.ts";
import type { WorkerPool } from "../../parallel/pool.ts";
import type { SgdBlockPayload } from "../../parallel/tasks.ts";
import type { Measurement, PlotSeries } from "../../report/schema.ts";
import { makeAssertion } from "../../stats/decision.ts";
import { normalQuantile } from "../../stats/quantiles.ts";
import { clopperPearson, twoProportionZTest } from "../../stats/tests.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimDefinition } from "../claim.ts";
import { DEFAULT_BLOCK_SIZE } from "../exit/exitRuns.ts";
import { readRunSize } from "../exit/runConfig.ts";
import {
  diffusionExitSteps,
  noiseOf,
  readSharpFlat,
  type SharpFlatProblem,
  varianceOf,
} from "./sharpFlat.ts";

/**
 * B5: batch-size schedules on the sharp/flat dataset of B4, with real minibatch noise. Runs start at the saddle
 * and take K₁ + K₂ steps under three schedules:
 *   small        B_small throughout
 *   large        B_large throughout
 *   small→large  B_small for K₁ steps, then B_large
 * Claimed (Hu–Li–Li–Liu §5): the schedule ends in the flat minimum more often than constant large batches (small
 * batches leave the sharp minimum quickly, the flat one slowly; the large batch then traps the run), and with a
 * lower variance of the final loss than constant small batches (it ends with the small noise of B_large).
 * Both are one-sided comparisons decided at the claim's α: the (1 − α) interval of the difference of flat
 * fractions must lie above 0, that of the ratio of final-loss variances below 1.
 */
interface B5Config {
  dataset: string;
  problem: SharpFlatProblem;
  eta: number;
  small: number;
  large: number;
  /** K₁ (small-batch phase of the schedule) and K₂. */
  steps: [number, number];
  particles: number;
  blockSize: number;
}

type Schedule = "small" | "large" | "small→large";
const SCHEDULES: Schedule[] = ["small", "large", "small→large"];

interface Phase {
  batch: number;
  steps: number;
}

function phasesOf(s: Schedule, c: B5Config): Phase[] {
  const [k1, k2] = c.steps;
  if (s === "small") return [{ batch: c.small, steps: k1 + k2 }];
  if (s === "large") return [{ batch: c.large, steps: k1 + k2 }];
  return [
    { batch: c.small, steps: k1 },
    { batch: c.large, steps: k2 },
  ];
}

/** Final positions of `particles` runs from x0 through the phases; block b of phase j owns its own stream. */
async function runSchedule(
  pool: WorkerPool,
  c: B5Config,
  phases: Phase[],
  stream: string,
): Promise<Float64Array> {
  const blocks = Math.ceil(c.particles / c.blockSize);
  let states: (number[] | undefined)[] = new Array(blocks).fill(undefined);
  for (const [j, phase] of phases.entries()) {
    const payloads: SgdBlockPayload[] = states.map((start, b) => ({
      landscape: c.problem.landscapeSpec,
      noise: noiseOf("minibatch", phase.batch, c.problem, 0),
      x0: [c.problem.saddle],
      eta: c.eta,
      particles: Math.min(c.blockSize, c.particles - b * c.blockSize),
      stream: `${stream}/${j}/${b}`,
      steps: phase.steps,
      ...(start ? { start } : {}),
    }));
    const results = await pool.map("sgdBlock", payloads);
    states = results.map((r) => Array.from(r));
  }
  return Float64Array.from(states.flat() as number[]);
}

export const B5: ClaimDefinition<B5Config> = {
  id: "B5",
  title: "Small-then-large batch schedules end in the flat minimum more often, with less final-loss variance",
  statement:
    "With real minibatch noise on a sharp/flat pair of equal depth, runs that start at the saddle with small " +
    "batches and switch to large ones end in the flat minimum more often than runs with constant large batches " +
    "(two-proportion comparison), and their final loss varies less than under constant small batches.",
  source:
    "Hu–Li–Li–Liu (arXiv 1705.07562) §5 (small batches escape sharp minima; larger batches later trap SGD); " +
    "THEORY.md B5. Same dataset as B4.",
  family: "batch",
  parseConfig(raw, path) {
    const p = (k: string) => (path ? `${path}.${k}` : k);
    const cfg = readStrictObject(raw, path, [
      "dataset",
      "eta",
      "small",
      "large",
      "steps",
      "particles",
      "blockSize",
    ]);
    const { dataset, problem, eta } = readSharpFlat(cfg, p);
    const small = readPositiveInteger(cfg.small, p("small"));
    const large = readPositiveInteger(cfg.large, p("large"));
    if (!(large > small)) throw new FieldError(p("large"), `must exceed small = ${small}, got ${large}`);
    if (large > problem.n) throw new FieldError(p("large"), `exceeds the dataset's n = ${problem.n}`);
    if (!Array.isArray(cfg.steps) || cfg.steps.length !== 2)
      throw new FieldError(p("steps"), "expected [K₁, K₂]: the small-batch phase and the large-batch phase");
    const steps: [number, number] = [
      readPositiveInteger(cfg.steps[0], `${p("steps")}[0]`),
      readPositiveInteger(cfg.steps[1], `${p("steps")}[1]`),
    ];
    const { particles } = readRunSize(cfg, path);
    const blockSize =
      cfg.blockSize === undefined ? DEFAULT_BLOCK_SIZE : readPositiveInteger(cfg.blockSize, p("blockSize"));
    return { dataset, problem, eta, small, large, steps, particles, blockSize };
  },
  assertionCount: () => 2,
  async run(config, ctx) {
    const p = config.problem;
    const alpha = ctx.alphaPerAssertion;
    const z = normalQuantile(1 - alpha / 2);
    const measurements: Measurement[] = [];
    const finals = {} as Record<
      Schedule,
      {
        flat: number;
        n: number;
        diverged: number;
        mean: number;
        variance: number;
        m4: number;
        dMean: number;
        dSe: number;
      }
    >;
    let done = 0;
    for (const s of SCHEDULES) {
      const x = await runSchedule(ctx.pool, config, phasesOf(s, config), `${ctx.seed}/B5/${s}`);
      const n = x.length;
      let flat = 0;
      let mean = 0;
      // A run thrown far out by the multiplicative noise can diverge (η·F'' > 2 beyond |x| ≈ 2.4). It counts as
      // not flat; the variance comparison uses the finite runs only (a diverged run would make it trivial) and
      // reports how many diverged.
      const finite = Array.from(x).filter(Number.isFinite);
      const diverged = n - finite.length;
      for (let i = 0; i < n; i++) if (x[i]! < p.saddle) flat++;
      const loss = finite.map((v) => p.loss(v) - p.loss(p.flat));
      const m = loss.length;
      for (const v of loss) mean += v / m;
      let m2 = 0;
      let m4 = 0;
      for (const v of loss) {
        const d = v - mean;
        m2 += (d * d) / m;
        m4 += (d * d * d * d) / m;
      }
      // Brown–Forsythe dispersion: absolute deviations from the median, their mean and SE.
      const sorted = [...loss].sort((u, w) => u - w);
      const median = m % 2 ? sorted[(m - 1) / 2]! : (sorted[m / 2 - 1]! + sorted[m / 2]!) / 2;
      const dev = loss.map((v) => Math.abs(v - median));
      const dMean = dev.reduce((t, v) => t + v, 0) / m;
      const dVar = dev.reduce((t, v) => t + (v - dMean) ** 2, 0) / (m - 1);
      finals[s] = {
        flat,
        n,
        diverged,
        mean,
        variance: (m2 * m) / (m - 1),
        m4,
        dMean,
        dSe: Math.sqrt(dVar / m),
      };
      const [lo, hi] = clopperPearson(flat, n, alpha);
      measurements.push({
        eta: config.eta,
        n,
        estimate: flat / n,
        se: Math.sqrt(((flat / n) * (1 - flat / n)) / n),
        schedule: s,
        batches: phasesOf(s, config)
          .map((ph) => `${ph.batch} × ${ph.steps}`)
          .join(" then "),
        "flat fraction CP low": lo,
        "flat fraction CP high": hi,
        "mean final loss": mean,
        "final loss variance": finals[s].variance,
        "mean |loss − median|": finals[s].dMean,
        "diverged runs": diverged,
      });
      ctx.progress(++done / SCHEDULES.length);
    }

    // Two-state prediction of the schedule's flat fraction from the quadrature escape rates at B_small.
    const v = varianceOf("minibatch", config.small, p, 0);
    const tFlat = diffusionExitSteps("flat", p, config.eta, v, 0);
    const tSharp = diffusionExitSteps("sharp", p, config.eta, v, 0);
    const pi = tFlat / (tFlat + tSharp);
    const p0 = finals.large.flat / finals.large.n;
    const predictedSchedule = pi + (p0 - pi) * Math.exp(-config.steps[0] * (1 / tFlat + 1 / tSharp));

    const a = finals["small→large"];
    const b = finals.large;
    const pa = a.flat / a.n;
    const pb = b.flat / b.n;
    const diffSe = Math.sqrt((pa * (1 - pa)) / a.n + (pb * (1 - pb)) / b.n);
    const test = twoProportionZTest(a.flat, a.n, b.flat, b.n, "greater");
    const assertions: AssertionResult[] = [
      makeAssertion({
        name: "B5 small→large ends in the flat minimum more often than constant large batches",
        quantity: "P(flat | small→large) − P(flat | large), final basin by the side of the saddle",
        estimate: pa - pb,
        se: diffSe,
        interval: [pa - pb - z * diffSe, pa - pb + z * diffSe],
        predicted: predictedSchedule - p0,
        band: [0, 1],
        bandWhy:
          "the claim is the direction: PASS when the whole interval of the difference is above 0 (two-proportion comparison at the stated α)",
        alpha,
        method: "monte-carlo",
        notes: [
          `two-proportion z-test (pooled, one-sided): z = ${test.z.toFixed(2)}, p = ${test.p.toExponential(2)}`,
          `predicted difference from a two-state model of the small-batch phase (quadrature escape steps at B = ${config.small}: flat ${tFlat.toPrecision(4)}, sharp ${tSharp.toPrecision(4)}; start mix from the large-batch runs)`,
        ],
      }),
    ];
    const c = finals["small→large"];
    const d = finals.small;
    const anyDiverged = c.diverged + d.diverged > 0;
    // Variance comparisons of heavy-tailed losses (a few runs far up the walls) are hopeless with the sample
    // variance (its SE needs the fourth moment); the standard robust comparison of spread is Brown–Forsythe's:
    // the mean absolute deviation from the median, compared here as a ratio with a delta-method interval.
    const ratio = c.dMean / d.dMean;
    const seLog = Math.hypot(c.dSe / c.dMean, d.dSe / d.dMean);
    const varianceRatio = c.variance / d.variance;
    assertions.push(
      makeAssertion({
        name: "B5 small→large ends with less final-loss dispersion than constant small batches (Brown–Forsythe)",
        quantity:
          "spread of F(x_K) under small→large over that under constant small batches (Brown–Forsythe: mean |F − median F|)",
        estimate: ratio,
        se: ratio * seLog,
        interval: [ratio * Math.exp(-z * seLog), ratio * Math.exp(z * seLog)],
        predicted: Math.sqrt(config.small / config.large),
        band: [0, 1],
        bandWhy:
          "the claim is the direction: PASS when the whole interval of the ratio is below 1 (one-sided comparison at the stated α)",
        alpha,
        method: "monte-carlo",
        notes: [
          `predicted ≈ √(B_small/B_large) = ${Math.sqrt(config.small / config.large).toFixed(3)} within a basin (loss spread ∝ noise level ∝ 1/B for the variance, so its square root for a deviation), before the basin mix`,
          `sample-variance ratio ${varianceRatio.toPrecision(3)} (not decided on: its interval needs the fourth moment of heavy-tailed losses)`,
          "interval: delta method on the log of each mean absolute deviation",
          ...(anyDiverged
            ? [
                `diverged runs (left out of both variances): ${c.diverged} (small→large), ${d.diverged} (small)`,
              ]
            : []),
        ],
      }),
    );
    const series: PlotSeries[] = SCHEDULES.map((s, i) => {
      const f = finals[s];
      const [lo, hi] = clopperPearson(f.flat, f.n, alpha);
      return { name: s, mark: "points", x: [i + 1], y: [f.flat / f.n], yLo: [lo], yHi: [hi] };
    });
    return {
      predictions: {
        "two-state flat fraction of small→large": predictedSchedule,
        "stationary flat fraction at B_small": pi,
      },
      measurements,
      assertions,
      plots: [
        {
          title: `Final-basin fraction per schedule (1 = small, 2 = large, 3 = small→large), η = ${config.eta}`,
          xLabel: "schedule",
          yLabel: "fraction ending in the flat minimum",
          xScale: "linear",
          yScale: "linear",
          series,
        },
      ],
      notes: [
        `Runs start at the saddle x = ${p.saddle.toFixed(4)}; a run ends in the flat basin when x_K < the saddle.`,
        `Batches: small ${config.small}, large ${config.large}, drawn with replacement from "${config.dataset}"; K₁ = ${config.steps[0]}, K₂ = ${config.steps[1]}.`,
        "Final loss is F(x_K) − F(minimum); both minima have the same value.",
      ],
    };
  },
};
