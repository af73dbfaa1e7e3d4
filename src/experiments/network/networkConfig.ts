import { FieldError, withinField } from "../../config/fieldError.ts";
import { readChoice, readNumber, readStrictObject } from "../../config/readers.ts";
import { loadIris } from "../../datasets/iris.ts";
import { mlpParameterCount } from "../../network/mlp.ts";
import type { NetworkProblem } from "../../network/problem.ts";
import type { TrainingPhase } from "../../network/training.ts";
import { MINIBATCH_SAMPLINGS } from "../../noise/minibatch.ts";

/**
 * The `network` block of a B6–B8 config: which dataset (the iris package and its fold), the hidden width, the
 * weight decay and how batches are drawn, read into a NetworkProblem (network/problem.ts) with the data loaded
 * and validated. Anything else in the block is a named error.
 */
export interface NetworkConfig {
  problem: NetworkProblem;
  /** Training-set size n (batch sizes are checked against it). */
  n: number;
  parameters: number;
  /** The recorded split and standardisation, for the report. */
  split: { description: string; testIndex: number[]; mean: number[]; sd: number[] };
}

export const DATASETS = ["iris"] as const;

export function readNetworkConfig(raw: unknown, field: string): NetworkConfig {
  const f = (k: string) => `${field}.${k}`;
  const cfg = readStrictObject(raw, field, ["dataset", "fold", "hidden", "weightDecay", "sampling"]);
  readChoice(cfg.dataset, f("dataset"), DATASETS);
  const fold = readNumber(cfg.fold ?? 0, f("fold"), { integer: true, min: 0, max: 4 });
  const hidden = readNumber(cfg.hidden, f("hidden"), { integer: true, min: 1, max: 256 });
  const weightDecay = readNumber(cfg.weightDecay, f("weightDecay"), { min: 0, exclusiveMin: true, max: 1 });
  const sampling = readChoice(cfg.sampling, f("sampling"), MINIBATCH_SAMPLINGS);
  const ds = withinField(field, () => loadIris(fold));
  const shape = { inputs: ds.featureNames.length, hidden, classes: ds.classes.length };
  return {
    problem: {
      dataset: ds.name,
      train: { features: Array.from(ds.train.features), labels: Array.from(ds.train.labels) },
      test: { features: Array.from(ds.test.features), labels: Array.from(ds.test.labels) },
      shape,
      weightDecay,
      sampling,
    },
    n: ds.train.n,
    parameters: mlpParameterCount(shape),
    split: { description: ds.split.description, ...ds.standardization, testIndex: ds.split.testIndex },
  };
}

/** A list of batch sizes, each an integer in [1, n], strictly increasing. */
export function readBatchList(v: unknown, field: string, n: number, minLength: number): number[] {
  if (!Array.isArray(v) || v.length < minLength)
    throw new FieldError(field, `must be a list of at least ${minLength} batch sizes`);
  const out = v.map((b, i) => readNumber(b, `${field}[${i}]`, { integer: true, min: 1, max: n }));
  out.forEach((b, i) => {
    if (i > 0 && b <= out[i - 1]!)
      throw new FieldError(`${field}[${i}]`, `batch sizes must increase, got ${b} after ${out[i - 1]}`);
  });
  return out;
}

/** A batch size in [1, n] (n the training-set size). */
export function readBatch(v: unknown, field: string, n: number): number {
  return readNumber(v, field, { integer: true, min: 1, max: n });
}

/** η with the step a bounded number of epochs can take. */
export function readStepSize(v: unknown, field: string): number {
  return readNumber(v, field, { min: 0, exclusiveMin: true, max: 10 });
}

export function describePhases(phases: readonly TrainingPhase[]): string {
  return phases.map((p) => `${p.steps} steps at B = ${p.batch}`).join(", then ");
}

/** A short description of the network and data for simulation lines. */
export function describeNetwork(c: NetworkConfig): string {
  const s = c.problem.shape;
  return `a ${s.inputs}–${s.hidden}–${s.classes} tanh MLP (${c.parameters} parameters, λ = ${c.problem.weightDecay}) on ${c.problem.dataset}`;
}

/** The recorded split and standardisation, as a report note (every network claim gives it). */
export function describeSplit(c: NetworkConfig): string {
  const f = (v: number) => v.toPrecision(4);
  return `Split (${c.split.description}): ${c.n} training rows, ${c.split.testIndex.length} test rows (0-based rows of the package: ${c.split.testIndex.join(", ")}); features standardised with the training mean (${c.split.mean.map(f).join(", ")}) and SD (${c.split.sd.map(f).join(", ")}).`;
}
