import type { LandscapeSpec } from "../landscapes/landscape.ts";
import type { NoiseSpec } from "../noise/noise.ts";
import type { BlockDispatcher } from "../parallel/dispatch.ts";
import { formatCount, formatPoint } from "./describe.ts";
import type { Simulation } from "./experiment.ts";

/**
 * Plain SGD runs through a schedule of phases (B5: small batches, then large ones): `particles` runs from x0,
 * phase j taking `steps` iterations with its own noise, each run continuing from where the previous phase left
 * it. Block b of phase j owns the stream `${stream}/${j}/${b}` and starts from block b's state of phase j − 1,
 * so the final states are a function of the seed alone, whatever the worker count.
 */
export interface SgdPhase {
  noise: NoiseSpec;
  steps: number;
}

export interface SgdScheduleSpec {
  landscape: LandscapeSpec;
  x0: number[];
  eta: number;
  phases: readonly SgdPhase[];
  particles: number;
  blockSize: number;
  stream: string;
}

/** Final states in block order, structure of arrays within each block (1-D: the final positions). */
export function sgdScheduleRuns(spec: SgdScheduleSpec): Simulation<Float64Array> {
  const phases = spec.phases.map((ph) => `${ph.steps} steps of ${JSON.stringify(ph.noise)}`).join(", then ");
  return {
    stream: spec.stream,
    runs: spec.particles,
    stepsPerRun: spec.phases.reduce((sum, ph) => sum + ph.steps, 0),
    resize: (particles) => sgdScheduleRuns({ ...spec, particles }),
    describe: `SGD at η = ${spec.eta} from ${formatPoint(spec.x0)}: ${formatCount(spec.particles)} runs, ${phases}`,
    async run(dispatch: BlockDispatcher): Promise<Float64Array> {
      let states: (number[] | undefined)[] = [];
      for (const [j, phase] of spec.phases.entries()) {
        const results = await dispatch.run({
          task: "sgdBlock",
          stream: `${spec.stream}/${j}`,
          particles: spec.particles,
          blockSize: spec.blockSize,
          cost: phase.steps,
          payload: (b) => {
            const start = states[b.index];
            return {
              landscape: spec.landscape,
              noise: phase.noise,
              x0: spec.x0,
              eta: spec.eta,
              particles: b.particles,
              stream: b.stream,
              steps: phase.steps,
              ...(start ? { start } : {}),
            };
          },
        });
        states = results.map((r) => Array.from(r));
      }
      return Float64Array.from(states.flat() as number[]);
    },
  };
}
