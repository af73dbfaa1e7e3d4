import { loadModules } from "../config/modules.js";
import { landscapeFromSpec } from "../landscapes/fromSpec.js";
import { noiseFromSpec } from "../noise/fromSpec.js";
import { minibatchMeanGradient, minibatchSampler, populationMoments, } from "../noise/minibatch.js";
import { Xoshiro128 } from "../rng/xoshiro128.js";
import { coupledPaths } from "../simulate/coupledPaths.js";
import { exitKernel } from "../simulate/exitKernel.js";
import { sgdKernel } from "../simulate/sgdKernel.js";
const TASKS = {
    sgdBlock(p) {
        const { landscape, noise } = models(p);
        const x = p.start ? Float64Array.from(p.start) : initialState(p.x0, p.particles);
        sgdKernel(landscape, noise)(x, p.particles, 0, p.particles, p.steps, p.eta, Xoshiro128.fromName(p.stream));
        return x;
    },
    exitBlock(p) {
        const { landscape, noise } = models(p);
        const x = initialState(p.x0, p.particles);
        const exitIteration = new Float64Array(p.particles);
        const order = new Int32Array(p.particles);
        const exits = exitKernel(landscape, noise, p.exitSet)(x, p.particles, 0, p.particles, p.horizon, p.eta, Xoshiro128.fromName(p.stream), exitIteration, order);
        return { exitIteration, exitState: x, exits };
    },
    samplerBlock(p) {
        const mean = populationMoments(p.gradients).mean;
        const d = mean.length;
        const sampler = minibatchSampler(p.gradients.length, p.batch, p.sampling);
        const rng = Xoshiro128.fromName(p.stream);
        const g = new Float64Array(d);
        let sum = 0;
        let sum2 = 0;
        for (let s = 0; s < p.samples; s++) {
            minibatchMeanGradient(p.gradients, sampler.draw(rng), g);
            let q = 0;
            for (let a = 0; a < d; a++)
                q += (g[a] - mean[a]) ** 2;
            sum += q;
            sum2 += q * q;
        }
        return { sum, sum2, samples: p.samples };
    },
    coupledBlock(p) {
        const { landscape, noise } = models(p);
        return coupledPaths({
            landscape,
            noise,
            x0: p.x0,
            eta: p.eta,
            steps: p.steps,
            substeps: p.substeps,
            models: p.models,
            particles: p.particles,
            rng: Xoshiro128.fromName(p.stream),
            checkpoints: p.checkpoints,
        });
    },
};
/** Runs a task (async: a payload may first need a user module loaded, see landscapes/modules.ts). */
export async function runTask(task, payload) {
    const fn = TASKS[task];
    if (!fn)
        throw new Error(`unknown task ${String(task)}`);
    // A user landscape or noise family travels as its module's URL: this thread imports it before building.
    const { landscape, noise } = payload;
    if (landscape?.kind === "module" || noise?.kind === "module")
        await loadModules({ landscape, noise });
    return fn(payload);
}
function initialState(x0, particles) {
    const x = new Float64Array(x0.length * particles);
    for (let i = 0; i < x0.length; i++)
        x.fill(x0[i], i * particles, (i + 1) * particles);
    return x;
}
// Landscapes and noise are rebuilt from their specs in each thread and cached by spec, so the compiled kernels
// (cached per landscape object) are reused across blocks.
const modelCache = new Map();
function models(p) {
    const key = JSON.stringify([p.landscape, p.noise]);
    let m = modelCache.get(key);
    if (!m) {
        const landscape = landscapeFromSpec(p.landscape);
        m = { landscape, noise: p.noise ? noiseFromSpec(p.noise, landscape) : null };
        modelCache.set(key, m);
    }
    return m;
}
//# sourceMappingURL=tasks.js.map