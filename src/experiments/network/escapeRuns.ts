import type { Minimum } from "../../network/runs.ts";
import type { BlockDispatcher } from "../../parallel/dispatch.ts";
import { type ExitTimes, exitTimesFromCounts } from "../../stats/meanExitTime.ts";
import type { Simulation } from "../experiment.ts";
import { type MinimumSpec, minimumOf } from "./minimum.ts";

/**
 * SGD with batch `batch` started at a minimum θ* (claim B7), `runs` runs, each watched every `every` steps
 * until the training objective exceeds L(θ*) + Δ: it has left the minimum's sublevel set at height Δ. Run r
 * owns the stream `${stream}/${r}`; runs that stay below the level for `horizon` steps are censored.
 */
export interface EscapeSpec {
  minimum: MinimumSpec;
  eta: number;
  batch: number;
  level: number;
  every: number;
  horizon: number;
  runs: number;
  stream: string;
}

export interface EscapeData extends ExitTimes {
  minimum: Minimum;
  batch: number;
}

export function escapeRuns(spec: EscapeSpec): Simulation<EscapeData> {
  return {
    stream: spec.stream,
    runs: spec.runs,
    stepsPerRun: spec.horizon * spec.batch,
    resize: (runs) => escapeRuns({ ...spec, runs }),
    describe: `SGD at η = ${spec.eta}, B = ${spec.batch} (${spec.minimum.network.problem.sampling}) from the minimum: ${spec.runs} runs, objective checked every ${spec.every} steps against L* + ${spec.level}, horizon ${spec.horizon}`,
    async run(dispatch: BlockDispatcher): Promise<EscapeData> {
      const minimum = await minimumOf(spec.minimum, dispatch);
      const steps = await dispatch.run({
        task: "networkEscapeBlock",
        stream: spec.stream,
        particles: spec.runs,
        blockSize: 1,
        cost: spec.batch * 100,
        payload: (b) => ({
          problem: spec.minimum.network.problem,
          theta: minimum.theta,
          eta: spec.eta,
          batch: spec.batch,
          horizon: spec.horizon,
          every: spec.every,
          level: minimum.objective + spec.level,
          stream: b.stream,
        }),
      });
      return { ...exitTimesFromCounts(steps, spec.horizon), minimum, batch: spec.batch };
    },
  };
}
