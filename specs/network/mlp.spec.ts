import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadIris } from "../../src/datasets/iris.ts";
import { symmetricEigen } from "../../src/linalg/dense.ts";
import { lanczosTop } from "../../src/linalg/lanczos.ts";
import { type ClassificationData, Mlp } from "../../src/network/mlp.ts";
import { noiseCurvatureSamples, weightedNoiseCurvature } from "../../src/network/noiseCurvature.ts";
import { initialParameters, sgdTrain, sharpness } from "../../src/network/training.ts";
import {
  enumeratedMinibatchMoments,
  MINIBATCH_SAMPLINGS,
  predictedMinibatchMoments,
} from "../../src/noise/minibatch.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";

/**
 * The network of B6–B8 is exact: backpropagation against central differences of the loss, the R-operator's
 * Hessian-vector products against central differences of the gradient, Lanczos's λ_max against the dense
 * Jacobi eigenvalues of the assembled Hessian, and the minibatch law of its per-sample gradients against
 * enumeration (B1's machinery).
 */
const iris = loadIris(0);
const small: ClassificationData = {
  features: iris.train.features.subarray(0, 10 * 4),
  labels: iris.train.labels.subarray(0, 10),
  n: 10,
};
const net = new Mlp({ inputs: 4, hidden: 5, classes: 3 }, 0.01);

const thetaArb = fc
  .array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: net.size, maxLength: net.size })
  .map((a) => Float64Array.from(a));

function objectiveAt(theta: Float64Array): number {
  return net.objective(theta, small);
}

describe("one-hidden-layer MLP: exact derivatives", () => {
  test("the gradient equals central differences of the objective (h = 1e-5, rel. 1e-6)", () => {
    fc.assert(
      fc.property(thetaArb, fc.nat({ max: net.size - 1 }), (theta, a) => {
        const g = new Float64Array(net.size);
        net.objectiveGradient(theta, small, g);
        const h = 1e-5;
        const up = Float64Array.from(theta);
        const down = Float64Array.from(theta);
        up[a]! += h;
        down[a]! -= h;
        const fd = (objectiveAt(up) - objectiveAt(down)) / (2 * h);
        expect(Math.abs(g[a]! - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
      }),
      { numRuns: 200 },
    );
  });

  test("H·v equals central differences of the gradient along v (h = 1e-5, rel. 1e-6)", () => {
    fc.assert(
      fc.property(thetaArb, thetaArb, (theta, v) => {
        const hv = new Float64Array(net.size);
        net.objectiveHessianVector(theta, small, v, hv);
        const h = 1e-5;
        const gu = new Float64Array(net.size);
        const gd = new Float64Array(net.size);
        net.objectiveGradient(
          Float64Array.from(theta, (t, a) => t + h * v[a]!),
          small,
          gu,
        );
        net.objectiveGradient(
          Float64Array.from(theta, (t, a) => t - h * v[a]!),
          small,
          gd,
        );
        const scale = Math.max(1, ...Array.from(hv, Math.abs));
        for (let a = 0; a < net.size; a++)
          expect(Math.abs(hv[a]! - (gu[a]! - gd[a]!) / (2 * h))).toBeLessThan(1e-6 * scale);
      }),
      { numRuns: 50 },
    );
  });

  test("the Hessian assembled from H·e_a is symmetric to round-off", () => {
    const theta = initialParameters(net, Xoshiro128.fromName("spec/mlp/sym"));
    const H = assembled(theta);
    for (let a = 0; a < net.size; a++)
      for (let b = 0; b < a; b++) expect(Math.abs(H[a]![b]! - H[b]![a]!)).toBeLessThan(1e-12);
  });

  test("Lanczos λ_max equals the largest Jacobi eigenvalue of the dense Hessian (rel. 1e-9), at init and after training", () => {
    for (const trained of [false, true]) {
      const rng = Xoshiro128.fromName(`spec/mlp/lanczos/${trained}`);
      const theta = initialParameters(net, rng);
      if (trained) sgdTrain(net, small, theta, 0.1, [{ batch: 2, steps: 500 }], "with-replacement", rng);
      const top = sharpness(net, small, theta);
      const dense = symmetricEigen(assembled(theta)).values.at(-1)!;
      expect(Math.abs(top.value - dense)).toBeLessThan(1e-9 * Math.abs(dense));
      expect(top.residual).toBeLessThan(1e-6 * Math.abs(dense));
    }
  });

  test("Lanczos finds the top of an operator with a known spectrum (diagonal, one isolated top)", () => {
    const d = Float64Array.from({ length: 60 }, (_, i) => (i === 17 ? 5 : Math.sin(i)));
    const top = lanczosTop(
      (v, out) => out.set(v.map((x, i) => x * d[i]!)),
      Float64Array.from(d, () => 1),
    );
    expect(top.value).toBeCloseTo(5, 10);
    expect(Math.abs(top.vector[17]!)).toBeCloseTo(1, 8);
  });

  test("Σ₁ and H from per-sample parts equal the direct forms (weights uniform)", () => {
    const theta = initialParameters(net, Xoshiro128.fromName("spec/mlp/nc"));
    const s = noiseCurvatureSamples(net, small, theta);
    const nc = weightedNoiseCurvature(s, new Float64Array(small.n).fill(1 / small.n));
    const H = assembled(theta);
    const trH = H.reduce((t, row, a) => t + row[a]!, 0);
    expect(nc.traceH).toBeCloseTo(trH, 10);
    const grads = s.gradients.map((g) => Array.from(g));
    const law = predictedMinibatchMoments(grads, 1, "with-replacement");
    const trS = law.covariance.reduce((t, row, a) => t + row[a]!, 0);
    expect(nc.traceSigma).toBeCloseTo(trS, 10);
    expect(nc.alignment).toBeLessThanOrEqual(1 + 1e-12);
  });

  test("the minibatch law of the network's per-sample gradients matches enumeration (both samplings)", () => {
    const theta = initialParameters(net, Xoshiro128.fromName("spec/mlp/batches"));
    const s = noiseCurvatureSamples(net, small, theta);
    const grads = s.gradients.map((g) => Array.from(g));
    for (const sampling of MINIBATCH_SAMPLINGS)
      for (const B of [1, 2, 3]) {
        const exact = enumeratedMinibatchMoments(grads, B, sampling);
        const formula = predictedMinibatchMoments(grads, B, sampling);
        exact.covariance.forEach((row, a) =>
          row.forEach((v, b) => expect(Math.abs(v - formula.covariance[a]![b]!)).toBeLessThan(1e-12)),
        );
        exact.mean.forEach((m, a) => expect(Math.abs(m - formula.mean[a]!)).toBeLessThan(1e-13));
      }
  });

  test("a training run is a function of its stream alone", () => {
    const run = () => {
      const rng = Xoshiro128.fromName("spec/mlp/repeat");
      const theta = initialParameters(net, rng);
      sgdTrain(
        net,
        small,
        theta,
        0.1,
        [
          { batch: 3, steps: 200 },
          { batch: 7, steps: 100 },
        ],
        "without-replacement",
        rng,
      );
      return theta;
    };
    expect(Array.from(run())).toEqual(Array.from(run()));
  });
});

function assembled(theta: Float64Array): number[][] {
  const e = new Float64Array(net.size);
  const col = new Float64Array(net.size);
  const H = Array.from({ length: net.size }, () => new Array<number>(net.size).fill(0));
  for (let a = 0; a < net.size; a++) {
    e.fill(0);
    e[a] = 1;
    net.objectiveHessianVector(theta, small, e, col);
    for (let b = 0; b < net.size; b++) H[b]![a] = col[b]!;
  }
  return H;
}
