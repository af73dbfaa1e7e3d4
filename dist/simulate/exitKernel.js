import { exitSetDim } from "../landscapes/exitSet.js";
import { RNG_LOCALS, RNG_STORE } from "../rng/inlineSource.js";
import { compileKernel } from "./compile.js";
import { exitConditionSource } from "./exitCondition.js";
import { stepSource } from "./kernelSource.js";
const cache = new WeakMap();
export function exitKernel(landscape, noise, exitSet) {
    let byLandscape = cache.get(landscape);
    if (!byLandscape)
        cache.set(landscape, (byLandscape = new Map()));
    const key = JSON.stringify(exitSet);
    let list = byLandscape.get(key);
    if (!list)
        byLandscape.set(key, (list = []));
    const hit = list.find((e) => e.noise === noise);
    if (hit)
        return hit.kernel;
    const kernel = buildExitKernel(landscape, noise, exitSet);
    list.push({ noise, kernel });
    return kernel;
}
function buildExitKernel(landscape, noise, exitSet) {
    const d = landscape.dim;
    if (exitSetDim(exitSet) !== d)
        throw new Error(`exit set dimension ${exitSetDim(exitSet)} ≠ landscape dim ${d}`);
    const src = stepSource(landscape, noise);
    const body = `
    return function exitRun(x, stride, from, to, horizon, eta, rng, exitIteration, order) {
      ${RNG_LOCALS}
      ${src.locals}
      let active = to - from;
      for (let a = 0; a < active; a++) { order[a] = from + a; exitIteration[from + a] = 0; }
      for (let k = 1; k <= horizon && active > 0; k++) {
        for (let a = 0; a < active; ) {
          const p = order[a];
          ${src.step}
          ${src.store}
          if (${exitConditionSource(exitSet)}) {
            exitIteration[p] = k;
            active--;
            order[a] = order[active];
            order[active] = p;
          } else a++;
        }
      }
      ${RNG_STORE}
      return to - from - active;
    };`;
    return compileKernel("exitRun", body, src.bindings);
}
//# sourceMappingURL=exitKernel.js.map