import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { nextNormal } from "../rng/ziggurat.ts";
import type { SdeIntegrator, SdeModel } from "./sdeSchemes.ts";

/**
 * SGD and its SDE references driven by the same Gaussian increments (common random numbers, DESIGN.md §3).
 *
 * Step k of SGD spans time η, split into m substeps of h = η/m with increments ΔW_j = √h z_j. The SDEs use
 * them directly; SGD uses ζ_k = Σ_j z_j/√m, which is standard normal, so its noise term η L ζ_k equals the SDE's
 * total noise √η L Σ_j ΔW_j over the step. SGD is written x_{k+1} = x_k − η∇f(x_k) + η L ζ_k (ξ = −Lζ has the
 * same law), so both processes move together and E φ(SGD) − E φ(SDE) has a small variance.
 *
 * Random numbers are consumed per particle, step, substep, coordinate. Not a hot kernel: gradients and
 * Hessians go through the Landscape interface (preallocated buffers, no allocation in the loops).
 */
export interface CoupledOptions {
  landscape: Landscape;
  noise: NoiseModel | null;
  x0: readonly number[];
  eta: number;
  steps: number;
  substeps: number;
  models: readonly SdeModel[];
  /** Integrator for the SDEs; default: Heun for constant noise, Euler–Maruyama otherwise. */
  integrator?: SdeIntegrator;
  particles: number;
  rng: Xoshiro128;
  /** Step indices (0 … steps, ascending) at which states are recorded. */
  checkpoints: readonly number[];
}

/** States at each checkpoint, structure of arrays: coordinate i of particle p at [i·particles + p]. */
export interface CoupledResult {
  sgd: Float64Array[];
  sde: Partial<Record<SdeModel, Float64Array[]>>;
}

export function coupledPaths(o: CoupledOptions): CoupledResult {
  const d = o.landscape.dim;
  const m = o.substeps;
  const h = o.eta / m;
  const sqrtH = Math.sqrt(h);
  const sqrtEta = Math.sqrt(o.eta);
  const invSqrtM = 1 / Math.sqrt(m);
  const integrator: SdeIntegrator = o.integrator ?? (o.noise && !o.noise.constant ? "eulerMaruyama" : "heun");
  const nModels = o.models.length;
  const rec = (n: number) => o.checkpoints.map(() => new Float64Array(n * d));
  const result: CoupledResult = { sgd: rec(o.particles), sde: {} };
  for (const model of o.models) result.sde[model] = rec(o.particles);

  const x = new Float64Array(d);
  const ys = Array.from({ length: nModels }, () => new Float64Array(d));
  const z = new Float64Array(m * d);
  const g = new Float64Array(d);
  const b1 = new Float64Array(d);
  const b2 = new Float64Array(d);
  const yPred = new Float64Array(d);
  const dw = new Float64Array(d);
  const Hm = new Float64Array(d * d);
  const L = new Float64Array(d * d);
  const noiseVec = new Float64Array(d);
  if (o.noise?.constant) o.noise.factor(x, L);

  const drift = (model: SdeModel, y: Float64Array, out: Float64Array) => {
    o.landscape.gradient(y, out);
    if (model === "sme2") {
      // −(∇f + (η/2)∇²f ∇f): the Li–Tai–E order-2 correction.
      o.landscape.hessian(y, Hm);
      for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += Hm[i * d + j]! * out[j]!;
        g[i] = s;
      }
      for (let i = 0; i < d; i++) out[i] = out[i]! + 0.5 * o.eta * g[i]!;
    }
    for (let i = 0; i < d; i++) out[i] = -out[i]!;
  };
  /** noiseVec = √η L(y) w */
  const diffuse = (y: Float64Array, w: Float64Array) => {
    if (o.noise && !o.noise.constant) o.noise.factor(y, L);
    for (let i = 0; i < d; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += L[i * d + j]! * w[j]!;
      noiseVec[i] = o.noise ? sqrtEta * s : 0;
    }
  };

  for (let p = 0; p < o.particles; p++) {
    x.set(o.x0);
    for (const y of ys) y.set(o.x0);
    let c = 0;
    const record = () => {
      for (let i = 0; i < d; i++) {
        result.sgd[c]![i * o.particles + p] = x[i]!;
        for (let mi = 0; mi < nModels; mi++)
          result.sde[o.models[mi]!]![c]![i * o.particles + p] = ys[mi]![i]!;
      }
      c++;
    };
    while (c < o.checkpoints.length && o.checkpoints[c] === 0) record();
    for (let k = 1; k <= o.steps; k++) {
      for (let j = 0; j < m * d; j++) z[j] = o.noise ? nextNormal(o.rng) : 0;
      // SGD step with ζ = Σ_j z_j / √m.
      for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < m; j++) s += z[j * d + i]!;
        dw[i] = s * invSqrtM;
      }
      if (o.noise && !o.noise.constant) o.noise.factor(x, L);
      o.landscape.gradient(x, g);
      for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += L[i * d + j]! * dw[j]!;
        b1[i] = o.noise ? s : 0;
      }
      for (let i = 0; i < d; i++) x[i] = x[i]! - o.eta * g[i]! + o.eta * b1[i]!;
      // SDE substeps.
      for (let mi = 0; mi < nModels; mi++) {
        const model = o.models[mi]!;
        const y = ys[mi]!;
        for (let j = 0; j < m; j++) {
          for (let i = 0; i < d; i++) dw[i] = model === "gf" ? 0 : sqrtH * z[j * d + i]!;
          diffuse(y, dw);
          drift(model, y, b1);
          if (integrator === "heun") {
            for (let i = 0; i < d; i++) yPred[i] = y[i]! + h * b1[i]! + noiseVec[i]!;
            drift(model, yPred, b2);
            for (let i = 0; i < d; i++) y[i] = y[i]! + 0.5 * h * (b1[i]! + b2[i]!) + noiseVec[i]!;
          } else {
            for (let i = 0; i < d; i++) y[i] = y[i]! + h * b1[i]! + noiseVec[i]!;
          }
        }
      }
      while (c < o.checkpoints.length && o.checkpoints[c] === k) record();
    }
  }
  return result;
}
