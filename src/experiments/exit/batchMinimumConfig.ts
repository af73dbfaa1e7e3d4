import { FieldError } from "../../config/fieldError.ts";
import { readStrictObject } from "../../config/readers.ts";
import { loadResidualDataset, residualLandscapeSpec } from "../../noise/residualMinibatch.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../runSize.ts";
import { batchCaseKeys, readBatchCase, withBatch } from "./batchCase.ts";
import { readKeyedCases } from "./exitModel.ts";
import { type HorizonRule, horizonFor, readHorizonRule } from "./horizon.ts";
import { isotropicVariance, MINIMUM_CASE_KEYS, type MinimumCase, readMinimumCase } from "./minimumCase.ts";

/**
 * Claim B2's config: minimizer cases at one η over a grid of batch sizes, with noise σ₁²/B (isotropic) or real
 * batches of a dataset (whose mean loss is the landscape unless the case restates it). Every batch's horizon is
 * validated before anything runs.
 */
/** A minimizer case run at one η over a grid of batch sizes (noise σ₁²/B, or real batches of a dataset). */
export interface BatchMinimumCase extends MinimumCase {
  eta: number;
  batches: number[];
}

export interface BatchMinimumConfig extends RunSize {
  horizon: HorizonRule;
  relativeBand: number;
  cases: BatchMinimumCase[];
}

const CASE_KEYS = batchCaseKeys(MINIMUM_CASE_KEYS);

function readCase(raw: unknown, path: string, key: string): BatchMinimumCase {
  return readBatchCase(raw, path, CASE_KEYS, (rest) => {
    // Real batch noise of a dataset: the landscape is the dataset's mean loss unless the case restates it.
    const noise = rest.noise as { kind?: unknown; dataset?: unknown } | undefined;
    if (rest.landscape === undefined && noise?.kind === "minibatch" && typeof noise.dataset === "string")
      rest = {
        ...rest,
        landscape: residualLandscapeSpec(
          loadResidualDataset(noise.dataset, `${path ? `${path}.` : ""}noise.dataset`),
        ),
      };
    const c = readMinimumCase(rest, path, key, 1);
    if (c.noiseSpec.kind !== "minibatch") isotropicVariance(c, path);
    return c;
  });
}

export function readBatchMinimumConfig(raw: unknown, path: string): BatchMinimumConfig {
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
  const cases = readKeyedCases(cfg, path, CASE_KEYS, ["x0", "saddle", "exit"], readCase);
  for (const c of cases)
    c.batches.forEach((b, i) => {
      let model: BatchMinimumCase;
      try {
        model = withBatch(c, b);
      } catch (e) {
        // A batch the noise cannot take (real batches larger than the dataset) is this batch's fault.
        if (e instanceof FieldError) throw new FieldError(p(`cases.${c.key}.batches[${i}]`), e.problem);
        throw e;
      }
      horizonFor(model, c.eta, horizon, particles, p("horizon"));
    });
  return { particles, blockSize, horizon, relativeBand, cases };
}
