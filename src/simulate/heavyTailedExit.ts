import { stableDraw, studentTDraw } from "../noise/heavyTailedSamplers.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";

/**
 * Exit counts of 1-D SGD with heavy-tailed gradient noise (claims V1, V2): x ← x − η(f′(x) + σ·Z), Z standard
 * symmetric α-stable (E e^{iuZ} = e^{−|u|^α}) or Student-t_ν rescaled to unit variance (so σ² is the gradient
 * noise variance, as for the SDE it is compared with). Two landscapes:
 *   doubleWell  f = h·((x/w)⁴/4 − (x/w)²/2), minimum w, saddle 0: a run exits at the first iterate ≤ 0 — which
 *               includes a catapult: a jump far to the right makes the cubic step overshoot past 0 (or to −∞);
 *   quadratic   f = λx²/2: a run exits at the first |x| ≥ d (leaving the sublevel set f < λd²/2).
 * A scalar recursion on the reference generator; 0 marks a run censored at the horizon. Exit counts in run order.
 */
export type HeavyTailedNoiseSpec =
  | { kind: "stable"; alpha: number; sigma: number }
  | { kind: "studentT"; nu: number; sigma: number };

export type HeavyTailedLandscapeSpec =
  | { kind: "doubleWell"; depth: number; width: number }
  | { kind: "quadratic"; lambda: number; d: number };

export interface HeavyTailedExitSpec {
  noise: HeavyTailedNoiseSpec;
  landscape: HeavyTailedLandscapeSpec;
  eta: number;
  x0: number;
  horizon: number;
  particles: number;
}

/** The factor that turns a standard Student-t_ν draw into unit variance: √((ν − 2)/ν). */
export const studentTUnitScale = (nu: number) => Math.sqrt((nu - 2) / nu);

export function heavyTailedExitCounts(spec: HeavyTailedExitSpec, rng: Xoshiro128): Float64Array {
  const out = new Float64Array(spec.particles);
  const { eta, horizon, noise, landscape } = spec;
  const isStable = noise.kind === "stable";
  const shape = noise.kind === "stable" ? noise.alpha : noise.nu;
  const kick = eta * noise.sigma * (noise.kind === "stable" ? 1 : studentTUnitScale(noise.nu));
  const draw = isStable ? stableDraw : studentTDraw;
  for (let p = 0; p < spec.particles; p++) {
    let x = spec.x0;
    let n = 0;
    if (landscape.kind === "doubleWell") {
      const a3 = (eta * landscape.depth) / landscape.width ** 4;
      const a1 = (eta * landscape.depth) / landscape.width ** 2;
      // x > 0 is false for NaN too: an overflow past the catapult is an exit, never a censored run.
      while (x > 0 && n < horizon) {
        x = x - a3 * x * x * x + a1 * x - kick * draw(rng, shape);
        n++;
      }
      out[p] = x > 0 ? 0 : n;
    } else {
      const c = 1 - eta * landscape.lambda;
      const d = landscape.d;
      while (Math.abs(x) < d && n < horizon) {
        x = c * x - kick * draw(rng, shape);
        n++;
      }
      out[p] = Math.abs(x) < d ? 0 : n;
    }
  }
  return out;
}
