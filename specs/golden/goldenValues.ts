import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import { streamKey } from "../../src/rng/streamKey.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { nextNormal } from "../../src/rng/ziggurat.ts";
import { coupledPaths } from "../../src/simulate/coupledPaths.ts";
import { exitKernel } from "../../src/simulate/exitKernel.ts";
import { sgdKernel } from "../../src/simulate/sgdKernel.ts";

/**
 * Everything pinned bit-for-bit in fixtures/golden/golden.json: the stream keys, the raw bit stream (and after
 * jump), the normal stream, and short runs of every kernel. Any change to the numerics shows up here, intended
 * or not; regenerate only on purpose (`UPDATE_GOLDEN=1 npx vitest run specs/golden`) and say so in the commit.
 */
export function goldenValues() {
  const key = Array.from(streamKey("golden/xoshiro"));
  const bits = Xoshiro128.fromName("golden/xoshiro");
  const first = Array.from({ length: 16 }, () => bits.nextUint32());
  bits.jump();
  const afterJump = Array.from({ length: 4 }, () => bits.nextUint32());

  const normals = Xoshiro128.fromName("golden/normal");
  const firstNormals = Array.from({ length: 64 }, () => nextNormal(normals));
  let sum = 0;
  for (let i = 0; i < 100_000; i++) sum += nextNormal(normals);

  const dw = landscapeFromSpec({ kind: "double-well" });
  const dwNoise = noiseFromSpec({ kind: "isotropic", sigma: 1 }, dw);
  const x1 = new Float64Array(8).fill(-1);
  sgdKernel(dw, dwNoise)(x1, 8, 0, 8, 100, 0.1, Xoshiro128.fromName("golden/sgd-1d"));

  const H = [
    [2, 0.5, 0],
    [0.5, 1, 0.3],
    [0, 0.3, 0.6],
  ];
  const q = landscapeFromSpec({ kind: "quadratic", H });
  const qNoise = noiseFromSpec(
    {
      kind: "covariance",
      Sigma: [
        [1, 0.3, 0],
        [0.3, 0.5, 0.1],
        [0, 0.1, 2],
      ],
    },
    q,
  );
  const x3 = new Float64Array(12);
  for (let p = 0; p < 4; p++) {
    x3[p] = 1;
    x3[4 + p] = -0.8;
    x3[8 + p] = 0.6;
  }
  sgdKernel(q, qNoise)(x3, 4, 0, 4, 50, 0.05, Xoshiro128.fromName("golden/sgd-3d"));

  const hs = noiseFromSpec({ kind: "hessian", c: 1, batch: 4 }, dw);
  const xh = new Float64Array(4).fill(-1);
  sgdKernel(dw, hs)(xh, 4, 0, 4, 50, 0.1, Xoshiro128.fromName("golden/sgd-hessian"));

  const exitN = new Float64Array(16);
  const xe = new Float64Array(16).fill(-1);
  exitKernel(dw, dwNoise, { kind: "half-space", normal: [1], offset: 0 })(
    xe,
    16,
    0,
    16,
    100_000,
    0.2,
    Xoshiro128.fromName("golden/exit"),
    exitN,
    new Int32Array(16),
  );

  const coupled = coupledPaths({
    landscape: dw,
    noise: dwNoise,
    x0: [-0.5],
    eta: 0.1,
    steps: 10,
    substeps: 4,
    models: ["sme1", "sme2", "gf"],
    particles: 4,
    rng: Xoshiro128.fromName("golden/coupled"),
    checkpoints: [10],
  });

  return {
    xoshiro: { stream: "golden/xoshiro", key, first, afterJump },
    normal: { stream: "golden/normal", first: firstNormals, sumOfNext100000: sum },
    sgd1dDoubleWell: { eta: 0.1, steps: 100, x: Array.from(x1) },
    sgd3dQuadratic: { eta: 0.05, steps: 50, x: Array.from(x3) },
    sgdHessianShaped: { eta: 0.1, steps: 50, x: Array.from(xh) },
    exitDoubleWell: { eta: 0.2, exitIteration: Array.from(exitN), exitState: Array.from(xe) },
    coupledDoubleWell: {
      sgd: Array.from(coupled.sgd[0]!),
      sme1: Array.from(coupled.sde.sme1![0]!),
      sme2: Array.from(coupled.sde.sme2![0]!),
      gf: Array.from(coupled.sde.gf![0]!),
    },
  };
}
