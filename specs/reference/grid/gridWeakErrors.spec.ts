import { describe, expect, test } from "vitest";
import { doubleWell, tiltedDoubleWell } from "../../../src/landscapes/doubleWell.ts";
import {
  cosine,
  GAUSSIAN_NOISE,
  type GridWeakErrorInput,
  gridWeakErrorSweep,
  gridWeakErrors,
  landscape1d,
  rademacherNoise,
  X,
  X_FOURTH,
  X_SQUARED,
} from "../../../src/reference/grid/index.ts";
import { orderFit } from "../../../src/stats/regression.ts";

const DW = { gradient: (x: number) => x * x * x - x, curvature: (x: number) => 3 * x * x - 1 };
const TESTS = [X, X_SQUARED, cosine(2), X_FOURTH];
const BASE: GridWeakErrorInput = {
  landscape: DW,
  noiseScale: 1,
  sgdNoise: GAUSSIAN_NOISE,
  x0: 0.5,
  eta: 0.02,
  horizon: 1,
  tests: TESTS,
};

describe("gridWeakErrors: API and consistency", () => {
  test("acceptance 4: 8 step sizes × 4 test functions × SGD, SME-1, SME-2, gradient flow in ≲ 2 s", () => {
    const start = performance.now();
    const sweep = gridWeakErrorSweep(
      { ...BASE, landscape: landscape1d(doubleWell()) },
      [20, 32, 50, 80, 125, 200, 320, 500].map((k) => 1 / k),
    );
    const elapsed = performance.now() - start;
    expect(sweep.results).toHaveLength(8);
    // ~0.8 s on an idle core; the bound leaves room for a loaded CI machine.
    expect(elapsed).toBeLessThan(4000);
  });

  test("shape of the result; k = 0 has E φ = φ(x0) and zero error; labels and times", () => {
    const r = gridWeakErrors(BASE);
    expect(r.steps).toBe(50);
    expect(r.checkpoints).toEqual(Array.from({ length: 51 }, (_, k) => k));
    expect(r.times[50]).toBeCloseTo(1, 14);
    expect(r.tests).toEqual(["x", "x²", "cos(2x)", "x⁴"]);
    expect(r.models).toEqual(["sme1", "sme2", "gf"]);
    const phi0 = [0.5, 0.25, Math.cos(1), 0.0625];
    phi0.forEach((v, j) => {
      expect(Math.abs(r.sgd[j]![0]! - v)).toBeLessThan(1e-14);
      for (const m of r.models) expect(Math.abs(r.errors[m]!.signed[j]![0]!)).toBeLessThan(1e-14);
    });
    for (const m of r.models) {
      const e = r.errors[m]!;
      e.sup.forEach((sup, j) => {
        expect(sup).toBe(Math.max(...e.signed[j]!.map(Math.abs)));
        expect(Math.abs(e.signed[j]![e.argmaxStep[j]!]!)).toBe(sup);
        expect(e.final[j]).toBe(Math.abs(e.signed[j]![50]!));
      });
    }
    expect(r.gridError).toBeUndefined();
  });

  test("checkpoints select entries of the full run; a Landscape via landscape1d gives the same numbers", () => {
    const full = gridWeakErrors(BASE);
    const some = gridWeakErrors({
      ...BASE,
      landscape: landscape1d(doubleWell()),
      checkpoints: [0, 7, 31, 50],
    });
    expect(some.checkpoints).toEqual([0, 7, 31, 50]);
    some.checkpoints.forEach((k, c) => {
      TESTS.forEach((_, j) => {
        expect(some.sgd[j]![c]).toBe(full.sgd[j]![k]);
        for (const m of full.models) expect(some.sde[m]![j]![c]).toBe(full.sde[m]![j]![k]);
      });
    });
  });

  test("without noise, SME-1 on the grid (pure transport, e^{ηL}) equals the RK4 gradient flow to 1e-12", () => {
    const r = gridWeakErrors({
      ...BASE,
      landscape: landscape1d(tiltedDoubleWell(0.2)),
      noiseScale: 0,
      x0: -0.3,
    });
    TESTS.forEach((_, j) => {
      r.sde.sme1![j]!.forEach((v, k) => {
        expect(Math.abs(v - r.sde.gf![j]![k]!)).toBeLessThan(1e-12);
      });
    });
  });

  test("tilted double well with state-dependent noise s(x): SME-2 order 2, SME-1 order ≈ 1, grid error ≤ 1e-4 of the weak errors", () => {
    const input = {
      ...BASE,
      landscape: landscape1d(tiltedDoubleWell(0.2)),
      noiseScale: (x: number) => 0.8 * (1 + 0.3 * Math.sin(x)),
      x0: -0.3,
    };
    const etas = [20, 40, 80, 160].map((k) => 1 / k);
    const sweep = gridWeakErrorSweep(input, etas);
    sweep.supErrors.sme2!.forEach((row) => {
      expect(Math.abs(orderFit(etas, row, null, 0.05).slope - 2)).toBeLessThan(0.15);
    });
    // Pre-asymptotic at these η for x⁴ (slope ≈ 1.2) and x² (≈ 0.87).
    sweep.supErrors.sme1!.forEach((row) => {
      expect(Math.abs(orderFit(etas, row, null, 0.05).slope - 1)).toBeLessThan(0.3);
    });
    const fine = gridWeakErrors({ ...input, eta: 1 / 160, estimateGridError: true });
    for (const m of fine.models)
      fine.gridError!.errors[m]!.forEach((g, j) => {
        expect(g).toBeLessThan(1e-4 * fine.errors[m]!.sup[j]!);
      });
  });

  test("estimateGridError accepts an explicit finer resolution and reports it", () => {
    const r = gridWeakErrors({
      ...BASE,
      sgdNoise: rademacherNoise(),
      models: ["sme1"],
      resolution: { degree: 96 },
      estimateGridError: { degree: 160 },
    });
    expect(r.resolution.degree).toBe(96);
    expect(r.resolution.quadratureNodes).toBe(2);
    expect(r.gridError!.finer.degree).toBe(160);
    expect(Object.keys(r.gridError!.errors)).toEqual(["sme1"]);
    expect(r.gridError!.errors.sme1![0]!).toBeLessThan(1e-9);
  });

  test("bad input throws a clear error", () => {
    const bad = (patch: Partial<GridWeakErrorInput>, message: RegExp) =>
      expect(() => gridWeakErrors({ ...BASE, ...patch })).toThrow(message);
    bad({ eta: 0 }, /eta must be a finite number > 0/);
    bad({ eta: -0.1 }, /eta must be a finite number > 0/);
    bad({ eta: Number.NaN }, /eta must be a finite number > 0/);
    bad({ eta: Number.POSITIVE_INFINITY }, /eta must be a finite number > 0/);
    bad({ horizon: 0 }, /horizon/);
    bad({ horizon: 0.001 }, /shorter than one step/);
    bad({ x0: Number.NaN }, /x0 must be finite/);
    bad({ tests: [] }, /tests must be a non-empty array/);
    bad({ tests: [{ kind: "cos", omega: [1, 2] }] }, /omega/);
    bad({ models: ["sme3" as never] }, /unknown model/);
    bad({ checkpoints: [0, 5, 5] }, /strictly increasing/);
    bad({ checkpoints: [51] }, /checkpoints must be integer steps in \[0, 50\]/);
    bad({ noiseScale: -1 }, /noiseScale must be finite and ≥ 0/);
    bad({ noiseScale: () => Number.NaN }, /finite with s ≥ 0/);
    bad({ sgdNoise: { kind: "discrete", values: [0, 1], probs: [0.5, 0.5] } }, /mean 0/);
    bad({ resolution: { degree: 4 } }, /resolution.degree/);
    bad({ resolution: { domain: [-1, 1.2] } }, /not invariant/);
    bad({ resolution: { domain: [1, 2] } }, /must contain x0/);
    bad({ landscape: { gradient: (x) => -x, curvature: () => -1 } }, /does not confine the noise/);
    bad({ eta: 0.5, x0: 3, horizon: 10 }, /diverges/);
    bad({ eta: 0.5, x0: 3 }, /no invariant interval/);
    bad({ landscape: { gradient: (x: number) => x } as never }, /curvature/);
  });
});
