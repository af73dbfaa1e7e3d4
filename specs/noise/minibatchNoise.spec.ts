/**
 * Real minibatch noise in the kernels (src/noise/minibatchNoise.ts, residualMinibatch.ts):
 *
 * 1. the compiled SGD kernel draws exactly the batches minibatchSampler draws from the same xoshiro128** stream
 *    (both samplings, several B) and steps with the batch-mean per-sample gradient — checked against a plain
 *    loop over the dataset's per-sample gradients;
 * 2. the exit kernel consumes the stream the same way (no exit reachable ⇒ the same states as the SGD kernel);
 * 3. the model's covariance is c_B·Σ_n(x), the diffusion the references use;
 * 4. bad input: a dataset of another kind, B > n, a landscape that is not the dataset's mean loss.
 */
import { describe, expect, test } from "vitest";
import { FieldError } from "../../src/config/fieldError.ts";
import { loadDataset, type ResidualTwoWellDataset } from "../../src/datasets/datasetFile.ts";
import { perSampleGradients } from "../../src/datasets/perSampleGradients.ts";
import { residualTwoWellModel } from "../../src/datasets/residualTwoWell.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import { minibatchCovarianceFactor, minibatchSampler } from "../../src/noise/minibatch.ts";
import { residualLandscapeSpec } from "../../src/noise/residualMinibatch.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { exitKernel } from "../../src/simulate/exitKernel.ts";
import { sgdKernel } from "../../src/simulate/sgdKernel.ts";

const ds = loadDataset("two-well") as ResidualTwoWellDataset;
const model = residualTwoWellModel(ds);
const landscape = landscapeFromSpec(residualLandscapeSpec(ds));
const SAMPLINGS = ["with-replacement", "without-replacement"] as const;

describe("minibatch noise in the kernels", () => {
  for (const sampling of SAMPLINGS)
    test(`SGD kernel = batch-mean per-sample gradients of minibatchSampler's batches (${sampling})`, () => {
      for (const batch of [1, 3, 8, 32]) {
        if (sampling === "with-replacement" && batch === 32) continue;
        const noise = noiseFromSpec({ kind: "minibatch", dataset: "two-well", batch, sampling }, landscape);
        const particles = 40;
        const steps = 30;
        const eta = 0.002;
        const x = new Float64Array(particles).fill(-0.9);
        sgdKernel(landscape, noise)(x, particles, 0, particles, steps, eta, Xoshiro128.fromName("mb/kernel"));
        const rng = Xoshiro128.fromName("mb/kernel");
        const sampler = minibatchSampler(ds.n, batch, sampling);
        const y = new Float64Array(particles).fill(-0.9);
        for (let k = 0; k < steps; k++)
          for (let p = 0; p < particles; p++) {
            const g = perSampleGradients(ds, [y[p]!]);
            let sum = 0;
            for (const i of sampler.draw(rng)) sum += g[i]![0]!;
            y[p] = y[p]! - eta * (sum / batch);
          }
        for (let p = 0; p < particles; p++)
          expect(Math.abs(x[p]! - y[p]!), `B = ${batch}, particle ${p}`).toBeLessThan(1e-11);
        if (sampling === "without-replacement" && batch === 32)
          // The whole dataset: no noise, every particle follows gradient descent (up to summation order).
          expect(Math.max(...x) - Math.min(...x)).toBeLessThan(1e-12);
      }
    });

  test("the exit kernel draws the same batches (no exit reachable ⇒ the SGD kernel's states, bit for bit)", () => {
    for (const sampling of SAMPLINGS) {
      const noise = noiseFromSpec({ kind: "minibatch", dataset: "two-well", batch: 4, sampling }, landscape);
      const m = 64;
      const a = new Float64Array(m).fill(1);
      const b = new Float64Array(m).fill(1);
      sgdKernel(landscape, noise)(a, m, 0, m, 50, 0.002, Xoshiro128.fromName("mb/exit"));
      const exits = exitKernel(landscape, noise, { kind: "half-space", normal: [1], offset: 1e9 })(
        b,
        m,
        0,
        m,
        50,
        0.002,
        Xoshiro128.fromName("mb/exit"),
        new Float64Array(m),
        new Int32Array(m),
      );
      expect(exits).toBe(0);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
  });

  test("covariance = c_B·Σ_n(x) (the diffusion of the references)", () => {
    for (const sampling of SAMPLINGS)
      for (const batch of [1, 5, 16]) {
        const noise = noiseFromSpec({ kind: "minibatch", dataset: "two-well", batch, sampling }, landscape);
        const cB = minibatchCovarianceFactor(ds.n, batch, sampling);
        for (const x of [-1.3, -1, 0, 0.154, 0.7, 1, 1.4]) {
          const got = noise.covariance([x], new Float64Array(1))[0]!;
          const want = cB * model.populationVariance(x);
          expect(Math.abs(got - want)).toBeLessThan(1e-12 * want);
        }
      }
  });

  test("bad input names the field", () => {
    const bad =
      (spec: unknown, f = landscape) =>
      () =>
        noiseFromSpec(spec, f);
    expect(bad({ kind: "minibatch", dataset: "least-squares", batch: 2 })).toThrow(
      /^noise\.dataset: "least-squares" is a least-squares dataset/,
    );
    expect(bad({ kind: "minibatch", dataset: "two-well", batch: 33 })).toThrow(
      /^noise\.batch: must be an integer in \[1, n=32\], got 33$/,
    );
    expect(bad({ kind: "minibatch", dataset: "two-well", batch: 0 })).toThrow(/^noise\.batch:/);
    expect(bad({ kind: "minibatch", dataset: "two-well", batch: 2, sampling: "bootstrap" })).toThrow(
      /^noise\.sampling:/,
    );
    expect(bad({ kind: "minibatch", dataset: "nope", batch: 2 })).toThrow(/^noise\.dataset: /);
    expect(
      bad({ kind: "minibatch", dataset: "two-well", batch: 2 }, landscapeFromSpec({ kind: "double-well" })),
    ).toThrow(/^noise\.dataset: the landscape is not the mean loss of "two-well"/);
    expect(bad({ kind: "minibatch", dataset: "two-well", batch: 2 })).not.toThrow();
    try {
      bad({ kind: "minibatch", dataset: "two-well", batch: 40 })();
    } catch (e) {
      expect(e).toBeInstanceOf(FieldError);
    }
  });
});
