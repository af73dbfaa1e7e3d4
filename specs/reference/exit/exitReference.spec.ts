import { describe, expect, test } from "vitest";
import type { ExitSet } from "../../../src/landscapes/exitSet.ts";
import { landscapeFromSpec } from "../../../src/landscapes/fromSpec.ts";
import { noiseFromSpec } from "../../../src/noise/fromSpec.ts";
import type { NoiseSpec } from "../../../src/noise/noise.ts";
import { loadResidualDataset, residualLandscapeSpec } from "../../../src/noise/residualMinibatch.ts";
import { discreteExitChain } from "../../../src/reference/exit/discreteExitChain.ts";
import { exactExitReference, NoExactReference } from "../../../src/reference/exit/exitReference.ts";
import { meanFirstPassageTime } from "../../../src/reference/exit/mfpt.ts";

/** The one chooser of exact exit references: what it returns for each kind of problem, and what it refuses. */
function problem(landscape: unknown, noise: NoiseSpec, start: number[], exitSet: ExitSet, path?: number[]) {
  const f = landscapeFromSpec(landscape);
  return { landscape: f, noise: noiseFromSpec(noise, f), start, exitSet, ...(path ? { path: [path] } : {}) };
}
const ISO = { kind: "isotropic", sigma: 1 } as const;
const PAST_ZERO: ExitSet = { kind: "half-space", normal: [1], offset: 0 };

describe("exactExitReference", () => {
  test("1-D Gaussian SGD: the discrete chain, THEORY's 4168.939 at η = 0.1 on the double well", () => {
    const r = exactExitReference(problem({ kind: "double-well" }, ISO, [-1], PAST_ZERO), "sgd");
    expect(r.kind).toBe("discrete-chain");
    expect(r.meanIterations(0.1)).toBeCloseTo(4168.939283, 4);
    const s = r.solve(0.1);
    expect(s.errorEstimate / s.mean).toBeLessThan(1e-8);
  });

  test("a lower exit level (normal −1) is the mirror problem", () => {
    const left = exactExitReference(
      problem({ kind: "double-well" }, ISO, [1], { kind: "half-space", normal: [-1], offset: 0 }),
      "sgd",
    );
    expect(left.meanIterations(0.1)).toBeCloseTo(4168.939283, 4);
  });

  test("1-D SME-1: the quadrature; its wall (the chain's quasi-stationary wall) agrees with a far wall to 1e-9", () => {
    const r = exactExitReference(problem({ kind: "double-well" }, ISO, [-1], PAST_ZERO), "sme1");
    expect(r.kind).toBe("diffusion-quadrature");
    for (const eta of [0.2, 0.1, 0.05]) {
      const far = meanFirstPassageTime({
        drift: (x) => -(x * x * x - x),
        diffusion2: () => eta,
        lower: -5,
        upper: 0,
        start: -1,
        panels: 1600,
      });
      expect(Math.abs(r.meanIterations(eta) * eta - far.value) / far.value).toBeLessThan(1e-9);
    }
    // THEORY.md: exact time from −1 to 0 = 30.82 at ε² = 0.2, 361.9 at 0.1.
    expect(r.meanIterations(0.2) * 0.2).toBeCloseTo(30.82, 1);
    expect(r.meanIterations(0.1) * 0.1).toBeCloseTo(361.9, 0);
  });

  test("non-Gaussian noise gets no Gaussian chain (with the reason), but still the SDE's quadrature", () => {
    const ds = loadResidualDataset("two-well", "dataset");
    const p = problem(
      residualLandscapeSpec(ds),
      { kind: "minibatch", dataset: "two-well", batch: 4 },
      [-1],
      PAST_ZERO,
    );
    expect(() => exactExitReference(p, "sgd")).toThrow(NoExactReference);
    expect(() => exactExitReference(p, "sgd")).toThrow(/not Gaussian/);
    expect(exactExitReference(p, "sme1").kind).toBe("diffusion-quadrature");
  });

  test("2-D, isotropic noise, exit line x₁ = c: the backward equation for SME-1; no chain for SGD", () => {
    const p = problem({ kind: "double-well-2d", k: 1 }, ISO, [-1, 0], PAST_ZERO_2D(), [0, 0]);
    const r = exactExitReference(p, "sme1");
    expect(r.kind).toBe("backward-equation-2d");
    // Separable: x⁴/4 − x²/2 + y²/2 escapes along x exactly as the 1-D double well (mfpt2d spec: to 3e-6).
    const oneD = exactExitReference(problem({ kind: "double-well" }, ISO, [-1], PAST_ZERO), "sme1");
    expect(Math.abs(r.meanIterations(0.2) / oneD.meanIterations(0.2) - 1)).toBeLessThan(1e-4);
    expect(() => exactExitReference(p, "sgd")).toThrow(/no exact SGD reference/);
  });

  test("anisotropic 2-D noise, a ball exit, or 3-D: refused, never a silent fallback", () => {
    const aniso = problem(
      { kind: "double-well-2d", k: 1 },
      {
        kind: "covariance",
        Sigma: [
          [1, 0],
          [0, 2],
        ],
      },
      [-1, 0],
      PAST_ZERO_2D(),
    );
    expect(() => exactExitReference(aniso, "sme1")).toThrow(/isotropic/);
    const ball = problem({ kind: "double-well-2d", k: 1 }, ISO, [-1, 0], {
      kind: "ball",
      center: [-1, 0],
      radius: 0.5,
    });
    expect(() => exactExitReference(ball, "sme1")).toThrow(NoExactReference);
    const H3 = [
      [1, 0, 0],
      [0, 2, 0],
      [0, 0, 3],
    ];
    const cube = problem({ kind: "quadratic", H: H3 }, ISO, [0, 0, 0], {
      kind: "ball",
      center: [0, 0, 0],
      radius: 1,
    });
    expect(() => exactExitReference(cube, "sgd")).toThrow(/3-D/);
  });

  test("a linear saddle with a slab exit along v₁ is exactly the 1-D chain of its projection (S2's reference)", () => {
    // f = ½xᵀHx, H = diag(−1, 2), Σ = I: along v₁ = e₁, u' = (1 + η)u + ηz, exit |u| ≥ a.
    const p = problem(
      {
        kind: "quadratic",
        H: [
          [-1, 0],
          [0, 2],
        ],
      },
      ISO,
      [0, 0],
      { kind: "slab", normal: [1, 0], center: [0, 0], halfWidth: 1 },
    );
    const r = exactExitReference(p, "sgd");
    const direct = discreteExitChain({
      gradient: (u) => -u,
      noiseStd: () => 1,
      eta: 0.1,
      start: 0,
      lower: -1,
      upper: 1,
    });
    expect(r.meanIterations(0.1)).toBeCloseTo(direct.mean, 9);
    // THEORY.md S2 (γ = a = σ = 1): Monte Carlo E N = 23.26 ± 0.04 at η = 0.1.
    expect(Math.abs(r.meanIterations(0.1) - 23.26)).toBeLessThan(0.2);
    // A slab normal that is not an eigenvector of H does not make u autonomous: refused.
    const tilted = problem(
      {
        kind: "quadratic",
        H: [
          [-1, 0.5],
          [0.5, 2],
        ],
      },
      ISO,
      [0, 0],
      { kind: "slab", normal: [1, 0], center: [0, 0], halfWidth: 1 },
    );
    expect(() => exactExitReference(tilted, "sgd")).toThrow(NoExactReference);
  });
});

function PAST_ZERO_2D(): ExitSet {
  return { kind: "half-space", normal: [1, 0], offset: 0 };
}
