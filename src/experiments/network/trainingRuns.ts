import type { EndPoint } from "../../network/runs.ts";
import type { TrainingPhase } from "../../network/training.ts";
import type { BlockDispatcher } from "../../parallel/dispatch.ts";
import type { Simulation } from "../experiment.ts";
import { describeNetwork, describePhases, type NetworkConfig } from "./networkConfig.ts";

/**
 * `runs` independent training runs of the network (claims B6, B8): run r draws its initial parameters and then
 * its batches from the stream `${stream}/${r}` (a block is one run), so each run is a function of the seed and
 * its index alone, whatever the worker count, and a resized simulation repeats its first runs exactly.
 */
export function trainingRuns(spec: {
  network: NetworkConfig;
  eta: number;
  phases: TrainingPhase[];
  runs: number;
  stream: string;
}): Simulation<EndPoint[]> {
  const steps = spec.phases.reduce((s, p) => s + p.steps, 0);
  const sampleGradients = spec.phases.reduce((s, p) => s + p.steps * p.batch, 0);
  return {
    stream: spec.stream,
    runs: spec.runs,
    stepsPerRun: sampleGradients,
    resize: (runs) => trainingRuns({ ...spec, runs }),
    describe: `SGD at η = ${spec.eta} on ${describeNetwork(spec.network)}: ${spec.runs} runs from independent initialisations, ${describePhases(spec.phases)} (${steps} steps)`,
    run: (dispatch: BlockDispatcher) =>
      dispatch.run({
        task: "networkTrainBlock",
        stream: spec.stream,
        particles: spec.runs,
        blockSize: 1,
        cost: sampleGradients,
        payload: (b) => ({
          problem: spec.network.problem,
          eta: spec.eta,
          phases: spec.phases,
          stream: b.stream,
        }),
      }),
  };
}
