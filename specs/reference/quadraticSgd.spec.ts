import { describe, expect, test } from "vitest";
import { add, identity, type Matrix, matMul, matVec, scale } from "../../src/linalg/dense.ts";
import { sgdMomentTrajectory } from "../../src/reference/quadraticSgd.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { nextNormal } from "../../src/rng/ziggurat.ts";
import { maxAbs, maxAbsDiff, uniform } from "../support/matrices.ts";
import { fc, prop } from "../support/prop.ts";
import { quadraticCase } from "./quadraticArbitraries.ts";

/** The moment equations iterated literally: m ← (I−ηH)m, C ← (I−ηH)C(I−ηH) + η²Σ. */
function iterateByHand(H: Matrix, Sigma: Matrix, x0: number[], eta: number, steps: number, C0?: Matrix) {
  const M = add(identity(H.length), H, -eta);
  let m = x0.slice();
  let C = C0 ?? scale(identity(H.length), 0);
  const means = [m];
  const covariances = [C];
  for (let k = 0; k < steps; k++) {
    m = matVec(M, m);
    C = add(matMul(matMul(M, C), M), Sigma, eta * eta);
    means.push(m);
    covariances.push(C);
  }
  return { means, covariances };
}

describe("SGD moments on f = ½xᵀHx (closed form in H's eigenbasis)", () => {
  test("1-D values by hand: m_k = (1−ηλ)^k x0, C_1 = η²s², C_2 = (1−ηλ)²η²s² + η²s²", () => {
    const { means, covariances } = sgdMomentTrajectory({
      H: [[2]],
      Sigma: [[3]],
      x0: [1.5],
      eta: 0.1,
      steps: 2,
    });
    expect(means.map((m) => m[0])).toEqual([1.5, expect.closeTo(1.2, 15), expect.closeTo(0.96, 15)]);
    expect(covariances[0]![0]![0]).toBe(0);
    expect(covariances[1]![0]![0]).toBeCloseTo(0.03, 15);
    expect(covariances[2]![0]![0]).toBeCloseTo(0.64 * 0.03 + 0.03, 15);
  });

  prop([quadraticCase({ maxDim: 4, lambdaMin: -1 }), uniform(0.01, 0.9), fc.boolean()])(
    "equals the moment recursion iterated by hand for k ≤ 6 (any symmetric H, with or without C0)",
    (c, etaScale, withC0) => {
      const eta = etaScale / Math.max(0.5, ...c.lambdas.map(Math.abs));
      const C0 = withC0 ? add(c.Sigma, identity(c.d), 0.5) : undefined;
      const closed = sgdMomentTrajectory({ H: c.H, Sigma: c.Sigma, x0: c.x0, eta, steps: 6, C0 });
      const byHand = iterateByHand(c.H, c.Sigma, c.x0, eta, 6, C0);
      for (let k = 0; k <= 6; k++) {
        // ≤ 6 steps of O(1) arithmetic: agreement to 1e-12 relative to the entries' size is round-off only
        // (sizes grow up to ~(1 + 0.9)^12 when H has a negative eigenvalue).
        const size = Math.max(1, maxAbs(byHand.covariances[k]!), ...byHand.means[k]!.map(Math.abs));
        expect(maxAbsDiff([closed.means[k]!], [byHand.means[k]!])).toBeLessThan(1e-12 * size);
        expect(maxAbsDiff(closed.covariances[k]!, byHand.covariances[k]!)).toBeLessThan(1e-12 * size);
      }
    },
  );

  test("unstable and boundary steps: ηλ > 1 (negative μ) and ηλ = 2 (μ = −1) still match the recursion", () => {
    for (const eta of [0.7, 1]) {
      const H = [
        [2, 0],
        [0, 0.5],
      ];
      const Sigma = [
        [1, 0.3],
        [0.3, 2],
      ];
      const closed = sgdMomentTrajectory({ H, Sigma, x0: [1, -1], eta, steps: 5 });
      const byHand = iterateByHand(H, Sigma, [1, -1], eta, 5);
      expect(maxAbsDiff(closed.covariances[5]!, byHand.covariances[5]!)).toBeLessThan(1e-12);
      expect(maxAbsDiff([closed.means[5]!], [byHand.means[5]!])).toBeLessThan(1e-12);
    }
  });

  prop([quadraticCase(), uniform(0.05, 1.5)])(
    "zero noise ⇒ the covariance stays 0 and the mean is gradient descent",
    (c, etaScale) => {
      const eta = etaScale / Math.max(...c.lambdas);
      const zero = scale(c.Sigma, 0);
      const { means, covariances } = sgdMomentTrajectory({ H: c.H, Sigma: zero, x0: c.x0, eta, steps: 4 });
      let x = c.x0.slice();
      for (let k = 1; k <= 4; k++) {
        const g = matVec(c.H, x);
        x = x.map((xi, i) => xi - eta * g[i]!);
        expect(maxAbsDiff([means[k]!], [x])).toBeLessThan(1e-12);
        expect(maxAbs(covariances[k]!)).toBe(0);
      }
    },
  );

  test("long trajectories stay accurate: K = 10⁴ closed form vs recursion at 1e-12 relative", () => {
    const H = [
      [1.3, 0.4],
      [0.4, 0.7],
    ];
    const Sigma = [
      [0.5, 0.1],
      [0.1, 0.2],
    ];
    const eta = 1e-3;
    const closed = sgdMomentTrajectory({ H, Sigma, x0: [1, 2], eta, steps: 10_000 });
    const byHand = iterateByHand(H, Sigma, [1, 2], eta, 10_000);
    const C = closed.covariances[10_000]!;
    // The literal recursion accumulates ~K·ε ≈ 2e-12 relative; the closed form does not.
    expect(maxAbsDiff(C, byHand.covariances[10_000]!) / maxAbs(C)).toBeLessThan(1e-11);
    expect(maxAbsDiff([closed.means[10_000]!], [byHand.means[10_000]!])).toBeLessThan(1e-11);
  });

  test("Monte Carlo: simulated SGD with Gaussian noise has the exact mean and covariance (2-D, k = 8)", () => {
    const H = [
      [1.5, 0.5],
      [0.5, 1],
    ];
    const L = [
      [0.8, 0],
      [0.3, 0.6],
    ];
    const Sigma = matMul(L, [
      [0.8, 0.3],
      [0, 0.6],
    ]);
    const eta = 0.2;
    const steps = 8;
    const n = 40_000;
    const rng = Xoshiro128.fromName("spec/reference/quadraticSgd/monte-carlo");
    const sums = [0, 0, 0, 0, 0];
    for (let p = 0; p < n; p++) {
      let x = 1;
      let y = -0.5;
      for (let k = 0; k < steps; k++) {
        const z1 = nextNormal(rng);
        const z2 = nextNormal(rng);
        const gx = 1.5 * x + 0.5 * y + 0.8 * z1;
        const gy = 0.5 * x + 1 * y + 0.3 * z1 + 0.6 * z2;
        x -= eta * gx;
        y -= eta * gy;
      }
      sums[0]! += x;
      sums[1]! += y;
      sums[2]! += x * x;
      sums[3]! += y * y;
      sums[4]! += x * y;
    }
    const { means, covariances } = sgdMomentTrajectory({ H, Sigma, x0: [1, -0.5], eta, steps });
    const m = means[steps]!;
    const C = covariances[steps]!;
    const mean = [sums[0]! / n, sums[1]! / n];
    // |error| < 5 SE: false-fail rate < 1e-6 per quantity (the seed is fixed, so in practice the outcome is too).
    expect(Math.abs(mean[0]! - m[0]!)).toBeLessThan(5 * Math.sqrt(C[0]![0]! / n));
    expect(Math.abs(mean[1]! - m[1]!)).toBeLessThan(5 * Math.sqrt(C[1]![1]! / n));
    const varX = sums[2]! / n - mean[0]! ** 2;
    const varY = sums[3]! / n - mean[1]! ** 2;
    const covXY = sums[4]! / n - mean[0]! * mean[1]!;
    // SE of a Gaussian sample (co)variance: √((C_ii C_jj + C_ij²)/n).
    const se = (i: number, j: number) => Math.sqrt((C[i]![i]! * C[j]![j]! + C[i]![j]! ** 2) / n);
    expect(Math.abs(varX - C[0]![0]!)).toBeLessThan(5 * se(0, 0));
    expect(Math.abs(varY - C[1]![1]!)).toBeLessThan(5 * se(1, 1));
    expect(Math.abs(covXY - C[0]![1]!)).toBeLessThan(5 * se(0, 1));
  });

  test("bad input: wrong x0 length, asymmetric H, indefinite Σ", () => {
    const base = { H: [[1]], Sigma: [[1]], x0: [1], eta: 0.1, steps: 3 };
    expect(() => sgdMomentTrajectory({ ...base, x0: [1, 2] })).toThrow(/H must be 2×2/);
    expect(() =>
      sgdMomentTrajectory({
        ...base,
        H: [
          [1, 2],
          [0, 1],
        ],
        x0: [1, 1],
        Sigma: identity(2),
      }),
    ).toThrow(/H must be symmetric/);
    expect(() => sgdMomentTrajectory({ ...base, Sigma: [[-1]] })).toThrow(
      /Sigma must be positive semi-definite/,
    );
    expect(() => sgdMomentTrajectory({ ...base, eta: 0 })).toThrow(/eta/);
  });
});
