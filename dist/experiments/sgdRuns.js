import { formatCount, formatPoint } from "./describe.js";
/** Final states in block order, structure of arrays within each block (1-D: the final positions). */
export function sgdScheduleRuns(spec) {
    const phases = spec.phases.map((ph) => `${ph.steps} steps of ${JSON.stringify(ph.noise)}`).join(", then ");
    return {
        stream: spec.stream,
        describe: `SGD at η = ${spec.eta} from ${formatPoint(spec.x0)}: ${formatCount(spec.particles)} runs, ${phases}`,
        async run(dispatch) {
            let states = [];
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
            return Float64Array.from(states.flat());
        },
    };
}
//# sourceMappingURL=sgdRuns.js.map