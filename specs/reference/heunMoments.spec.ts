import { describe, expect, test } from "vitest";
import { heunLinearExpectation, heunLinearMoments } from "../../src/reference/heunMoments.ts";
import { ouMomentTrajectory } from "../../src/reference/quadraticSde.ts";

describe("exact moments of stochastic Heun on a linear SDE (the coupled Monte Carlo's integrator)", () => {
  test("1-D by hand: one substep maps m ↦ (1 − ha + h²a²/2) m and adds ηh(1 − ha/2)²s² to the variance", () => {
    const a = 1.3;
    const eta = 0.2;
    const r = heunLinearMoments({ A: [[a]], Sigma: [[0.7]], x0: [2], eta, steps: 1, substeps: 1 });
    const g = 1 - eta * a + (eta * a) ** 2 / 2;
    expect(r.mean[0]).toBeCloseTo(g * 2, 15);
    expect(r.covariance[0]![0]).toBeCloseTo(eta * eta * (1 - (eta * a) / 2) ** 2 * 0.7, 15);
  });

  test("converges to the exact OU moments with weak order 2 in h (halving h quarters the bias ± 10%)", () => {
    const A = [
      [1.5, 0.5],
      [0.5, 1],
    ];
    const Sigma = [
      [1, 0.3],
      [0.3, 0.5],
    ];
    const x0 = [1, -0.8];
    const eta = 0.1;
    const phi = { kind: "square", i: 0 } as const;
    const exact = ouMomentTrajectory({ A, Sigma, x0, noiseScale: eta, times: [1] });
    const m = exact.means[0]!;
    const C = exact.covariances[0]!;
    const truth = m[0]! ** 2 + C[0]![0]!;
    const bias = (substeps: number) =>
      heunLinearExpectation({ A, Sigma, x0, eta, steps: 10, substeps }, phi) - truth;
    const ratio = bias(2) / bias(4);
    expect(ratio).toBeGreaterThan(3.6);
    expect(ratio).toBeLessThan(4.4);
    expect(Math.abs(bias(16))).toBeLessThan(1e-4);
  });

  test("bad input names the argument", () => {
    const base = { A: [[1]], Sigma: [[1]], x0: [0], eta: 0.1, steps: 1, substeps: 1 };
    expect(() => heunLinearMoments({ ...base, substeps: 0 })).toThrow(/substeps/);
    expect(() => heunLinearMoments({ ...base, steps: 1.5 })).toThrow(/steps/);
    expect(() => heunLinearMoments({ ...base, eta: 0 })).toThrow(/eta/);
    expect(() => heunLinearMoments({ ...base, x0: [0, 1] })).toThrow(/A must be 2×2/);
  });
});
