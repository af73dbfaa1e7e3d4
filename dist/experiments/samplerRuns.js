import { formatCount } from "./describe.js";
export function samplerRuns(spec) {
    return {
        stream: spec.stream,
        describe: `the kernels' minibatch sampler (B = ${spec.batch}, ${spec.sampling}) on n = ${spec.gradients.length} per-sample gradients: ${formatCount(spec.samples)} batches`,
        async run(dispatch) {
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
//# sourceMappingURL=samplerRuns.js.map