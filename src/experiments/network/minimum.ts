import type { Minimum } from "../../network/runs.ts";
import type { TrainingPhase } from "../../network/training.ts";
import type { BlockDispatcher } from "../../parallel/dispatch.ts";
import type { Simulation } from "../experiment.ts";
import { describeNetwork, describePhases, type NetworkConfig } from "./networkConfig.ts";

/**
 * A minimum of the training objective found by full-batch gradient descent from the initialisation drawn from
 * `stream` (after an optional SGD phase): one deterministic run, computed once per dispatcher and shared by
 * every simulation that starts from it (escape runs, the Σ–H alignment). More runs would not change it, so
 * `resize` keeps it as it is.
 */
export interface MinimumSpec {
  network: NetworkConfig;
  /** SGD before descent (none: straight gradient descent from θ₀, the sharp minimum of B7). */
  eta: number;
  phases: TrainingPhase[];
  gdEta: number;
  gdSteps: number;
  stream: string;
}

export interface MinimumSimulation extends Simulation<Minimum> {
  readonly spec: MinimumSpec;
}

const found = new WeakMap<BlockDispatcher, Map<string, Promise<Minimum>>>();

export function minimumSimulation(spec: MinimumSpec): MinimumSimulation {
  const how = spec.phases.length
    ? `${describePhases(spec.phases)} of SGD at η = ${spec.eta}, then ${spec.gdSteps} gradient-descent steps`
    : `${spec.gdSteps} full-batch gradient-descent steps`;
  const sim: MinimumSimulation = {
    spec,
    stream: spec.stream,
    runs: 1,
    stepsPerRun: spec.gdSteps * spec.network.n,
    resize: () => sim,
    describe: `a minimum of ${describeNetwork(spec.network)}: ${how} of size ${spec.gdEta} from one initialisation`,
    run: (dispatch) => minimumOf(spec, dispatch),
  };
  return sim;
}

export function minimumOf(spec: MinimumSpec, dispatch: BlockDispatcher): Promise<Minimum> {
  let byStream = found.get(dispatch);
  if (!byStream) found.set(dispatch, (byStream = new Map()));
  let p = byStream.get(spec.stream);
  if (!p) {
    p = dispatch
      .run({
        task: "networkMinimumBlock",
        stream: spec.stream,
        particles: 1,
        blockSize: 1,
        cost: spec.gdSteps * spec.network.n,
        payload: (b) => ({
          problem: spec.network.problem,
          eta: spec.eta,
          phases: spec.phases,
          gdEta: spec.gdEta,
          gdSteps: spec.gdSteps,
          stream: b.stream,
        }),
      })
      .then((r) => r[0]!);
    byStream.set(spec.stream, p);
  }
  return p;
}
