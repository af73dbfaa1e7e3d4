import { RNG_LOCALS, RNG_STORE } from "../rng/inlineSource.js";
import { compileKernel } from "./compile.js";
import { stepSource } from "./kernelSource.js";
const cache = new WeakMap();
const NO_NOISE = {};
export function sgdKernel(landscape, noise) {
    let byNoise = cache.get(landscape);
    if (!byNoise)
        cache.set(landscape, (byNoise = new WeakMap()));
    const key = noise ?? NO_NOISE;
    let k = byNoise.get(key);
    if (!k)
        byNoise.set(key, (k = buildSgdKernel(landscape, noise)));
    return k;
}
function buildSgdKernel(landscape, noise) {
    const src = stepSource(landscape, noise);
    const body = `
    return function sgdEnsemble(x, stride, from, to, steps, eta, rng) {
      ${RNG_LOCALS}
      ${src.locals}
      for (let k = 0; k < steps; k++) {
        for (let p = from; p < to; p++) {
          ${src.step}
          ${src.store}
        }
      }
      ${RNG_STORE}
    };`;
    return compileKernel("sgdEnsemble", body, src.bindings);
}
//# sourceMappingURL=sgdKernel.js.map