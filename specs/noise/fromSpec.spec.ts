import { describe, expect, test } from "vitest";
import { doubleWell, doubleWell2D } from "../../src/landscapes/doubleWell.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import type { NoiseSpec } from "../../src/noise/noise.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

describe("noiseFromSpec", () => {
  const twoD = doubleWell2D(1);

  test.each([
    [{ kind: "isotropic", sigma: 0 }, "noise.sigma: must be > 0, got 0"],
    [{ kind: "isotropic", sigma: "1" }, 'noise.sigma: expected a finite number, got "1"'],
    [{ kind: "isotropic" }, "noise.sigma: expected a finite number, got nothing"],
    [{ kind: "isotropic", sigma: 1, batch: 2 }, 'noise: unknown field "batch" (allowed: kind, sigma)'],
    [{ kind: "covariance", Sigma: [[1]] }, "noise.Sigma: is 1×1, expected 2×2 (the landscape dimension)"],
    [
      {
        kind: "covariance",
        Sigma: [
          [1, 2],
          [2, 1],
        ],
      },
      "noise.Sigma: not positive semi-definite",
    ],
    [{ kind: "hessian", c: -1, batch: 1 }, "noise.c: must be > 0, got -1"],
    [{ kind: "hessian", c: 1, batch: 0 }, "noise.batch: expected a positive integer, got 0"],
    [{ kind: "hessian", c: 1, batch: 2.5 }, "noise.batch: expected a positive integer, got 2.5"],
    [
      { kind: "gaussian" },
      'noise.kind: unknown kind "gaussian" (expected isotropic, covariance, hessian, state-dependent, minibatch, module)',
    ],
  ])("rejects %j with one line naming the field", (spec, message) => {
    expect(() => noiseFromSpec(spec, twoD)).toThrow(message);
  });

  test("the field path is the caller's", () => {
    expect(() => noiseFromSpec({ kind: "isotropic", sigma: -1 }, doubleWell(), "claims[2].noise")).toThrow(
      "claims[2].noise.sigma: must be > 0, got -1",
    );
  });

  const specs: fc.Arbitrary<NoiseSpec> = fc.oneof(
    fc.double({ min: 0.01, max: 5, noNaN: true }).map((sigma): NoiseSpec => ({ kind: "isotropic", sigma })),
    fc.tuple(fc.double({ min: 0.1, max: 3, noNaN: true }), real(-0.09, 0.09)).map(
      ([a, b]): NoiseSpec => ({
        kind: "covariance",
        Sigma: [
          [a, b],
          [b, 0.1],
        ],
      }),
    ),
    fc
      .tuple(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.integer({ min: 1, max: 100 }))
      .map(([c, batch]): NoiseSpec => ({ kind: "hessian", c, batch })),
  );

  prop([specs])("spec → noise → spec round-trips, with the landscape's dimension", (spec) => {
    const noise = noiseFromSpec(spec, twoD);
    expect(noise.spec).toEqual(spec);
    expect(noise.kind).toBe(spec.kind);
    expect(noise.dim).toBe(2);
    expect(noise.constant).toBe(spec.kind !== "hessian");
  });
});
