import type { BlockDispatcher } from "../../parallel/dispatch.ts";
import type { BoundedExitSpec } from "../../simulate/boundedExit.ts";
import { type ExitTimes, exitTimesFromCounts } from "../../stats/meanExitTime.ts";
import type { Simulation } from "../experiment.ts";

/**
 * Exit runs of 1-D SGD with bounded noise on the double well (claim V3), cut into blocks of RUNS_PER_BLOCK runs
 * that own their streams; `expected` (a relative cost) only orders the blocks.
 */
const RUNS_PER_BLOCK = 100;

export interface BoundedExitRunsSpec extends Omit<BoundedExitSpec, "particles"> {
  particles: number;
  stream: string;
  expected: number;
  /** The noise in words, for the report. */
  noiseName: string;
}

export function boundedExitRuns(spec: BoundedExitRunsSpec): Simulation<ExitTimes> {
  return {
    stream: spec.stream,
    runs: spec.particles,
    stepsPerRun: spec.horizon,
    resize: (particles: number) => boundedExitRuns({ ...spec, particles }),
    describe: `SGD with ${spec.noiseName} noise at η = ${spec.eta} from ${spec.x0}: ${spec.particles} runs, horizon ${spec.horizon}`,
    async run(dispatch: BlockDispatcher): Promise<ExitTimes> {
      const { stream, expected, noiseName: _name, ...payload } = spec;
      const blocks = await dispatch.run({
        task: "boundedExitBlock",
        stream,
        particles: spec.particles,
        blockSize: RUNS_PER_BLOCK,
        cost: Math.min(expected, spec.horizon),
        payload: (b) => ({ ...payload, particles: b.particles, stream: b.stream }),
      });
      return exitTimesFromCounts(
        blocks.flatMap((r) => Array.from(r)),
        spec.horizon,
      );
    },
  };
}
