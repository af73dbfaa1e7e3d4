import { FieldError } from "../../config/fieldError.ts";
import { readNumber, readStrictObject } from "../../config/readers.ts";
import { phasesOf, SCHEDULES } from "../../experiments/batch/schedules.ts";
import { alignmentExperiment, alignmentSimulation } from "../../experiments/network/alignment.ts";
import {
  describeSplit,
  type NetworkConfig,
  readBatch,
  readNetworkConfig,
  readStepSize,
} from "../../experiments/network/networkConfig.ts";
import { readRunCount, runStats } from "../../experiments/network/runStats.ts";
import { trainingRuns } from "../../experiments/network/trainingRuns.ts";
import { ratioBelowOneExperiment } from "../../experiments/ratioBelowOne.ts";
import type { EndPoint } from "../../network/runs.ts";
import { medianAbsoluteSpread } from "../../stats/dispersion.ts";
import { normalQuantile } from "../../stats/quantiles.ts";
import { defineClaim } from "../claim.ts";

interface B8Config {
  network: NetworkConfig;
  eta: number;
  small: number;
  large: number;
  /** K₁ (small-batch phase of the schedule) and K₂. */
  steps: [number, number];
  runs: number;
  minimum: { gdEta: number; gdSteps: number };
  replicates: number;
}

/**
 * B8 (B5 on a real network): three schedules with equal step counts from independent initialisations — constant
 * small batches, constant large batches, and small for K₁ steps then large for K₂. Claimed: the schedule ends
 * flatter than constant large batches (λ_max ratio below 1) and with a smaller spread of the final training
 * objective than constant small batches (Brown–Forsythe ratio below 1), both one-sided at the claim's α. At a
 * flat minimum reached by small batches (then polished by full-batch descent) Σ₁ is measured against H.
 */
export const B8 = defineClaim<B8Config>({
  id: "B8",
  title:
    "On a real network, small-then-large batch schedules end flatter than large batches and steadier than small ones",
  statement:
    "Training a small MLP on iris with equal step counts, the schedule small→large ends at a lower λ_max than " +
    "constant large batches and with a smaller spread of the final training loss than constant small batches " +
    "(Hu–Li–Li–Liu §5: small batches first escape sharp regions, the large batch then settles). Test accuracy " +
    "is reported per schedule; Σ₁ is measured against H at a flat minimum.",
  source:
    "Hu–Li–Li–Liu (arXiv 1705.07562) §5 (batch-size schedules); Keskar et al. (ICLR 2017); Smith–Kindermans–Ying–Le " +
    "(ICLR 2018) for increasing the batch size during training; THEORY.md B6–B8.",
  family: "batch",
  parseConfig(raw, path) {
    const p = (k: string) => (path ? `${path}.${k}` : k);
    const cfg = readStrictObject(raw, path, [
      "network",
      "eta",
      "small",
      "large",
      "steps",
      "runs",
      "minimum",
      "replicates",
    ]);
    const network = readNetworkConfig(cfg.network, p("network"));
    const small = readBatch(cfg.small, p("small"), network.n);
    const large = readBatch(cfg.large, p("large"), network.n);
    if (large <= small) throw new FieldError(p("large"), `must exceed small = ${small}, got ${large}`);
    if (!Array.isArray(cfg.steps) || cfg.steps.length !== 2)
      throw new FieldError(p("steps"), "must be [K₁, K₂]: steps of the small phase, then of the large one");
    const steps = cfg.steps.map((k, i) =>
      readNumber(k, p(`steps[${i}]`), { integer: true, min: 1, max: 1e7 }),
    ) as [number, number];
    const m = readStrictObject(cfg.minimum, p("minimum"), ["gdEta", "gdSteps"]);
    return {
      network,
      eta: readStepSize(cfg.eta, p("eta")),
      small,
      large,
      steps,
      runs: readRunCount(cfg.runs, p("runs")),
      minimum: {
        gdEta: readStepSize(m.gdEta, p("minimum.gdEta")),
        gdSteps: readNumber(m.gdSteps, p("minimum.gdSteps"), { integer: true, min: 1, max: 1e6 }),
      },
      replicates: readNumber(cfg.replicates, p("replicates"), { integer: true, min: 20, max: 100_000 }),
    };
  },
  experiments(config, ctx) {
    // Each schedule owns its stream: the three groups of runs are independent (the comparisons are two-sample).
    const runs = SCHEDULES.map((s) =>
      trainingRuns({
        network: config.network,
        eta: config.eta,
        phases: phasesOf(s, config),
        runs: config.runs,
        stream: ctx.stream(s),
      }),
    );
    const [small, large, schedule] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
    const predictedSpread = Math.sqrt(config.small / config.large);
    const sharp = (d: EndPoint[]) => runStats(d.map((e) => e.sharpness));
    const spread = (d: EndPoint[]) => medianAbsoluteSpread(d.map((e) => e.objective));
    const flat = alignmentSimulation({
      minimum: {
        network: config.network,
        eta: config.eta,
        phases: [{ batch: config.small, steps: config.steps[0] + config.steps[1] }],
        gdEta: config.minimum.gdEta,
        gdSteps: config.minimum.gdSteps,
        stream: ctx.stream("flat-minimum"),
      },
      where: `a minimum reached by B = ${config.small} SGD (then polished by full-batch descent)`,
      replicates: config.replicates,
      stream: ctx.stream("alignment"),
    });
    return [
      ratioBelowOneExperiment({
        name: "B8 small→large ends flatter than constant large batches (λ_max ratio < 1)",
        quantity: "mean λ_max under small→large over mean λ_max under constant large batches",
        simulations: [small, large, schedule],
        reference: "direction only; constant small batches (the flattest the schedule could end) for scale",
        predicted: ([s, l]) => sharp(s as EndPoint[]).mean / sharp(l as EndPoint[]).mean,
        predictedWhy:
          "the prediction shown is constant small batches' ratio, the flattest the schedule could end",
        parts([, l, sl]) {
          const a = sharp(sl as EndPoint[]);
          const b = sharp(l as EndPoint[]);
          const pooled = Math.sqrt((a.sd ** 2 + b.sd ** 2) / 2);
          return {
            numerator: a,
            denominator: b,
            notes: [
              `effect size: λ_max ${b.mean.toPrecision(4)} (large) → ${a.mean.toPrecision(4)} (small→large), difference ${(b.mean - a.mean).toPrecision(3)} = ${((b.mean - a.mean) / pooled).toFixed(2)} pooled SDs (Cohen's d)`,
            ],
          };
        },
        present: (data, result) =>
          presentSchedules(config, data as EndPoint[][], predictedSpread, result.alpha),
      }),
      ratioBelowOneExperiment({
        name: "B8 small→large ends with less final-loss dispersion than constant small batches (Brown–Forsythe)",
        quantity:
          "spread of the final training objective under small→large over that under constant small batches (mean |L − median L|)",
        simulations: [small, schedule],
        reference: `direction only; ≈ √(B_small/B_large) = ${predictedSpread.toFixed(3)} if the spread is the stationary noise`,
        predicted: predictedSpread,
        parts([s, sl]) {
          const c = spread(sl as EndPoint[]);
          const d = spread(s as EndPoint[]);
          return {
            numerator: c,
            denominator: d,
            notes: [
              `mean |L − median L|: ${d.mean.toPrecision(3)} (small) → ${c.mean.toPrecision(3)} (small→large)`,
            ],
          };
        },
      }),
      alignmentExperiment("B8 Σ₁ is aligned with H at a flat minimum (alignment ≥ 1/√2)", flat),
    ];
  },
  notes: [
    "Data and network as in B6. Every schedule takes K₁ + K₂ steps; run r of every schedule starts from its own stream's initialisation.",
    "λ_max by Lanczos on exact Hessian-vector products; final loss is the training objective (cross-entropy plus weight decay).",
  ],
});

function presentSchedules(config: B8Config, data: EndPoint[][], predictedSpread: number, alpha: number) {
  const z = normalQuantile(1 - alpha / 2);
  const ticks = SCHEDULES.map((_, i) => i + 1);
  const panel = (title: string, yLabel: string) => ({
    title,
    xLabel: "schedule",
    yLabel,
    xScale: "linear" as const,
    yScale: "linear" as const,
    xTicks: ticks,
    xTickLabels: [...SCHEDULES],
  });
  const per = data.map((d) => ({
    sharp: runStats(d.map((e) => e.sharpness)),
    acc: runStats(d.map((e) => e.testAccuracy)),
    loss: runStats(d.map((e) => e.objective)),
    spread: medianAbsoluteSpread(d.map((e) => e.objective)),
  }));
  const series = (pick: (e: EndPoint) => number, stat: (i: number) => { mean: number; se: number }) => [
    {
      name: "runs",
      mark: "points" as const,
      x: data.flatMap((d, i) => d.map(() => i + 1)),
      y: data.flatMap((d) => d.map(pick)),
    },
    {
      name: "mean with interval",
      mark: "points" as const,
      x: ticks,
      y: ticks.map((_, i) => stat(i).mean),
      yLo: ticks.map((_, i) => stat(i).mean - z * stat(i).se),
      yHi: ticks.map((_, i) => stat(i).mean + z * stat(i).se),
    },
  ];
  return {
    measurements: per.map((q, i) => ({
      eta: config.eta,
      n: q.sharp.n,
      estimate: q.sharp.mean,
      se: q.sharp.se,
      schedule: SCHEDULES[i]!,
      batches: phasesOf(SCHEDULES[i]!, config)
        .map((ph) => `${ph.batch} × ${ph.steps}`)
        .join(" then "),
      "max η·λ_max": Math.max(...data[i]!.map((e) => config.eta * e.sharpness)),
      "mean final objective": q.loss.mean,
      "final objective SD": q.loss.sd,
      "mean |L − median L|": q.spread.mean,
      "mean test accuracy": q.acc.mean,
      "test accuracy SE": q.acc.se,
    })),
    predictions: { "√(B_small/B_large)": predictedSpread },
    plots: [
      {
        panel: panel(`λ_max at the end per schedule, η = ${config.eta}`, "λ_max of the training Hessian"),
        series: series(
          (e) => e.sharpness,
          (i) => per[i]!.sharp,
        ),
      },
      {
        panel: panel("Final training objective per schedule", "L(θ_K)"),
        series: series(
          (e) => e.objective,
          (i) => per[i]!.loss,
        ),
      },
      {
        panel: panel("Test accuracy per schedule", "test accuracy"),
        series: series(
          (e) => e.testAccuracy,
          (i) => per[i]!.acc,
        ),
      },
    ],
    notes: [
      describeSplit(config.network),
      `Schedules: small ${config.small}, large ${config.large}; K₁ = ${config.steps[0]}, K₂ = ${config.steps[1]}; batches drawn ${config.network.problem.sampling}. Error bars at the assertion's α.`,
      `Test accuracy (reported, not asserted): ${per.map((q, i) => `${SCHEDULES[i]} ${q.acc.mean.toFixed(3)} ± ${q.acc.se.toFixed(3)}`).join(", ")}.`,
    ],
  };
}
