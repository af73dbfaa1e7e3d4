import { FieldError } from "../../config/fieldError.js";
import { readStrictObject } from "../../config/readers.js";
import { arrheniusExperiment } from "../../experiments/exit/arrhenius.js";
import { batchCaseKeys, readBatchCase, withBatch } from "../../experiments/exit/batchCase.js";
import { exitProblem, readKeyedCases } from "../../experiments/exit/exitModel.js";
import { horizonFor, readHorizonRule } from "../../experiments/exit/horizon.js";
import { isotropicVariance, MINIMUM_CASE_KEYS, readMinimumCase, } from "../../experiments/exit/minimumCase.js";
import { readRelativeBand, readRunSize } from "../../experiments/runSize.js";
import { loadResidualDataset, residualLandscapeSpec } from "../../noise/residualMinibatch.js";
import { exactExitReference } from "../../reference/exit/exitReference.js";
import { defineClaim } from "../claim.js";
const CASE_KEYS = batchCaseKeys(MINIMUM_CASE_KEYS);
function readCase(raw, path, key) {
    return readBatchCase(raw, path, CASE_KEYS, (rest) => {
        // Real batch noise of a dataset: the landscape is the dataset's mean loss unless the case restates it.
        const noise = rest.noise;
        if (rest.landscape === undefined && noise?.kind === "minibatch" && typeof noise.dataset === "string")
            rest = {
                ...rest,
                landscape: residualLandscapeSpec(loadResidualDataset(noise.dataset, `${path ? `${path}.` : ""}noise.dataset`)),
            };
        const c = readMinimumCase(rest, path, key, 1);
        if (c.noiseSpec.kind !== "minibatch")
            isotropicVariance(c, path);
        return c;
    });
}
const isDataset = (c) => c.noiseSpec.kind === "minibatch";
export const B2 = defineClaim({
    id: "B2",
    title: "Trapping in a minimizer is exponential in the batch size B",
    statement: "With per-sample noise Σ₁ = σ₁²I and batch size B (noise σ₁²/B), SGD at a fixed step size η needs " +
        "E N ≍ exp(2Δf·B/(ησ₁²)) iterations to leave a minimizer: ln(η·E N) is linear in B with slope 2Δf/(ησ₁²) " +
        "(M1 with ε² = ησ₁²/B). Checked as the WLS slope of ln(η·E N) on B.",
    source: "Hu–Li–Li–Liu (arXiv 1705.07562) §4–5 (large batches trap SGD), from the Arrhenius law with noise Σ/B " +
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
        const p = (k) => (path ? `${path}.${k}` : k);
        const { particles, blockSize } = readRunSize(cfg, path);
        const relativeBand = readRelativeBand(cfg.relativeBand, p("relativeBand"));
        const horizon = readHorizonRule(cfg, path);
        const cases = readKeyedCases(cfg, path, CASE_KEYS, ["x0", "saddle", "exitSet"], readCase);
        for (const c of cases)
            c.batches.forEach((b, i) => {
                let model;
                try {
                    model = withBatch(c, b);
                }
                catch (e) {
                    // A batch the noise cannot take (real batches larger than the dataset) is this batch's fault.
                    if (e instanceof FieldError)
                        throw new FieldError(p(`cases.${c.key}.batches[${i}]`), e.problem);
                    throw e;
                }
                horizonFor(model, c.eta, horizon, particles, p("horizon"));
            });
        return { particles, blockSize, horizon, relativeBand, cases };
    },
    // B2 is M1 with ε² = ησ₁²/B: per case at fixed η, SGD exits at each B. Isotropic noise: slope of ln(η·E N) on
    // B against 2Δf/(ησ₁²). Real batches: the points sit at the diffusion's own ln(η·T)(B) (quadrature of Σ_n/B)
    // and the slope is 1 — regressing on the prediction keeps its bend in B (prefactors) from being charged to
    // the data as lack of fit.
    experiments: (config, ctx) => config.cases.map((c) => {
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
            points: c.batches.map((batch) => {
                const model = withBatch(c, batch);
                if (!dataset)
                    return { x: batch, eta: c.eta, model, columns: { batch } };
                const logTime = Math.log(c.eta * exactExitReference(exitProblem(model, model.saddle), "sme1").meanIterations(c.eta));
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
//# sourceMappingURL=B2.js.map