import { describe, expect, test } from "vitest";
import { cholesky, type Matrix } from "../../src/linalg/dense.ts";
import {
  gaussianCosExpectation,
  gaussianExpectation,
  gaussianFourthMoment,
} from "../../src/reference/gaussianExpectations.ts";
import { evaluateTestFunction, type TestFunction } from "../../src/reference/testFunction.ts";
import { gramMatrix, uniform } from "../support/matrices.ts";
import { fc, prop } from "../support/prop.ts";

/**
 * E φ(m + Lz), z ~ N(0, I_d), by the trapezoid rule on [−10, 10]^d with step h: for an entire integrand times a
 * Gaussian the trapezoid rule converges geometrically (error ~ e^{−2π²/h²} ≈ 1e-17 at h = 0.3), and the cut-off
 * at 10σ loses e^{−50}.
 */
function trapezoidExpectation(phi: TestFunction, m: number[], C: Matrix, h = 0.3): number {
  const d = m.length;
  const L = cholesky(C);
  const nodes: number[] = [];
  for (let z = -10; z <= 10 + 1e-12; z += h) nodes.push(z);
  const weight = nodes.map((z) => (h * Math.exp(-0.5 * z * z)) / Math.sqrt(2 * Math.PI));
  let total = 0;
  const idx = new Array<number>(d).fill(0);
  const x = new Array<number>(d).fill(0);
  for (;;) {
    let w = 1;
    for (let i = 0; i < d; i++) {
      let xi = m[i]!;
      for (let j = 0; j <= i; j++) xi += L[i]![j]! * nodes[idx[j]!]!;
      x[i] = xi;
      w *= weight[idx[i]!]!;
    }
    total += w * evaluateTestFunction(phi, x);
    let c = 0;
    while (c < d && ++idx[c]! === nodes.length) idx[c++] = 0;
    if (c === d) break;
  }
  return total;
}

const gaussian2d = fc
  .record({
    m: fc.array(uniform(-2, 2), { minLength: 2, maxLength: 2 }),
    BBt: gramMatrix(2),
    omega: fc.array(uniform(-2, 2), { minLength: 2, maxLength: 2 }),
  })
  // + 0.05 I keeps the Cholesky factor well defined; PSD-singular cases are covered by the closed-form tests.
  .map(({ m, BBt, omega }) => ({
    m,
    C: BBt.map((row, i) => row.map((c, j) => c + (i === j ? 0.05 : 0))),
    omega,
  }));

describe("exact Gaussian expectations of the test functions", () => {
  prop([gaussian2d], { numRuns: 25 })(
    "every φ kind matches trapezoid quadrature of E φ(x), x ~ N(m, C), in 2-D",
    ({ m, C, omega }) => {
      const phis: TestFunction[] = [
        { kind: "coordinate", i: 1 },
        { kind: "square", i: 0 },
        { kind: "product", i: 0, j: 1 },
        { kind: "cos", omega },
        { kind: "fourth", i: 1 },
      ];
      for (const phi of phis) {
        const exact = gaussianExpectation(phi, m, C);
        const quad = trapezoidExpectation(phi, m, C);
        // Quadrature is accurate to ~1e-14 relative to the integrand's size (≤ (2 + 10·1.5)⁴ for x⁴).
        expect(Math.abs(exact - quad)).toBeLessThan(1e-12 * Math.max(1, Math.abs(quad)));
      }
    },
  );

  test("1-D closed forms by hand: E x⁴ = m⁴ + 6m²c + 3c², E cos(ωx) = cos(ωm)e^{−ω²c/2}", () => {
    expect(gaussianFourthMoment([0], [[1]], 0)).toBe(3);
    expect(gaussianFourthMoment([2], [[0.5]], 0)).toBe(16 + 6 * 4 * 0.5 + 3 * 0.25);
    expect(gaussianCosExpectation([0.3], [[2]], [1.5])).toBeCloseTo(Math.cos(0.45) * Math.exp(-2.25), 15);
    // A degenerate (zero) covariance is a point mass: E φ = φ(m).
    expect(
      gaussianCosExpectation(
        [1, 2],
        [
          [0, 0],
          [0, 0],
        ],
        [0.5, -1],
      ),
    ).toBe(Math.cos(0.5 - 2));
  });

  test("a 3-D mixed product uses the off-diagonal covariance: E x₀x₂ = m₀m₂ + C₀₂", () => {
    const C = [
      [1, 0.2, -0.4],
      [0.2, 2, 0.1],
      [-0.4, 0.1, 3],
    ];
    expect(gaussianExpectation({ kind: "product", i: 0, j: 2 }, [1, 2, 3], C)).toBeCloseTo(3 - 0.4, 15);
    expect(trapezoidExpectation({ kind: "product", i: 0, j: 2 }, [1, 2, 3], C, 0.5)).toBeCloseTo(2.6, 12);
  });
});
