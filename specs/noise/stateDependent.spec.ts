import { describe, expect, test } from "vitest";
import { doubleWell, doubleWell2D } from "../../src/landscapes/doubleWell.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import { stateDependentNoise } from "../../src/noise/stateDependent.ts";
import { quasiPotential1d } from "../../src/reference/exit/quasiPotential.ts";
import { fc, prop } from "../support/prop.ts";

describe("state-dependent noise Σ(x) = σ²(1 + κ‖x − c‖²)I", () => {
  prop([
    fc.double({ min: 0.1, max: 3, noNaN: true }),
    fc.double({ min: 0, max: 5, noNaN: true }),
    fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 2 }),
    fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 2 }),
  ])("LLᵀ = Σ and Σ is the stated level times I", (sigma, kappa, center, x) => {
    const n = stateDependentNoise(2, sigma, kappa, center);
    const S = n.covariance(x, new Float64Array(4));
    const L = n.factor(x, new Float64Array(4));
    const level = sigma ** 2 * (1 + kappa * ((x[0]! - center[0]!) ** 2 + (x[1]! - center[1]!) ** 2));
    expect(S[0]).toBeCloseTo(level, 10);
    expect(S[3]).toBeCloseTo(level, 10);
    expect(S[1]).toBe(0);
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++)
        expect(L[2 * i]! * L[2 * j]! + L[2 * i + 1]! * L[2 * j + 1]!).toBeCloseTo(S[2 * i + j]!, 10);
  });

  test("κ = 0 is constant isotropic noise (the kernels then inline it)", () => {
    const n = stateDependentNoise(1, 2, 0);
    expect(n.constant).toBe(true);
    expect(n.covariance([5], new Float64Array(1))[0]).toBe(4);
  });

  test("from a spec, round-trips through its own spec (workers rebuild noise from it)", () => {
    const n = noiseFromSpec(
      { kind: "state-dependent", sigma: 0.5, kappa: 2, center: [1, 0] },
      doubleWell2D(1),
    );
    const again = noiseFromSpec(n.spec, doubleWell2D(1));
    const x = [0.3, -0.7];
    expect(Array.from(again.covariance(x, new Float64Array(4)))).toEqual(
      Array.from(n.covariance(x, new Float64Array(4))),
    );
    expect(n.constant).toBe(false);
  });

  test.each([
    [{ kind: "state-dependent", sigma: 1, kappa: -1 }, "noise.kappa: must be ≥ 0, got -1"],
    [{ kind: "state-dependent", sigma: 0, kappa: 1 }, "noise.sigma: must be > 0, got 0"],
    [
      { kind: "state-dependent", sigma: 1, kappa: 1, center: [0, 0] },
      "noise.center: has 2 entries, expected dim = 1",
    ],
  ])("bad input %j → %s", (spec, message) => {
    expect(() => noiseFromSpec(spec, doubleWell())).toThrow(message);
  });

  test("double well, κ = 1: V(0) = 2(ln 2 − ½)/σ², between 2Δf/Σ(x*) and 2Δf/Σ(z)", () => {
    const sigma = 0.8;
    const n = stateDependentNoise(1, sigma, 1);
    const V = quasiPotential1d({
      gradient: (x) => x ** 3 - x,
      noiseVariance: (x) => n.covariance([x], new Float64Array(1))[0]!,
      minimum: -1,
      at: 0,
    }).value;
    expect(V).toBeCloseTo((2 * (Math.LN2 - 0.5)) / sigma ** 2, 12);
    expect(V).toBeGreaterThan(0.5 / (2 * sigma ** 2));
    expect(V).toBeLessThan(0.5 / sigma ** 2);
  });
});
