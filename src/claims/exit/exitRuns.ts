import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import type { WorkerPool } from "../../parallel/pool.ts";
import type { ExitSet } from "../../simulate/exitSet.ts";

/** One exit-time experiment: `particles` independent SGD runs from x0 until they leave, or reach `horizon`. */
export interface ExitRunSpec {
  landscape: LandscapeSpec;
  noise: NoiseSpec | null;
  x0: number[];
  exitSet: ExitSet;
  eta: number;
  /** Iterations after which a run still inside is censored (kept and counted, never dropped). */
  horizon: number;
  particles: number;
  /** Particles per block; each block owns the stream `${stream}/${block}` (DESIGN.md §3). */
  blockSize: number;
  stream: string;
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

export const DEFAULT_BLOCK_SIZE = 250;

export async function runExits(
  pool: WorkerPool,
  spec: ExitRunSpec,
  onDone?: (done: number, total: number) => void,
): Promise<ExitSample> {
  if (!(Number.isInteger(spec.particles) && spec.particles > 0))
    throw new RangeError(`particles must be a positive integer, got ${spec.particles}`);
  const blocks = Math.ceil(spec.particles / spec.blockSize);
  const payloads = Array.from({ length: blocks }, (_, b) => ({
    landscape: spec.landscape,
    noise: spec.noise,
    x0: spec.x0,
    eta: spec.eta,
    particles: Math.min(spec.blockSize, spec.particles - b * spec.blockSize),
    stream: `${spec.stream}/${b}`,
    horizon: spec.horizon,
    exitSet: spec.exitSet,
  }));
  const results = await pool.map("exitBlock", payloads, onDone);
  const d = spec.x0.length;
  const exits = results.reduce((s, r) => s + r.exits, 0);
  const exitTimes = new Float64Array(exits);
  const exitStates = new Float64Array(exits * d);
  let e = 0;
  for (const [b, r] of results.entries()) {
    const m = payloads[b]!.particles;
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
