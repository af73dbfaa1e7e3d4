import type { BlockDispatcher } from "../../parallel/dispatch.ts";
import type { BoundedExitSpec } from "../../simulate/boundedExit.ts";
import type { HeavyTailedExitSpec } from "../../simulate/heavyTailedExit.ts";
import { type ExitTimes, exitTimesFromCounts } from "../../stats/meanExitTime.ts";
import type { Simulation } from "../experiment.ts";

/**
 * Exit runs of the scalar 1-D SGD recursions of the validity claims (V1–V3: bounded and heavy-tailed noise), cut
 * into blocks of RUNS_PER_BLOCK runs that own their streams; `expected` (a relative cost) only orders the blocks.
 */
const RUNS_PER_BLOCK = 100;

interface RunsCommon {
  particles: number;
  horizon: number;
  stream: string;
  expected: number;
  /** The noise in words, for the report. */
  noiseName: string;
}

export type BoundedExitRunsSpec = Omit<BoundedExitSpec, "particles"> & RunsCommon;
export type HeavyTailedExitRunsSpec = Omit<HeavyTailedExitSpec, "particles"> & RunsCommon;

export function boundedExitRuns(spec: BoundedExitRunsSpec): Simulation<ExitTimes> {
  const { stream, expected, noiseName: _name, ...payload } = spec;
  return exitCountRuns(
    spec,
    (particles) => boundedExitRuns({ ...spec, particles }),
    (dispatch) =>
      dispatch.run({
        task: "boundedExitBlock",
        stream,
        particles: spec.particles,
        blockSize: RUNS_PER_BLOCK,
        cost: Math.min(expected, spec.horizon),
        payload: (b) => ({ ...payload, particles: b.particles, stream: b.stream }),
      }),
  );
}

export function heavyTailedExitRuns(spec: HeavyTailedExitRunsSpec): Simulation<ExitTimes> {
  const { stream, expected, noiseName: _name, ...payload } = spec;
  return exitCountRuns(
    spec,
    (particles) => heavyTailedExitRuns({ ...spec, particles }),
    (dispatch) =>
      dispatch.run({
        task: "heavyTailedExitBlock",
        stream,
        particles: spec.particles,
        blockSize: RUNS_PER_BLOCK,
        cost: Math.min(expected, spec.horizon),
        payload: (b) => ({ ...payload, particles: b.particles, stream: b.stream }),
      }),
  );
}

/** The simulation around one block task: its blocks' exit counts, in run order, as ExitTimes. */
function exitCountRuns(
  spec: RunsCommon & { eta: number; x0: number },
  resize: (particles: number) => Simulation<ExitTimes>,
  blocks: (dispatch: BlockDispatcher) => Promise<Float64Array[]>,
): Simulation<ExitTimes> {
  return {
    stream: spec.stream,
    runs: spec.particles,
    stepsPerRun: spec.horizon,
    resize,
    describe: `SGD with ${spec.noiseName} noise at η = ${spec.eta} from ${spec.x0}: ${spec.particles} runs, horizon ${spec.horizon}`,
    async run(dispatch: BlockDispatcher): Promise<ExitTimes> {
      const counts = await blocks(dispatch);
      return exitTimesFromCounts(
        counts.flatMap((r) => Array.from(r)),
        spec.horizon,
      );
    },
  };
}
