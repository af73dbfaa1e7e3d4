import type { MinibatchSampling } from "../noise/minibatch.ts";
import { type ClassificationData, Mlp, type MlpShape } from "./mlp.ts";

/**
 * A network training problem as plain data, so a block task carries it to a worker: the standardised train and
 * test sets (datasets/iris.ts), the network's shape, the weight decay and how batches are drawn. Each thread
 * rebuilds the network and typed arrays once per problem (cached by content) and reuses them across blocks.
 */
export interface NetworkProblem {
  /** The dataset's description (name, version, split), for reports. */
  dataset: string;
  train: { features: number[]; labels: number[] };
  test: { features: number[]; labels: number[] };
  shape: MlpShape;
  weightDecay: number;
  sampling: MinibatchSampling;
}

export interface NetworkModels {
  net: Mlp;
  train: ClassificationData;
  test: ClassificationData;
}

const cache = new Map<string, NetworkModels>();

export function networkModels(problem: NetworkProblem): NetworkModels {
  const key = JSON.stringify(problem);
  let m = cache.get(key);
  if (!m) {
    const data = (d: { features: number[]; labels: number[] }): ClassificationData => ({
      features: Float64Array.from(d.features),
      labels: Int32Array.from(d.labels),
      n: d.labels.length,
    });
    m = {
      net: new Mlp(problem.shape, problem.weightDecay),
      train: data(problem.train),
      test: data(problem.test),
    };
    cache.set(key, m);
  }
  return m;
}
