import { formatCount, formatPoint } from "../describe.js";
/** Particles per block: far more work than its dispatch, and enough blocks per experiment to spread. */
export const DEFAULT_BLOCK_SIZE = 250;
export function exitRuns(spec) {
    return {
        stream: spec.stream,
        describe: `SGD at η = ${spec.eta} from ${formatPoint(spec.x0)}: ${formatCount(spec.particles)} runs until exit (${exitSetText(spec.exitSet)}) or ${formatCount(spec.horizon)} iterations`,
        async run(dispatch) {
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
function foldExits(spec, results) {
    const d = spec.x0.length;
    const exits = results.reduce((s, r) => s + r.exits, 0);
    const exitTimes = new Float64Array(exits);
    const exitStates = new Float64Array(exits * d);
    let e = 0;
    for (const r of results) {
        const m = r.exitIteration.length;
        for (let p = 0; p < m; p++) {
            const n = r.exitIteration[p];
            if (n === 0)
                continue;
            exitTimes[e] = n;
            for (let i = 0; i < d; i++)
                exitStates[e * d + i] = r.exitState[i * m + p];
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
function exitSetText(set) {
    if (set.kind === "half-space")
        return `${formatPoint(set.normal)}·x ≥ ${+set.offset.toPrecision(6)}`;
    if (set.kind === "ball")
        return `|x − ${formatPoint(set.center)}| ≥ ${set.radius}`;
    return `|${formatPoint(set.normal)}·(x − ${formatPoint(set.center)})| ≥ ${set.halfWidth}`;
}
//# sourceMappingURL=exitRuns.js.map