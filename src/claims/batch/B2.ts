import { type ArrheniusPoint, arrheniusExperiment } from "../../experiments/exit/arrhenius.ts";
import { withBatch } from "../../experiments/exit/batchCase.ts";
import {
  type BatchMinimumCase,
  type BatchMinimumConfig,
  readBatchMinimumConfig,
} from "../../experiments/exit/batchMinimumConfig.ts";
import { exitProblem } from "../../experiments/exit/exitModel.ts";
import { isotropicVariance } from "../../experiments/exit/minimumCase.ts";
import { exactExitReference } from "../../reference/exit/exitReference.ts";
import { defineClaim } from "../claim.ts";

const isDataset = (c: BatchMinimumCase) => c.noiseSpec.kind === "minibatch";

export const B2 = defineClaim<BatchMinimumConfig>({
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
  parseConfig: readBatchMinimumConfig,
  // B2 is M1 with ε² = ησ₁²/B: per case at fixed η, SGD exits at each B. Isotropic noise: slope of ln(η·E N) on
  // B against 2Δf/(ησ₁²). Real batches: the points sit at the diffusion's own ln(η·T)(B) (quadrature of Σ_n/B)
  // and the slope is 1 — regressing on the prediction keeps its bend in B (prefactors) from being charged to
  // the data as lack of fit.
  experiments: (config, ctx) =>
    config.cases.map((c) => {
      const dataset = isDataset(c);
      return arrheniusExperiment({
        name: dataset
          ? `B2 trapping grows with B as the diffusion's does [${c.name}, η = ${c.eta}]`
          : `B2 trapping exponent per unit batch [${c.name}, η = ${c.eta}]`,
        axis: dataset
          ? {
              variable: "the diffusion's ln(η·T) at each B",
              label: "ln(η·T) of the batch noise's diffusion (B = batch)",
            }
          : { variable: "B", label: "batch size B" },
        panel: `${c.name}, η = ${c.eta}`,
        points: c.batches.map((batch): ArrheniusPoint => {
          const model = withBatch(c, batch);
          if (!dataset) return { x: batch, eta: c.eta, model, columns: { batch } };
          const logTime = Math.log(
            c.eta * exactExitReference(exitProblem(model, model.saddle), "sme1").meanIterations(c.eta),
          );
          return {
            x: logTime,
            eta: c.eta,
            model,
            columns: { batch, "diffusion ln(η·T) (quadrature)": logTime },
          };
        }),
        exponent: dataset
          ? { value: 1, name: "ln(η·E N) tracks the diffusion's ln(η·T) across B (slope 1)" }
          : { value: (2 * c.barrier) / (c.eta * isotropicVariance(c, "")), name: "2Δf/(ησ₁²)" },
        relativeBand: config.relativeBand,
        bandWhy: `±${Math.round(config.relativeBand * 100)}%: with σ₁²/B, B2 is M1 with ε² = ησ₁²/B, whose prefactor moves the finite-B slope by a few per cent (the exact discrete chain's slope on the same B grid is shown); with real batches the points sit at the diffusion's own ln(η·T), and the band holds SGD's discreteness (B4 measures ≤ 5% per escape-time ratio)`,
        size: config,
        horizon: config.horizon,
        stream: (j) => ctx.stream(c.key, j),
        caseName: c.name,
        caseKey: c.key,
      });
    }),
  notes: [
    "The noise of a batch of B samples drawn with replacement is Σ₁/B (B1): the isotropic cases run that reference model; the dataset case samples real batches in the kernel and is compared with the quadrature of its diffusion Σ_n(x)/B.",
    "E N is the plain mean when no run is censored, else the censored exponential MLE; censored runs are counted, never dropped.",
  ],
});
