import type { MinibatchSampling } from "../noise/minibatch.ts";
import type { BlockDispatcher } from "../parallel/dispatch.ts";
import { formatCount } from "./describe.ts";
import type { Simulation } from "./experiment.ts";

/**
 * The kernels' minibatch sampler run `samples` times on per-sample gradients (claim B1's Monte-Carlo side):
 * q = ‖ĝ − ḡ‖² per batch, whose mean is c·tr Σ_n. Blocks own their streams; the sums are folded in block order.
 */
export interface SamplerSpec {
  gradients: number[][];
  batch: number;
  sampling: MinibatchSampling;
  samples: number;
  blockSize: number;
  stream: string;
}

export interface SamplerMoments {
  samples: number;
  /** Mean of q and its standard error. */
  mean: number;
  se: number;
}

export function samplerRuns(spec: SamplerSpec): Simulation<SamplerMoments> {
  return {
    stream: spec.stream,
    runs: spec.samples,
    stepsPerRun: spec.batch,
    resize: (samples) => samplerRuns({ ...spec, samples }),
    describe: `the kernels' minibatch sampler (B = ${spec.batch}, ${spec.sampling}) on n = ${spec.gradients.length} per-sample gradients: ${formatCount(spec.samples)} batches`,
    async run(dispatch: BlockDispatcher): Promise<SamplerMoments> {
      const blocks = await dispatch.run({
        task: "samplerBlock",
        stream: spec.stream,
        particles: spec.samples,
        blockSize: spec.blockSize,
        cost: spec.batch,
        payload: (b) => ({
          gradients: spec.gradients,
          batch: spec.batch,
          sampling: spec.sampling,
          samples: b.particles,
          stream: b.stream,
        }),
      });
      let sum = 0;
      let sum2 = 0;
      for (const r of blocks) {
        sum += r.sum;
        sum2 += r.sum2;
      }
      const n = spec.samples;
      const mean = sum / n;
      return { samples: n, mean, se: Math.sqrt(Math.max(0, sum2 / n - mean * mean) / (n - 1)) };
    },
  };
}
