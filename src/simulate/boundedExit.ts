import { rademacherMeanDraw, uniformDraw } from "../noise/boundedSamplers.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";

/**
 * Exit counts of 1-D SGD with bounded noise on the double well f = x⁴/4 − x²/2 (claim V3):
 * x ← x − η(x³ − x + ζ) from x₀ until x ≥ z (the saddle 0), ζ the mean of B Rademacher ±b draws or uniform on
 * [−b, b]. A scalar recursion by the reference generator, one word per step; 0 marks a run censored at the
 * horizon. Returns the exit counts in run order.
 */
export interface BoundedExitSpec {
  noise: { kind: "rademacher"; b: number; batch: number } | { kind: "uniform"; b: number };
  eta: number;
  x0: number;
  z: number;
  horizon: number;
  particles: number;
}

export function boundedExitCounts(spec: BoundedExitSpec, rng: Xoshiro128): Float64Array {
  const out = new Float64Array(spec.particles);
  const { eta, z, horizon } = spec;
  const noise = spec.noise;
  for (let p = 0; p < spec.particles; p++) {
    let x = spec.x0;
    let n = 0;
    if (noise.kind === "rademacher") {
      const { b, batch } = noise;
      while (x < z && n < horizon) {
        x -= eta * (x * x * x - x + rademacherMeanDraw(rng, b, batch));
        n++;
      }
    } else {
      const b = noise.b;
      while (x < z && n < horizon) {
        x -= eta * (x * x * x - x + uniformDraw(rng, b));
        n++;
      }
    }
    out[p] = x >= z ? n : 0;
  }
  return out;
}
