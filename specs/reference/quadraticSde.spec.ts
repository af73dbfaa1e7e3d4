import { describe, expect, test } from "vitest";
import {
  add,
  identity,
  type Matrix,
  matMul,
  matVec,
  scale,
  symmetricEigen,
  symmetricFunction,
} from "../../src/linalg/dense.ts";
import {
  ouMomentTrajectory,
  QUADRATIC_SCHEMES,
  type QuadraticScheme,
  schemeDriftMatrix,
  schemeMomentTrajectory,
} from "../../src/reference/quadraticSde.ts";
import { ouStationaryCovariance } from "../../src/reference/stationaryVariance.ts";
import { maxAbs, maxAbsDiff, uniform } from "../support/matrices.ts";
import { fc, prop } from "../support/prop.ts";
import { quadraticCase } from "./quadraticArbitraries.ts";

/** Classical RK4 on dm/dt = −Am, dC/dt = −AC − CA + ηΣ (A symmetric), `n` equal steps up to t. */
function rk4Moments(A: Matrix, Sigma: Matrix, eta: number, x0: number[], C0: Matrix, t: number, n: number) {
  const h = t / n;
  const fm = (m: number[]) => matVec(A, m).map((v) => -v);
  const fC = (C: Matrix) => add(scale(add(matMul(A, C), matMul(C, A)), -1), Sigma, eta);
  let m = x0.slice();
  let C = C0;
  const axpy = (x: number[], y: number[], a: number) => x.map((xi, i) => xi + a * y[i]!);
  for (let s = 0; s < n; s++) {
    const k1 = fm(m);
    const k2 = fm(axpy(m, k1, h / 2));
    const k3 = fm(axpy(m, k2, h / 2));
    const k4 = fm(axpy(m, k3, h));
    m = m.map((mi, i) => mi + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
    const K1 = fC(C);
    const K2 = fC(add(C, K1, h / 2));
    const K3 = fC(add(C, K2, h / 2));
    const K4 = fC(add(C, K3, h));
    C = C.map((row, i) =>
      row.map((c, j) => c + (h / 6) * (K1[i]![j]! + 2 * K2[i]![j]! + 2 * K3[i]![j]! + K4[i]![j]!)),
    );
  }
  return { m, C };
}

describe("OU moments (SME-1, SME-2, gradient flow) on f = ½xᵀHx", () => {
  prop([quadraticCase({ lambdaMin: -1 }), uniform(0.01, 0.2), uniform(0.1, 2), fc.boolean()], {
    numRuns: 25,
  })(
    "closed form = RK4 integration of dC/dt = −AC − CA + ηΣ (any symmetric A, with or without C0)",
    (c, eta, t, withC0) => {
      const C0 = withC0 ? add(c.Sigma, identity(c.d), 0.3) : scale(c.Sigma, 0);
      const { means, covariances } = ouMomentTrajectory({
        A: c.H,
        Sigma: c.Sigma,
        x0: c.x0,
        noiseScale: eta,
        times: [t],
        C0,
      });
      // RK4 with h·|a|_max ≤ 2·5/2000 = 5e-3: global error ~ (h a)⁴·a t ≈ 1e-8 relative, far below the 1e-7 band.
      const rk = rk4Moments(c.H, c.Sigma, eta, c.x0, C0, t, 2000);
      const scaleC = Math.max(1e-200, maxAbs(rk.C));
      expect(maxAbsDiff(covariances[0]!, rk.C) / scaleC).toBeLessThan(1e-7);
      expect(maxAbsDiff([means[0]!], [rk.m]) / Math.max(...rk.m.map(Math.abs))).toBeLessThan(1e-7);
    },
  );

  prop([quadraticCase(), uniform(0, 3)])(
    "the mean is e^{−Ht}x0 (matrix exponential from the symmetric eigen-decomposition)",
    (c, t) => {
      const { means } = ouMomentTrajectory({ A: c.H, Sigma: c.Sigma, x0: c.x0, noiseScale: 0.1, times: [t] });
      const expected = matVec(
        symmetricFunction(c.H, (l) => Math.exp(-l * t)),
        c.x0,
      );
      expect(maxAbsDiff([means[0]!], [expected])).toBeLessThan(1e-12);
    },
  );

  test("small t: Cov_t = ηΣt(1 − at + …) to full relative precision (the expm1 path)", () => {
    const a = 2;
    const eta = 0.01;
    for (const t of [1e-12, 1e-9, 1e-6, 1e-3]) {
      const { covariances } = ouMomentTrajectory({
        A: [[a]],
        Sigma: [[1]],
        x0: [1],
        noiseScale: eta,
        times: [t],
      });
      // η(1 − e^{−2at})/(2a) = ηt(1 − at + (2/3)a²t² − …); the truncated series is exact to ~(at)³.
      const series = eta * t * (1 - a * t + (2 / 3) * (a * t) ** 2);
      expect(Math.abs(covariances[0]![0]![0]! / series - 1)).toBeLessThan(Math.max(4e-16, (a * t) ** 3));
    }
  });

  test("a zero drift eigenvalue gives Brownian growth ηΣt; t → ∞ gives the stationary law AC + CA = ηΣ", () => {
    const { covariances } = ouMomentTrajectory({
      A: [
        [0, 0],
        [0, 1],
      ],
      Sigma: [
        [2, 0],
        [0, 1],
      ],
      x0: [1, 1],
      noiseScale: 0.1,
      times: [3],
    });
    expect(covariances[0]![0]![0]).toBeCloseTo(0.1 * 2 * 3, 14);
    expect(covariances[0]![1]![1]).toBeCloseTo((0.1 * (1 - Math.exp(-6))) / 2, 14);
    const A = [
      [2, 0.5],
      [0.5, 1],
    ];
    const Sigma = [
      [1, 0.2],
      [0.2, 0.5],
    ];
    const late = ouMomentTrajectory({ A, Sigma, x0: [1, 1], noiseScale: 0.05, times: [60] });
    expect(maxAbsDiff(late.covariances[0]!, ouStationaryCovariance(A, Sigma, 0.05))).toBeLessThan(1e-15);
  });

  prop([quadraticCase(), uniform(0.001, 0.3)])(
    "each scheme declares its drift eigenvalues: spectrum of schemeDriftMatrix = driftEigenvalue(λ_i)",
    (c, eta) => {
      for (const scheme of ["sme1", "sme2", "gf"] as QuadraticScheme[]) {
        const { values } = symmetricEigen(schemeDriftMatrix(scheme, c.H, eta));
        const declared = c.lambdas
          .map((l) => QUADRATIC_SCHEMES[scheme].driftEigenvalue(l, eta))
          .sort((x, y) => x - y);
        values.forEach((v, i) => expect(v).toBeCloseTo(declared[i]!, 10));
      }
    },
  );

  prop([quadraticCase(), uniform(0.001, 0.3)])(
    "scheme trajectories on t_k = kη equal the generic OU with A = schemeDriftMatrix (GF: no noise)",
    (c, eta) => {
      const steps = 5;
      const times = Array.from({ length: steps + 1 }, (_, k) => k * eta);
      for (const scheme of ["sme1", "sme2", "gf"] as QuadraticScheme[]) {
        const viaScheme = schemeMomentTrajectory({ scheme, H: c.H, Sigma: c.Sigma, x0: c.x0, eta, steps });
        const generic = ouMomentTrajectory({
          A: schemeDriftMatrix(scheme, c.H, eta),
          Sigma: c.Sigma,
          x0: c.x0,
          noiseScale: QUADRATIC_SCHEMES[scheme].noisy ? eta : 0,
          times,
        });
        for (let k = 0; k <= steps; k++) {
          expect(maxAbsDiff([viaScheme.means[k]!], [generic.means[k]!])).toBeLessThan(1e-12);
          expect(maxAbsDiff(viaScheme.covariances[k]!, generic.covariances[k]!)).toBeLessThan(1e-13);
        }
        if (scheme === "gf") expect(maxAbs(viaScheme.covariances[steps]!)).toBe(0);
      }
    },
  );
});
