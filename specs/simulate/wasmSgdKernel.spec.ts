import { describe, expect, test } from "vitest";
import { doubleWell, doubleWell2D, tiltedDoubleWell } from "../../src/landscapes/doubleWell.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import type { Landscape } from "../../src/landscapes/landscape.ts";
import { covarianceNoise } from "../../src/noise/covariance.ts";
import { isotropicNoise } from "../../src/noise/isotropic.ts";
import type { NoiseModel } from "../../src/noise/noise.ts";
import { stateDependentNoise } from "../../src/noise/stateDependent.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { nextNormal } from "../../src/rng/ziggurat.ts";
import { jsSgdKernel, sgdKernel } from "../../src/simulate/sgdKernel.ts";
import { wasmSgdKernel } from "../../src/simulate/wasmSgdKernel.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

/** Runs both kernels on the same start and stream; the states and generators must agree bit for bit. */
function bothKernels(
  landscape: Landscape,
  noise: NoiseModel | null,
  o: { stride: number; from: number; to: number; steps: number; eta: number; start: (i: number) => number },
) {
  const wasm = wasmSgdKernel(landscape, noise);
  expect(wasm, "the WebAssembly kernel compiles").not.toBeNull();
  const d = landscape.dim;
  const a = Float64Array.from({ length: d * o.stride }, (_, i) => o.start(i));
  const b = Float64Array.from(a);
  const ra = Xoshiro128.fromName("wasm-vs-js");
  const rb = Xoshiro128.fromName("wasm-vs-js");
  jsSgdKernel(landscape, noise)(a, o.stride, o.from, o.to, o.steps, o.eta, ra);
  wasm!(b, o.stride, o.from, o.to, o.steps, o.eta, rb);
  return { a, b, ra, rb };
}

function expectSameBits(a: Float64Array, b: Float64Array) {
  const ua = new BigUint64Array(a.buffer);
  const ub = new BigUint64Array(b.buffer);
  let differing = 0;
  for (let i = 0; i < ua.length; i++) if (ua[i] !== ub[i]) differing++;
  expect(differing, "entries differing in any bit").toBe(0);
}

describe("SGD kernel compiled to WebAssembly", () => {
  const cases: [string, Landscape, NoiseModel | null][] = [
    ["double well, σ = 1", doubleWell(), isotropicNoise(1, 1)],
    ["tilted double well, σ = 0.8", tiltedDoubleWell(0.2), isotropicNoise(1, 0.8)],
    ["2-D double well, σ = 0.7", doubleWell2D(2), isotropicNoise(2, 0.7)],
    [
      "3-D quadratic, correlated covariance",
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
    ],
    ["double well, no noise (gradient descent)", doubleWell(), null],
  ];
  for (const [name, landscape, noise] of cases)
    test(`equals the JS kernel bit for bit: ${name}`, () => {
      // 40 steps × 3000 particles × d draws: ≈ 1.8·10³ slow-path and 30 tail draws per coordinate, a sub-range
      // of a wider state (entries outside [from, to) untouched), a state that is not all equal.
      const stride = 3100;
      const { a, b, ra, rb } = bothKernels(landscape, noise, {
        stride,
        from: 37,
        to: 3037,
        steps: 40,
        eta: 0.05,
        start: (i) => -1 + 0.001 * (i % 97),
      });
      expectSameBits(a, b);
      expect(Array.from(rb.state)).toEqual(Array.from(ra.state));
      expect(a[0]).toBe(-1);
      expect(a[3099]).toBe(-1 + 0.001 * (3099 % 97));
    });

  prop(
    [
      fc.integer({ min: 1, max: 3 }).chain((dim) =>
        fc.record({
          dim: fc.constant(dim),
          terms: fc.array(
            fc.record({
              c: real(-2, 2),
              p: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: dim, maxLength: dim }),
            }),
            { minLength: 1, maxLength: 6 },
          ),
          sigma: real(0.1, 2),
          eta: real(0.001, 0.05),
        }),
      ),
    ],
    { numRuns: 25 },
  )("equals the JS kernel on random polynomial landscapes", ({ dim, terms, sigma, eta }) => {
    const landscape = landscapeFromSpec({ kind: "polynomial", dim, terms });
    const { a, b, ra, rb } = bothKernels(landscape, isotropicNoise(dim, sigma), {
      stride: 64,
      from: 0,
      to: 64,
      steps: 20,
      eta,
      start: (i) => 0.1 * Math.sin(i),
    });
    expectSameBits(a, b);
    expect(Array.from(rb.state)).toEqual(Array.from(ra.state));
  });

  test("draws exactly nextNormal's stream, slow path and tail included (10⁶ draws)", () => {
    // f ≡ 0, η = 1, x = 0: one step leaves x = −z, so the states are the normals themselves, in stream order.
    const flat = landscapeFromSpec({ kind: "polynomial", dim: 1, terms: [{ c: 0, p: [0] }] });
    const n = 1_000_000;
    const x = new Float64Array(n);
    const rng = Xoshiro128.fromName("normals");
    wasmSgdKernel(flat, isotropicNoise(1, 1))!(x, n, 0, n, 1, 1, rng);
    const reference = Xoshiro128.fromName("normals");
    let differing = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      const z = nextNormal(reference);
      if (!Object.is(-x[i]! + 0, z + 0)) differing++;
      if (Math.abs(z) > 3.6541528853610088) tail++;
    }
    expect(differing).toBe(0);
    expect(tail, "tail draws exercised").toBeGreaterThan(100);
    expect(Array.from(rng.state)).toEqual(Array.from(reference.state));
  });

  test("grows its memory for blocks larger than the initial one, and stays identical", () => {
    const { a, b } = bothKernels(doubleWell2D(1), isotropicNoise(2, 1), {
      stride: 50_000,
      from: 0,
      to: 50_000,
      steps: 3,
      eta: 0.1,
      start: () => 0.5,
    });
    expectSameBits(a, b);
  });

  test("sgdKernel runs WebAssembly where it can, the JS kernel elsewhere", () => {
    expect(sgdKernel(doubleWell(), isotropicNoise(1, 1)).name).toBe("sgdEnsembleWasm");
    // Powers beyond x⁸ are Math.pow calls: not plain arithmetic.
    const highPower = landscapeFromSpec({ kind: "polynomial", dim: 1, terms: [{ c: 1, p: [10] }] });
    expect(wasmSgdKernel(highPower, isotropicNoise(1, 1))).toBeNull();
    expect(sgdKernel(highPower, isotropicNoise(1, 1)).name).toBe("sgdEnsemble");
    // State-dependent noise evaluates its factor through a callback.
    expect(wasmSgdKernel(doubleWell(), stateDependentNoise(1, 1, 0.5))).toBeNull();
    // A landscape without gradient source.
    const { gradientSource: _, ...opaque } = doubleWell();
    expect(wasmSgdKernel(opaque as Landscape, isotropicNoise(1, 1))).toBeNull();
  });
});
