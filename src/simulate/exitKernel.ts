import { type ExitSet, exitSetDim } from "../landscapes/exitSet.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import { RNG_LOCALS, RNG_STORE } from "../rng/inlineSource.ts";
import { compileKernel } from "./compile.ts";
import { exitConditionSource } from "./exitCondition.ts";
import { stepSource } from "./kernelSource.ts";
import type { ExitKernel } from "./kernelTypes.ts";
import { wasmExitKernel } from "./wasmExitKernel.ts";

export type { ExitKernel } from "./kernelTypes.ts";

type Target = "wasm" | "js";
type Cache = WeakMap<Landscape, Map<string, { noise: NoiseModel | null; kernel: ExitKernel }[]>>;
const caches: Record<Target, Cache> = { wasm: new WeakMap(), js: new WeakMap() };

function cached(
  target: Target,
  landscape: Landscape,
  noise: NoiseModel | null,
  exitSet: ExitSet,
  build: () => ExitKernel,
): ExitKernel {
  let byLandscape = caches[target].get(landscape);
  if (!byLandscape) caches[target].set(landscape, (byLandscape = new Map()));
  const key = JSON.stringify(exitSet);
  let list = byLandscape.get(key);
  if (!list) byLandscape.set(key, (list = []));
  const hit = list.find((e) => e.noise === noise);
  if (hit) return hit.kernel;
  const kernel = build();
  list.push({ noise, kernel });
  return kernel;
}

/**
 * The kernel the suite runs: WebAssembly when the step and the exit test are plain arithmetic
 * (wasmExitKernel.ts), else JS; the same bits either way (specs/simulate/wasmExitKernel.spec.ts).
 */
export function exitKernel(landscape: Landscape, noise: NoiseModel | null, exitSet: ExitSet): ExitKernel {
  checkDimension(landscape, exitSet);
  return cached(
    "wasm",
    landscape,
    noise,
    exitSet,
    () =>
      wasmExitKernel(landscape, noise, exitSet, () => jsExitKernel(landscape, noise, exitSet)) ??
      jsExitKernel(landscape, noise, exitSet),
  );
}

/** The JS kernel: the reference of the WebAssembly one, and the path for any landscape and exit set. */
export function jsExitKernel(landscape: Landscape, noise: NoiseModel | null, exitSet: ExitSet): ExitKernel {
  return cached("js", landscape, noise, exitSet, () => buildExitKernel(landscape, noise, exitSet));
}

function checkDimension(landscape: Landscape, exitSet: ExitSet): void {
  if (exitSetDim(exitSet) !== landscape.dim)
    throw new Error(`exit set dimension ${exitSetDim(exitSet)} ≠ landscape dim ${landscape.dim}`);
}

function buildExitKernel(landscape: Landscape, noise: NoiseModel | null, exitSet: ExitSet): ExitKernel {
  checkDimension(landscape, exitSet);
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
  return compileKernel<ExitKernel>("exitRun", body, src.bindings);
}
