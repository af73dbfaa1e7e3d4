import { describe, expect, test } from "vitest";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import { ouMomentTrajectory } from "../../src/reference/quadraticSde.ts";
import { sgdMomentTrajectory } from "../../src/reference/quadraticSgd.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { coupledPaths } from "../../src/simulate/coupledPaths.ts";
import { SDE_INTEGRATORS } from "../../src/simulate/sdeSchemes.ts";

const Z = 4.89; // two-sided α = 1e-6 per check; seeds are fixed

const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
const variance = (a: Float64Array) => {
  const m = mean(a);
  return a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1);
};

describe("coupled SGD / SDE paths", () => {
  const dw = landscapeFromSpec({ kind: "double-well" });

  test("the integrators show their declared weak order on the noiseless model (gradient flow, deterministic)", () => {
    // Gradient flow from x0 = 0.5 on the double well; reference from a very fine Heun solve.
    const solve = (integrator: "heun" | "eulerMaruyama", substeps: number) =>
      coupledPaths({
        landscape: dw,
        noise: null,
        x0: [0.5],
        eta: 0.1,
        steps: 10,
        substeps,
        models: ["gf"],
        integrator,
        particles: 1,
        rng: Xoshiro128.fromName("unused"),
        checkpoints: [10],
      }).sde.gf![0]![0]!;
    const exact = solve("heun", 4096);
    // Closed form of ẋ = x − x³: x(t)² = 1/(1 + (1/x0² − 1)e^{−2t}); anchors the fine solve to the truth.
    expect(Math.abs(exact - Math.sqrt(1 / (1 + 3 * Math.exp(-2))))).toBeLessThan(1e-9);
    for (const integrator of ["heun", "eulerMaruyama"] as const) {
      const e1 = Math.abs(solve(integrator, 4) - exact);
      const e2 = Math.abs(solve(integrator, 8) - exact);
      const observed = Math.log2(e1 / e2);
      // Halving h divides the error by 2^order up to O(h) relative: ±0.15 at h = 0.025.
      expect(Math.abs(observed - SDE_INTEGRATORS[integrator].weakOrder)).toBeLessThan(0.15);
    }
  });

  test("on a quadratic, SGD and SME-1 moments match the exact recursion and the OU closed form", () => {
    const H = [[1]];
    const f = landscapeFromSpec({ kind: "quadratic", H });
    const noise = noiseFromSpec({ kind: "isotropic", sigma: 1 }, f);
    const n = 100_000;
    const eta = 0.1;
    const r = coupledPaths({
      landscape: f,
      noise,
      x0: [1],
      eta,
      steps: 10,
      substeps: 8,
      models: ["sme1"],
      particles: n,
      rng: Xoshiro128.fromName("coupled-quadratic"),
      checkpoints: [10],
    });
    const sgd = sgdMomentTrajectory({ H, Sigma: [[1]], x0: [1], eta, steps: 10 });
    const ou = ouMomentTrajectory({ A: H, Sigma: [[1]], x0: [1], noiseScale: eta, times: [1] });
    const check = (xs: Float64Array, m: number, v: number) => {
      expect(Math.abs(mean(xs) - m)).toBeLessThan(Z * Math.sqrt(v / n));
      // Gaussian: SE of the sample variance is v·√(2/n).
      expect(Math.abs(variance(xs) - v)).toBeLessThan(Z * v * Math.sqrt(2 / n));
    };
    check(r.sgd[0]!, sgd.means[10]![0]!, sgd.covariances[10]![0]![0]!);
    // Heun's bias at h = η/8 is O(h²) ≈ 1e-4·e^{-1}, far below the Monte-Carlo resolution here.
    check(r.sde.sme1![0]!, ou.means[0]![0]!, ou.covariances[0]![0]![0]!);
  });

  test("common random numbers: Var(φ(SGD) − φ(SME-1)) is a small fraction of Var(φ(SGD))", () => {
    const noise = noiseFromSpec({ kind: "isotropic", sigma: 1 }, dw);
    const n = 20_000;
    const r = coupledPaths({
      landscape: dw,
      noise,
      x0: [-0.5],
      eta: 0.05,
      steps: 20,
      substeps: 4,
      models: ["sme1"],
      particles: n,
      rng: Xoshiro128.fromName("crn"),
      checkpoints: [20],
    });
    const a = r.sgd[0]!;
    const b = r.sde.sme1![0]!;
    const diff = a.map((v, i) => v - b[i]!);
    const reduction = variance(a) / variance(diff);
    // The paths differ by O(η) per unit time, so the variance ratio is O(1/η²)-large; 100× is a loose floor
    // (independent draws would give ≈ 0.5×).
    expect(reduction).toBeGreaterThan(100);
  });
});
