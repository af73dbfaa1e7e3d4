import type { ExitSet } from "../../landscapes/exitSet.ts";
import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import type { BlockDispatcher } from "../../parallel/dispatch.ts";
import { formatCount, formatPoint } from "../describe.ts";
import type { Simulation } from "../experiment.ts";

/**
 * Exit-time runs (DESIGN.md §4): `particles` independent SGD runs from x0 until each first enters the exit set
 * (N = the first iteration k ≥ 1 with x_k in it) or reaches the horizon, where it is censored — kept and
 * counted, never dropped. Blocks own their streams; results are folded in block and particle order.
 */
export interface ExitRunSpec {
  landscape: LandscapeSpec;
  noise: NoiseSpec | null;
  x0: number[];
  exitSet: ExitSet;
  eta: number;
  /** Iterations after which a run still inside is censored. */
  horizon: number;
  particles: number;
  blockSize: number;
  stream: string;
  /** Expected iterations per run (orders the blocks across simulations; never changes results). */
  expected?: number;
}

/** The runs of one experiment, combined in block order (so the result is independent of the worker count). */
export interface ExitSample {
  dim: number;
  runs: number;
  exits: number;
  censored: number;
  horizon: number;
  /** Exit iterations N ≥ 1 of the runs that exited, in block and particle order. */
  exitTimes: Float64Array;
  /** Positions at exit of those runs, d numbers per run (array of structures). */
  exitStates: Float64Array;
}

/** Particles per block: far more work than its dispatch, and enough blocks per experiment to spread. */
export const DEFAULT_BLOCK_SIZE = 250;

export function exitRuns(spec: ExitRunSpec): Simulation<ExitSample> {
  return {
    stream: spec.stream,
    runs: spec.particles,
    stepsPerRun: spec.horizon,
    resize: (particles) => exitRuns({ ...spec, particles }),
    describe: `SGD at η = ${spec.eta} from ${formatPoint(spec.x0)}: ${formatCount(spec.particles)} runs until exit (${exitSetText(spec.exitSet)}) or ${formatCount(spec.horizon)} iterations`,
    async run(dispatch: BlockDispatcher): Promise<ExitSample> {
      const results = await dispatch.run({
        task: "exitBlock",
        stream: spec.stream,
        particles: spec.particles,
        blockSize: spec.blockSize,
        cost: Math.min(spec.expected ?? spec.horizon, spec.horizon),
        payload: (b) => ({
          landscape: spec.landscape,
          noise: spec.noise,
          x0: spec.x0,
          eta: spec.eta,
          particles: b.particles,
          stream: b.stream,
          horizon: spec.horizon,
          exitSet: spec.exitSet,
        }),
      });
      return foldExits(spec, results);
    },
  };
}

function foldExits(
  spec: ExitRunSpec,
  results: { exitIteration: Float64Array; exitState: Float64Array; exits: number }[],
): ExitSample {
  const d = spec.x0.length;
  const exits = results.reduce((s, r) => s + r.exits, 0);
  const exitTimes = new Float64Array(exits);
  const exitStates = new Float64Array(exits * d);
  let e = 0;
  for (const r of results) {
    const m = r.exitIteration.length;
    for (let p = 0; p < m; p++) {
      const n = r.exitIteration[p]!;
      if (n === 0) continue;
      exitTimes[e] = n;
      for (let i = 0; i < d; i++) exitStates[e * d + i] = r.exitState[i * m + p]!;
      e++;
    }
  }
  return {
    dim: d,
    runs: spec.particles,
    exits,
    censored: spec.particles - exits,
    horizon: spec.horizon,
    exitTimes,
    exitStates,
  };
}

function exitSetText(set: ExitSet): string {
  if (set.kind === "half-space") return `${formatPoint(set.normal)}·x ≥ ${+set.offset.toPrecision(6)}`;
  if (set.kind === "ball") return `|x − ${formatPoint(set.center)}| ≥ ${set.radius}`;
  return `|${formatPoint(set.normal)}·(x − ${formatPoint(set.center)})| ≥ ${set.halfWidth}`;
}
