/**
 * The rotated separable 2-D case of W1/W2 (src/experiments/weak/rotatedGridCase.ts), checked where an independent
 * answer exists:
 *
 * 1. the expanded 2-D polynomial is the landscape the case claims: ∇f(x) = Rᵀ(g_k'((Rx)_k))_k at random points;
 * 2. the factorization: with quadratic components f is a correlated 2-D quadratic, whose weak errors are known in
 *    closed form (reference/weakError.ts); the combined errors of every test function equal them to 1e-5
 *    relative (the grid's own accuracy; W1/W2 require only ≤ 1%);
 * 3. the combined SGD expectations equal what the 2-D kernels simulate on the expanded polynomial (Monte Carlo,
 *    4.5 SE: a fresh stream fails with probability < 1e-5 per test).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  componentLandscape,
  type RotatedGridCase,
  rotatedCaseSweep,
  rotatedPolynomial,
  rotation,
} from "../../../src/experiments/weak/rotatedGridCase.ts";
import { landscapeFromSpec } from "../../../src/landscapes/fromSpec.ts";
import { noiseFromSpec } from "../../../src/noise/fromSpec.ts";
import { evaluateTestFunction, type TestFunction } from "../../../src/reference/testFunction.ts";
import { quadraticWeakErrors } from "../../../src/reference/weakError.ts";
import { Xoshiro128 } from "../../../src/rng/xoshiro128.ts";
import { sgdKernel } from "../../../src/simulate/sgdKernel.ts";

const TESTS: TestFunction[] = [
  { kind: "coordinate", i: 0 },
  { kind: "square", i: 1 },
  { kind: "product", i: 0, j: 1 },
  { kind: "cos", omega: [1, -0.7] },
  { kind: "fourth", i: 0 },
];

describe("rotated separable 2-D weak-error case", () => {
  test("the expanded polynomial has gradient Rᵀg'(Rx)", () => {
    const coef = fc.double({ min: -1, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(coef, { minLength: 5, maxLength: 5 }),
        fc.array(coef, { minLength: 5, maxLength: 5 }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.tuple(coef, coef),
        (g0, g1, angle, [a, b]) => {
          const components: [number[], number[]] = [g0, g1];
          const f = landscapeFromSpec({ kind: "polynomial", ...rotatedPolynomial({ components, angle }) });
          const x = Float64Array.of(2 * a, 2 * b);
          const grad = f.gradient(x, new Float64Array(2));
          const R = rotation(angle);
          const y = [R[0][0] * x[0]! + R[0][1] * x[1]!, R[1][0] * x[0]! + R[1][1] * x[1]!];
          const dg = [componentLandscape(g0).gradient(y[0]!), componentLandscape(g1).gradient(y[1]!)];
          for (let i = 0; i < 2; i++) {
            const expected = R[0][i]! * dg[0]! + R[1][i]! * dg[1]!;
            expect(Math.abs(grad[i]! - expected)).toBeLessThan(1e-12 * (1 + Math.abs(expected)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("quadratic components: combined errors equal the closed-form 2-D Gaussian errors", () => {
    const [l0, l1, angle, sigma] = [1.5, 0.4, 0.7, 0.8];
    const c: RotatedGridCase = {
      name: "rotated quadratic",
      components: [
        [0, 0, l0 / 2],
        [0, 0, l1 / 2],
      ],
      angle,
      sigma,
      x0: [0.6, -0.4],
      T: 1,
      tests: TESTS,
    };
    const R = rotation(angle);
    // H = Rᵀ diag(λ) R.
    const H = [0, 1].map((i) => [0, 1].map((j) => l0 * R[0][i]! * R[0][j]! + l1 * R[1][i]! * R[1][j]!));
    const Sigma = [
      [sigma ** 2, 0],
      [0, sigma ** 2],
    ];
    const etas = [0.05, 0.0125];
    const sweep = rotatedCaseSweep(c, etas, ["sme1", "sme2", "gf"]);
    for (const model of ["sme1", "sme2", "gf"] as const)
      TESTS.forEach((phi, j) =>
        etas.forEach((eta, k) => {
          const exact = quadraticWeakErrors({ H, Sigma, x0: c.x0, eta, T: c.T, phi })[model].supError;
          const got = sweep.supErrors[model]![j]![k]!;
          expect(Math.abs(got - exact), `${model} ${sweep.tests[j]} η=${eta}`).toBeLessThan(
            1e-5 * exact + 1e-13,
          );
        }),
      );
  });

  test("combined SGD expectations match the 2-D kernels on the expanded polynomial (4.5 SE)", () => {
    const c: RotatedGridCase = {
      name: "W2 case",
      components: [
        [0, 0, -0.5, 0, 0.25],
        [0, 0, 0.5, 0.1, 0.125],
      ],
      angle: 0.5,
      sigma: 1,
      x0: [0.1, 0.9],
      T: 1,
      tests: TESTS,
    };
    const eta = 0.05;
    const reference = rotatedCaseSweep(c, [eta], ["sme1"]).sgdFinal.map((row) => row[0]!);
    const landscape = landscapeFromSpec({ kind: "polynomial", ...rotatedPolynomial(c) });
    const noise = noiseFromSpec({ kind: "isotropic", sigma: c.sigma }, landscape);
    const m = 200_000;
    const x = new Float64Array(2 * m);
    x.fill(c.x0[0], 0, m);
    x.fill(c.x0[1], m, 2 * m);
    sgdKernel(landscape, noise)(
      x,
      m,
      0,
      m,
      Math.round(c.T / eta),
      eta,
      Xoshiro128.fromName("rotated/kernel"),
    );
    const point = new Float64Array(2);
    TESTS.forEach((phi, j) => {
      let s = 0;
      let s2 = 0;
      for (let p = 0; p < m; p++) {
        point[0] = x[p]!;
        point[1] = x[m + p]!;
        const v = evaluateTestFunction(phi, point);
        s += v;
        s2 += v * v;
      }
      const mean = s / m;
      const se = Math.sqrt((s2 / m - mean * mean) / (m - 1));
      expect(Math.abs(mean - reference[j]!), `φ ${j}: ${mean} vs ${reference[j]} (SE ${se})`).toBeLessThan(
        4.5 * se,
      );
    });
  });
});
