import { describe, expect, test } from "vitest";
import { doubleWell, doubleWell2D, tiltedDoubleWell } from "../../src/landscapes/doubleWell.ts";
import type { ExitSet } from "../../src/landscapes/exitSet.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import type { Landscape } from "../../src/landscapes/landscape.ts";
import { covarianceNoise } from "../../src/noise/covariance.ts";
import { isotropicNoise } from "../../src/noise/isotropic.ts";
import type { NoiseModel } from "../../src/noise/noise.ts";
import { stateDependentNoise } from "../../src/noise/stateDependent.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { exitKernel, jsExitKernel } from "../../src/simulate/exitKernel.ts";
import { wasmExitKernel } from "../../src/simulate/wasmExitKernel.ts";

function bothKernels(
  landscape: Landscape,
  noise: NoiseModel | null,
  set: ExitSet,
  o: { stride: number; from: number; to: number; horizon: number; eta: number; start: number[] },
) {
  const wasm = wasmExitKernel(landscape, noise, set, () => jsExitKernel(landscape, noise, set));
  expect(wasm, "the WebAssembly kernel compiles").not.toBeNull();
  const d = landscape.dim;
  const run = (kernel: typeof wasm) => {
    const x = new Float64Array(d * o.stride);
    for (let i = 0; i < d; i++) x.fill(o.start[i]!, i * o.stride, (i + 1) * o.stride);
    const N = new Float64Array(o.stride).fill(-7);
    const order = new Int32Array(o.to - o.from);
    const rng = Xoshiro128.fromName("wasm-vs-js-exit");
    const exits = kernel!(x, o.stride, o.from, o.to, o.horizon, o.eta, rng, N, order);
    return { x, N, order, exits, state: Array.from(rng.state) };
  };
  return { js: run(jsExitKernel(landscape, noise, set)), wasm: run(wasm) };
}

const sameBits = (a: Float64Array, b: Float64Array) => {
  const ua = new BigUint64Array(a.buffer);
  const ub = new BigUint64Array(b.buffer);
  let differing = 0;
  for (let i = 0; i < ua.length; i++) if (ua[i] !== ub[i]) differing++;
  return differing;
};

describe("exit kernel compiled to WebAssembly", () => {
  const cases: [string, Landscape, NoiseModel | null, ExitSet, number[], number][] = [
    [
      "double well, half-space x ≥ 0",
      doubleWell(),
      isotropicNoise(1, 1),
      { kind: "half-space", normal: [1], offset: 0 },
      [-1],
      0.1,
    ],
    [
      "tilted well, half-space",
      tiltedDoubleWell(0.2),
      isotropicNoise(1, 1.2),
      { kind: "half-space", normal: [1], offset: 0 },
      [-1],
      0.1,
    ],
    [
      "2-D double well, slab around a minimizer",
      doubleWell2D(2),
      isotropicNoise(2, 0.7),
      { kind: "slab", normal: [0.8, 0.6], center: [-1, 0], halfWidth: 0.25 },
      [-1, 0],
      0.05,
    ],
    [
      "2-D double well, ball around a minimizer",
      doubleWell2D(2),
      isotropicNoise(2, 0.8),
      { kind: "ball", center: [-1, 0], radius: 0.33 },
      [-1, 0],
      0.05,
    ],
    [
      "3-D quadratic with correlated noise, ball",
      landscapeFromSpec({
        kind: "quadratic",
        H: [
          [2, 0.5, 0],
          [0.5, 1, -0.3],
          [0, -0.3, 0.5],
        ],
      }),
      covarianceNoise([
        [1, 0.4, 0.1],
        [0.4, 0.8, -0.2],
        [0.1, -0.2, 0.5],
      ]),
      { kind: "ball", center: [0, 0, 0], radius: 0.6 },
      [0, 0, 0],
      0.05,
    ],
  ];
  for (const [name, landscape, noise, set, start, eta] of cases)
    test(`equals the JS kernel bit for bit (states, exit iterations, order, generator): ${name}`, () => {
      // 3000 particles of a wider state, a horizon that censors some: both ways a run ends are exercised.
      const { js, wasm } = bothKernels(landscape, noise, set, {
        stride: 3100,
        from: 50,
        to: 3050,
        horizon: 400,
        eta,
        start,
      });
      expect(js.exits).toBeGreaterThan(100);
      expect(js.exits).toBeLessThan(3000);
      expect(wasm.exits).toBe(js.exits);
      expect(sameBits(wasm.x, js.x)).toBe(0);
      expect(sameBits(wasm.N, js.N)).toBe(0);
      expect(Array.from(wasm.order)).toEqual(Array.from(js.order));
      expect(wasm.state).toEqual(js.state);
      expect(js.N[0]).toBe(-7);
    });

  test("long horizons run across many calls and stay identical (all particles exit)", () => {
    const { js, wasm } = bothKernels(
      doubleWell(),
      isotropicNoise(1, 1),
      { kind: "half-space", normal: [1], offset: 0 },
      {
        stride: 2000,
        from: 0,
        to: 2000,
        horizon: 1e9,
        eta: 0.1,
        start: [-1],
      },
    );
    expect(js.exits).toBe(2000);
    expect(sameBits(wasm.N, js.N)).toBe(0);
    expect(sameBits(wasm.x, js.x)).toBe(0);
    expect(wasm.state).toEqual(js.state);
  });

  test("exitKernel runs WebAssembly where it can, the JS kernel elsewhere", () => {
    const set: ExitSet = { kind: "half-space", normal: [1], offset: 0 };
    expect(exitKernel(doubleWell(), isotropicNoise(1, 1), set).name).toBe("exitRunWasm");
    expect(exitKernel(doubleWell(), stateDependentNoise(1, 1, 0.5), set).name).toBe("exitRun");
    expect(() => exitKernel(doubleWell2D(1), isotropicNoise(2, 1), set)).toThrow(/exit set dimension 1/);
  });
});
