import { describe, expect, test } from "vitest";
import { add, identity, type Matrix, matMul } from "../../src/linalg/dense.ts";
import { schemeDriftMatrix } from "../../src/reference/quadraticSde.ts";
import {
  sgdStationaryCovariance,
  sgdStationaryVariance1d,
  sme1StationaryCovariance,
  sme1StationaryVariance1d,
  sme2StationaryCovariance,
  sme2StationaryVariance1d,
  stationaryErrorConstants,
} from "../../src/reference/stationaryVariance.ts";
import { maxAbs, maxAbsDiff, uniform } from "../support/matrices.ts";
import { fc, prop } from "../support/prop.ts";
import { quadraticCase } from "./quadraticArbitraries.ts";

const lyapunovResidual = (A: Matrix, C: Matrix, eta: number, Sigma: Matrix) =>
  maxAbs(add(add(matMul(A, C), matMul(C, A)), Sigma, -eta));

describe("W3 — stationary variances and covariances", () => {
  test("1-D formulas by hand (λ = 2, s² = 3, η = 0.1)", () => {
    const input = { lambda: 2, noiseVariance: 3, eta: 0.1 };
    expect(sgdStationaryVariance1d(input)).toBeCloseTo(0.3 / (2 * 1.8), 15);
    expect(sme1StationaryVariance1d(input)).toBeCloseTo(0.3 / 4, 15);
    expect(sme2StationaryVariance1d(input)).toBeCloseTo(0.3 / 4.4, 15);
  });

  prop([uniform(0.2, 5), uniform(0.1, 4), uniform(0.001, 0.9)])(
    "the d-D solvers at d = 1 equal the 1-D formulas",
    (lambda, noiseVariance, etaScale) => {
      const eta = etaScale / lambda;
      const input = { H: [[lambda]], Sigma: [[noiseVariance]], eta };
      const scalar = { lambda, noiseVariance, eta };
      expect(sgdStationaryCovariance(input)[0]![0]! / sgdStationaryVariance1d(scalar) - 1).toBeCloseTo(0, 14);
      expect(sme1StationaryCovariance(input)[0]![0]! / sme1StationaryVariance1d(scalar) - 1).toBeCloseTo(
        0,
        14,
      );
      expect(sme2StationaryCovariance(input)[0]![0]! / sme2StationaryVariance1d(scalar) - 1).toBeCloseTo(
        0,
        14,
      );
    },
  );

  prop([quadraticCase({ maxDim: 4 }), uniform(0.2, 1.6)], { numRuns: 40 })(
    "SGD: the fixed point of C ← (I−ηH)C(I−ηH) + η²Σ, reached by iterating the recursion to convergence",
    (c, etaScale) => {
      const eta = etaScale / Math.max(...c.lambdas);
      const M = add(identity(c.d), c.H, -eta);
      const Cstar = sgdStationaryCovariance({ H: c.H, Sigma: c.Sigma, eta });
      let C = add(identity(c.d), identity(c.d), -1);
      // Contraction factor ρ = max_i (1−ηλ_i)² ≤ 1 − 0.016 (ηλ_min ≥ 0.2·0.2/5): stopping when an update changes C by
      // ≤ 1e-14 relative leaves an error ≤ 1e-14/(1 − ρ) < 1e-12, after a few thousand iterations.
      for (let it = 0; it < 200_000; it++) {
        const next = add(matMul(matMul(M, C), M), c.Sigma, eta * eta);
        const change = maxAbsDiff(next, C);
        C = next;
        if (change <= 1e-14 * maxAbs(C)) break;
      }
      expect(maxAbsDiff(C, Cstar)).toBeLessThan(1e-10 * maxAbs(Cstar) + 1e-300);
      // …and it is a fixed point to round-off.
      const once = add(matMul(matMul(M, Cstar), M), c.Sigma, eta * eta);
      expect(maxAbsDiff(once, Cstar)).toBeLessThan(
        1e-13 * Math.max(maxAbs(Cstar), eta * eta * maxAbs(c.Sigma)),
      );
    },
  );

  prop([quadraticCase({ maxDim: 4 }), uniform(0.001, 0.3)])(
    "SME-1 and SME-2 solve the Lyapunov equation AC + CA = ηΣ with their drift matrices",
    (c, eta) => {
      const input = { H: c.H, Sigma: c.Sigma, eta };
      const C1 = sme1StationaryCovariance(input);
      const C2 = sme2StationaryCovariance(input);
      const size = eta * Math.max(1e-300, maxAbs(c.Sigma));
      expect(lyapunovResidual(c.H, C1, eta, c.Sigma)).toBeLessThan(1e-12 * size);
      expect(lyapunovResidual(schemeDriftMatrix("sme2", c.H, eta), C2, eta, c.Sigma)).toBeLessThan(
        1e-12 * size,
      );
    },
  );

  test("1-D: relative errors are O(η) (→ λη/2 and λη) and absolute errors O(η²) (→ s²η²/4 and s²η²/2)", () => {
    const lambda = 1.7;
    const s2 = 0.8;
    let previous: number[] | undefined;
    for (const eta of [0.04, 0.02, 0.01, 0.005, 0.0025, 0.00125].map((e) => e / lambda)) {
      const p = { lambda, noiseVariance: s2, eta };
      const sgd = sgdStationaryVariance1d(p);
      const e1 = sgd - sme1StationaryVariance1d(p);
      const e2 = sgd - sme2StationaryVariance1d(p);
      // Exact: e1/sgd = ηλ/2 and e2/sgd = 2ηλ/(2 + ηλ), so these ratios are within ηλ ≤ 0.04 of their limits.
      expect(e1 / sgd / eta).toBeCloseTo(lambda / 2, 12);
      expect(Math.abs(e2 / sgd / eta / lambda - 1)).toBeLessThan(eta * lambda);
      expect(Math.abs(e1 / (eta * eta) / (s2 / 4) - 1)).toBeLessThan(eta * lambda);
      expect(Math.abs(e2 / (eta * eta) / (s2 / 2) - 1)).toBeLessThan(eta * lambda);
      if (previous) {
        // Halving η halves the relative error and quarters the absolute error (to O(ηλ) ≤ 4%).
        expect(previous[0]! / e1).toBeGreaterThan(4 * 0.96);
        expect(previous[0]! / e1).toBeLessThan(4 * 1.04);
        expect(previous[1]! / e2).toBeGreaterThan(4 * 0.96);
        expect(previous[1]! / e2).toBeLessThan(4 * 1.04);
      }
      previous = [e1, e2];
    }
  });

  prop([quadraticCase(), uniform(0.005, 0.01)], { numRuns: 30 })(
    "d-D: ‖C_SGD − C_SME‖ is O(η²) — halving η divides it by 4 ± 5%",
    (c, etaScale) => {
      fc.pre(maxAbs(c.Sigma) > 0.05);
      const eta = etaScale / Math.max(...c.lambdas);
      const gap = (e: number) => {
        const input = { H: c.H, Sigma: c.Sigma, eta: e };
        const sgd = sgdStationaryCovariance(input);
        return [
          maxAbsDiff(sgd, sme1StationaryCovariance(input)),
          maxAbsDiff(sgd, sme2StationaryCovariance(input)),
        ];
      };
      const [a1, a2] = gap(eta);
      const [b1, b2] = gap(eta / 2);
      // In the eigenbasis the gaps are η²Σ̃_ij·λ_iλ_j/(λ_i+λ_j)²·(1 + O(ηλ_max)) (SME-1) and twice that (SME-2),
      // so with ηλ_max ≤ 0.01 the ratio is 4(1 + O(0.01)); ±5% leaves room for the (λ_i+λ_j)⁻¹ weighting.
      expect(a1! / b1!).toBeGreaterThan(4 * 0.95);
      expect(a1! / b1!).toBeLessThan(4 * 1.05);
      expect(a2! / b2!).toBeGreaterThan(4 * 0.95);
      expect(a2! / b2!).toBeLessThan(4 * 1.05);
    },
  );

  test("leading constants, 1-D by hand: SME-1 − SGD → −η²s²/4, SME-2 − SGD → −η²s²/2 (λ = 1.7, s² = 0.6)", () => {
    const K = stationaryErrorConstants({ H: [[1.7]], Sigma: [[0.6]] });
    expect(K.sme1[0]![0]).toBeCloseTo(0.15, 15);
    expect(K.sme2[0]![0]).toBeCloseTo(0.3, 15);
  });

  prop([quadraticCase({ maxDim: 4 })], { numRuns: 40 })(
    "leading constants, d-D: (C_SME − C_SGD)/η² → −K, with a remainder that shrinks ∝ η (Richardson of two η leaves ≤ 1e-3 of ‖K‖)",
    (c) => {
      fc.pre(maxAbs(c.Sigma) > 0.05);
      const K = stationaryErrorConstants({ H: c.H, Sigma: c.Sigma });
      const lmax = Math.max(...c.lambdas);
      const scaled = (solve: typeof sme1StationaryCovariance, eta: number) => {
        const input = { H: c.H, Sigma: c.Sigma, eta };
        return add(solve(input), sgdStationaryCovariance(input), -1).map((row) =>
          row.map((v) => v / (eta * eta)),
        );
      };
      for (const [solve, k] of [
        [sme1StationaryCovariance, K.sme1],
        [sme2StationaryCovariance, K.sme2],
      ] as const) {
        const a = 0.004 / lmax;
        const ra = scaled(solve, a);
        const rb = scaled(solve, a / 2);
        // 2·r(η/2) − r(η) cancels the O(η) term.
        const limit = add(rb, add(rb, ra, -1));
        expect(
          maxAbsDiff(
            limit,
            k.map((row) => row.map((v) => -v)),
          ),
        ).toBeLessThan(1e-3 * maxAbs(k) + 1e-9);
      }
    },
  );

  test("bad input: η ≥ 2/λ_max and an H that is not positive definite", () => {
    expect(() => sgdStationaryVariance1d({ lambda: 4, noiseVariance: 1, eta: 0.5 })).toThrow(
      /eta = 0.5 must be < 2\/lambda_max = 0.5/,
    );
    expect(() =>
      sgdStationaryCovariance({
        H: [
          [1, 0],
          [0, 10],
        ],
        Sigma: identity(2),
        eta: 0.25,
      }),
    ).toThrow(/eta = 0.25 must be < 2\/lambda_max = 0.2/);
    expect(() =>
      sme1StationaryCovariance({
        H: [
          [1, 0],
          [0, -1],
        ],
        Sigma: identity(2),
        eta: 0.1,
      }),
    ).toThrow(/H must be positive definite/);
    expect(() => sme2StationaryVariance1d({ lambda: 0, noiseVariance: 1, eta: 0.1 })).toThrow(/lambda/);
  });
});
