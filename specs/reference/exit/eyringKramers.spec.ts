import { describe, expect, test } from "vitest";
import type { Matrix } from "../../../src/linalg/dense.ts";
import {
  eyringKramersLogTime,
  eyringKramersTime,
  kramersLogTime,
  kramersTime,
} from "../../../src/reference/exit/eyringKramers.ts";
import { meanFirstPassageTime } from "../../../src/reference/exit/mfpt.ts";
import { fromSpectrum, orthonormal, uniform } from "../../support/matrices.ts";
import { fc, prop } from "../../support/prop.ts";

/** Double well f = x⁴/4 − x²/2: f''(−1) = 2, f''(0) = −1, Δf = ¼. */
const doubleWellKramers = (epsilon2: number, target: "saddle" | "other-well" = "saddle") =>
  kramersTime({ curvatureAtMinimum: 2, curvatureAtSaddle: -1, barrier: 0.25, epsilon2, target });

const exactToSaddle = (epsilon2: number) =>
  meanFirstPassageTime({
    drift: (x) => x - x * x * x,
    diffusion2: () => epsilon2,
    lower: -3,
    upper: 0,
    start: -1,
  }).value;

describe("M3 — Eyring–Kramers asymptotics", () => {
  test.each([
    [0.2, 27.06, 4],
    [0.1, 329.7, 4],
    [0.05, 4.893e4, 4],
    [0.025, 1.078e9, 4],
  ])("double well, Kramers/2 at ε² = %s: THEORY's %s", (epsilon2, quoted, digits) => {
    expect(Number(doubleWellKramers(epsilon2).toPrecision(digits))).toBe(quoted);
    expect(doubleWellKramers(epsilon2, "other-well") / (2 * doubleWellKramers(epsilon2)) - 1).toBeCloseTo(
      0,
      14,
    );
  });

  test("exact MFPT / Kramers → 1 as ε² ↓, with a relative error O(ε²)", () => {
    const epsilons = [0.2, 0.1, 0.05, 0.025, 0.0125];
    const excess = epsilons.map((e) => exactToSaddle(e) / doubleWellKramers(e) - 1);
    for (let i = 0; i < excess.length; i++) {
      expect(excess[i]!).toBeGreaterThan(0);
      if (i > 0) expect(excess[i]!).toBeLessThan(excess[i - 1]!);
      expect(excess[i]!).toBeLessThan(epsilons[i]!);
    }
    // The O(ε²) coefficient settles (≈ 0.8 here): excess/ε² changes little between the last two levels.
    const coefficient = excess.map((x, i) => x / epsilons[i]!);
    expect(Math.abs(coefficient[4]! / coefficient[3]! - 1)).toBeLessThan(0.1);
  });

  test("d-D with d = 1 is the 1-D Kramers formula; a transverse quadratic direction cancels", () => {
    const input = { hessianAtMinimum: [[2]], hessianAtSaddle: [[-1]], barrier: 0.25, epsilon2: 0.1 };
    expect(eyringKramersTime(input) / doubleWellKramers(0.1, "other-well") - 1).toBeCloseTo(0, 14);
    for (const k of [0.5, 3, 40]) {
      const twoD = eyringKramersTime({
        hessianAtMinimum: [
          [2, 0],
          [0, k],
        ],
        hessianAtSaddle: [
          [-1, 0],
          [0, k],
        ],
        barrier: 0.25,
        epsilon2: 0.1,
        target: "saddle",
      });
      expect(twoD / doubleWellKramers(0.1) - 1).toBeCloseTo(0, 13);
    }
  });

  test("the prefactor by hand: 2π/|λ₋|·√(|det Hz|/det Hx) for Hx = diag(1, 4), Hz = diag(−2, 9)", () => {
    const log = eyringKramersLogTime({
      hessianAtMinimum: [
        [1, 0],
        [0, 4],
      ],
      hessianAtSaddle: [
        [-2, 0],
        [0, 9],
      ],
      barrier: 1,
      epsilon2: 0.5,
    });
    expect(log).toBeCloseTo(Math.log(((2 * Math.PI) / 2) * Math.sqrt(18 / 4)) + 4, 13);
  });

  prop(
    [
      fc
        .integer({ min: 2, max: 4 })
        .chain((d) =>
          fc.tuple(
            fc.array(uniform(0.2, 5), { minLength: d, maxLength: d }),
            fc.array(uniform(0.2, 5), { minLength: d, maxLength: d }),
            orthonormal(d),
            orthonormal(d),
          ),
        ),
      uniform(0.05, 2),
      uniform(0.02, 1),
    ],
    { numRuns: 25 },
  )(
    "invariant under rotations of either Hessian; equals the eigenvalue formula",
    ([lx, lz, Qx, Qz], barrier, e2) => {
      const lzSigned = lz.map((l, i) => (i === 0 ? -l : l));
      const Hx: Matrix = fromSpectrum(Qx, lx);
      const Hz: Matrix = fromSpectrum(Qz, lzSigned);
      const prod = (v: number[]) => v.reduce((a, b) => a * b, 1);
      const expected =
        Math.log((2 * Math.PI) / lz[0]!) + 0.5 * Math.log(prod(lz) / prod(lx)) + (2 * barrier) / e2;
      const log = eyringKramersLogTime({ hessianAtMinimum: Hx, hessianAtSaddle: Hz, barrier, epsilon2: e2 });
      expect(Math.abs(log - expected)).toBeLessThan(1e-10 * (1 + Math.abs(expected)));
    },
  );

  test("log space: at ε² = 1e-4 the time overflows, its logarithm does not", () => {
    expect(doubleWellKramers(1e-4)).toBe(Number.POSITIVE_INFINITY);
    const log = kramersLogTime({
      curvatureAtMinimum: 2,
      curvatureAtSaddle: -1,
      barrier: 0.25,
      epsilon2: 1e-4,
    });
    expect(log).toBeCloseTo(Math.log((2 * Math.PI) / Math.SQRT2) + 5000, 9);
  });

  test("bad arguments throw one-line errors", () => {
    const base = { hessianAtMinimum: [[2]], hessianAtSaddle: [[-1]], barrier: 0.25, epsilon2: 0.1 };
    expect(() => eyringKramersTime({ ...base, hessianAtMinimum: [[-2]] })).toThrow(/positive definite/);
    expect(() => eyringKramersTime({ ...base, hessianAtSaddle: [[1]] })).toThrow(/exactly one negative/);
    expect(() =>
      eyringKramersTime({
        ...base,
        hessianAtMinimum: [
          [1, 0],
          [0, 1],
        ],
        hessianAtSaddle: [
          [-1, 0],
          [0, -1],
        ],
      }),
    ).toThrow(/exactly one negative/);
    expect(() => eyringKramersTime({ ...base, hessianAtSaddle: [[-1, 0]] })).toThrow(/square/);
    expect(() => eyringKramersTime({ ...base, barrier: 0 })).toThrow(/barrier must be/);
    expect(() => eyringKramersTime({ ...base, epsilon2: -1 })).toThrow(/epsilon2 must be/);
    expect(() =>
      kramersTime({ curvatureAtMinimum: 2, curvatureAtSaddle: 1, barrier: 0.25, epsilon2: 0.1 }),
    ).toThrow(/curvatureAtSaddle must be/);
  });
});
