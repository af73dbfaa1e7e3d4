import { describe, expect, test } from "vitest";
import { type Matrix, matVec, scale, symmetricEigen } from "../../src/linalg/dense.ts";
import { gaussianExpectation } from "../../src/reference/gaussianExpectations.ts";
import { QUADRATIC_SCHEMES, schemeMomentTrajectory } from "../../src/reference/quadraticSde.ts";
import { sgdMomentTrajectory } from "../../src/reference/quadraticSgd.ts";
import type { TestFunction } from "../../src/reference/testFunction.ts";
import { quadraticWeakErrors, WEAK_ERROR_SCHEMES } from "../../src/reference/weakError.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { nextNormal } from "../../src/rng/ziggurat.ts";
import { uniform } from "../support/matrices.ts";
import { fc, prop } from "../support/prop.ts";
import { type QuadraticCase, quadraticCase } from "./quadraticArbitraries.ts";

/** THEORY.md §W reference values: λ = 1, s = 1, x0 = 1, T = 1, φ = x. */
const REFERENCE = {
  eta: [0.1, 0.05, 0.025, 0.0125, 0.00625],
  sme1: [1.92e-2, 9.394e-3, 4.647e-3, 2.311e-3, 1.153e-3],
  sme2: [1.259e-3, 3.105e-4, 7.713e-5, 1.922e-5, 4.798e-6],
};

const toFourDigits = (x: number) => Number(x.toPrecision(4));

/** ∇φ(x), for the first-order (in η) weak-error coefficient ∇φ(m(t))·c(t). */
function gradient(phi: TestFunction, x: number[]): number[] {
  const g = x.map(() => 0);
  switch (phi.kind) {
    case "coordinate":
      g[phi.i] = 1;
      break;
    case "square":
      g[phi.i] = 2 * x[phi.i]!;
      break;
    case "fourth":
      g[phi.i] = 4 * x[phi.i]! ** 3;
      break;
    case "product":
      g[phi.i]! += x[phi.j]!;
      g[phi.j]! += x[phi.i]!;
      break;
    case "cos": {
      const s = Math.sin(phi.omega.reduce((acc, w, i) => acc + w * x[i]!, 0));
      phi.omega.forEach((w, i) => {
        g[i] = -s * w;
      });
    }
  }
  return g;
}

/**
 * How much the SME-1 leading coefficient cancels. SGD's mean is e^{−Ht}x0 + η·c(t) + O(η²) with
 * c(t) = −(t/2)H²e^{−Ht}x0, while both covariances are O(η) and differ by O(η²); so the O(η) weak error is
 * a(t) = ∇φ(m(t))·c(t). Returns sup_t|a(t)| / sup_t(|∇φ(m(t))|·|c(t)|) ∈ [0, 1]: near 0 when ∇φ(m) ⟂ c along the
 * whole path (e.g. cos with ωᵀe^{−Ht}x0 ≡ 0), where SME-1 is accidentally of higher order for this φ.
 */
function sme1LeadingCoefficientRatio(c: QuadraticCase, phi: TestFunction, T: number): number {
  const { values, vectors } = symmetricEigen(c.H);
  const x0t = matVec(
    vectors.map((_, i) => vectors.map((row) => row[i]!)),
    c.x0,
  );
  let supA = 0;
  let supBound = 0;
  for (let n = 0; n <= 200; n++) {
    const t = (n / 200) * T;
    const m = matVec(
      vectors,
      x0t.map((x, a) => Math.exp(-values[a]! * t) * x),
    );
    const drift = matVec(
      vectors,
      x0t.map((x, a) => -0.5 * t * values[a]! ** 2 * Math.exp(-values[a]! * t) * x),
    );
    const g = gradient(phi, m);
    supA = Math.max(supA, Math.abs(g.reduce((s, gi, i) => s + gi * drift[i]!, 0)));
    supBound = Math.max(supBound, Math.hypot(...g) * Math.hypot(...drift));
  }
  return supBound === 0 ? 0 : supA / supBound;
}

const testFunctionFor = (c: QuadraticCase): fc.Arbitrary<TestFunction> =>
  fc.oneof(
    fc.integer({ min: 0, max: c.d - 1 }).map((i): TestFunction => ({ kind: "coordinate", i })),
    fc.integer({ min: 0, max: c.d - 1 }).map((i): TestFunction => ({ kind: "square", i })),
    fc
      .tuple(fc.integer({ min: 0, max: c.d - 1 }), fc.integer({ min: 0, max: c.d - 1 }))
      .map(([i, j]): TestFunction => ({ kind: "product", i, j })),
    fc.constant<TestFunction>({ kind: "cos", omega: c.omega }),
    fc.integer({ min: 0, max: c.d - 1 }).map((i): TestFunction => ({ kind: "fourth", i })),
  );

describe("exact weak errors on f = ½xᵀHx (W1, W2 references)", () => {
  test("reproduces THEORY.md's reference values (4 significant digits); the sup is attained at k = T/η", () => {
    REFERENCE.eta.forEach((eta, n) => {
      const r = quadraticWeakErrors({
        H: [[1]],
        Sigma: [[1]],
        x0: [1],
        eta,
        T: 1,
        phi: { kind: "coordinate", i: 0 },
      });
      expect(r.steps).toBe(Math.round(1 / eta));
      expect(toFourDigits(r.sme1.supError)).toBe(REFERENCE.sme1[n]);
      expect(toFourDigits(r.sme2.supError)).toBe(REFERENCE.sme2[n]);
      // On this case both definitions give the quoted numbers: |e_k| ∝ t e^{−t} peaks at t = 1 = T.
      expect(r.sme1.argmaxStep).toBe(r.steps);
      expect(r.sme2.argmaxStep).toBe(r.steps);
      expect(r.sme1.finalError).toBe(r.sme1.supError);
      // The mean does not see the noise: gradient flow has the same error as SME-1 for φ = x.
      expect(r.gf.supError).toBe(r.sme1.supError);
    });
  });

  test("sup and final-time errors differ when the peak of |e(t)| is inside the horizon (T = 3: peak at t ≈ 1/λ)", () => {
    const r = quadraticWeakErrors({
      H: [[1]],
      Sigma: [[1]],
      x0: [1],
      eta: 0.01,
      T: 3,
      phi: { kind: "coordinate", i: 0 },
    });
    expect(r.sme1.argmaxTime).toBeGreaterThan(0.9);
    expect(r.sme1.argmaxTime).toBeLessThan(1.1);
    expect(r.sme1.finalError).toBeLessThan(0.5 * r.sme1.supError);
  });

  prop([uniform(0.2, 5), uniform(0.3, 3), uniform(-2, 2).filter((x) => Math.abs(x) > 0.1)], {
    numRuns: 30,
  })("final-time SME-1 error / η → (λ²T/2)e^{−λT}|x0| (1-D, φ = x)", (lambda, T, x0) => {
    const leading = ((lambda * lambda * T) / 2) * Math.exp(-lambda * T) * Math.abs(x0);
    for (const K of [1_000, 4_000]) {
      const eta = T / K;
      const r = quadraticWeakErrors({
        H: [[lambda]],
        Sigma: [[0.5]],
        x0: [x0],
        eta,
        T,
        phi: { kind: "coordinate", i: 0 },
      });
      // Expanding (1−ηλ)^{T/η} = e^{−λT}(1 − ηλ²T/2 + η²(λ⁴T²/8 − λ³T/3) + …): the relative correction is
      // ηλ(2/3 − λT/4) + O(η²), below ηλ(1 + λT) at these ηλ ≤ 0.017.
      expect(Math.abs(r.sme1.finalError / eta / leading - 1)).toBeLessThan(eta * lambda * (1 + lambda * T));
    }
  });

  prop([quadraticCase(), uniform(0.005, 0.2), fc.integer({ min: 1, max: 30 })], { numRuns: 30 })(
    "the projected evaluation equals E φ of the full moment trajectories, for every φ and scheme",
    (c, eta, steps) => {
      const phis: TestFunction[] = [
        { kind: "coordinate", i: c.d - 1 },
        { kind: "square", i: 0 },
        { kind: "product", i: 0, j: c.d - 1 },
        { kind: "cos", omega: c.omega },
        { kind: "fourth", i: c.d - 1 },
      ];
      const sgd = sgdMomentTrajectory({ H: c.H, Sigma: c.Sigma, x0: c.x0, eta, steps });
      const sdes = WEAK_ERROR_SCHEMES.map((scheme) =>
        schemeMomentTrajectory({ scheme, H: c.H, Sigma: c.Sigma, x0: c.x0, eta, steps }),
      );
      for (const phi of phis) {
        const r = quadraticWeakErrors({ H: c.H, Sigma: c.Sigma, x0: c.x0, eta, T: steps * eta, phi });
        for (let k = 0; k <= steps; k++) {
          const full = gaussianExpectation(phi, sgd.means[k]!, sgd.covariances[k]!);
          // Values are O(1)–O(100) (x⁴ with |x| ≤ 3.5): 1e-12 relative is round-off.
          expect(Math.abs(r.sgd[k]! - full)).toBeLessThan(1e-12 * Math.max(1, Math.abs(full)));
          WEAK_ERROR_SCHEMES.forEach((scheme, s) => {
            const fullSde = gaussianExpectation(phi, sdes[s]!.means[k]!, sdes[s]!.covariances[k]!);
            expect(Math.abs(r[scheme].expectations[k]! - fullSde)).toBeLessThan(
              1e-12 * Math.max(1, Math.abs(fullSde)),
            );
          });
        }
      }
    },
  );

  prop([quadraticCase(), uniform(0.005, 0.2)], { numRuns: 20 })(
    "zero noise: SME-1 and gradient flow coincide for every φ (the SDE differs from the ODE only through Σ)",
    (c, eta) => {
      const zero = scale(c.Sigma, 0);
      for (const phi of [{ kind: "square", i: 0 } as const, { kind: "cos", omega: c.omega } as const]) {
        const r = quadraticWeakErrors({ H: c.H, Sigma: zero, x0: c.x0, eta, T: 20 * eta, phi });
        expect(Array.from(r.sme1.signedErrors)).toEqual(Array.from(r.gf.signedErrors));
      }
    },
  );

  prop([quadraticCase().chain((c) => fc.record({ c: fc.constant(c), phi: testFunctionFor(c) }))], {
    numRuns: 50,
  })(
    "weak order: err(η)/err(η/2) → 2 for SME-1 and gradient flow, → 4 for SME-2 (sup over k ≤ T/η)",
    ({ c, phi }) => {
      // Two small parameters control the expansion err = aη + bη² + …: ηλ_max (discretisation of the drift) and the
      // noise-to-signal rate ‖Σ‖/(λ_min|x0|²) (the covariance enters SME-1's error only at O(η²) and competes with
      // the O(η) mean error). With ν the larger rate, the coarsest grid has ην = 0.02.
      const lambdaMin = Math.min(...c.lambdas);
      const lambdaMax = Math.max(...c.lambdas);
      const sigmaNorm = symmetricEigen(c.Sigma).values.at(-1)!;
      const nu = Math.max(lambdaMax, sigmaNorm / (lambdaMin * c.x0.reduce((s, x) => s + x * x, 0)));
      const eta0 = 0.02 / nu;
      const T = Math.max(1, Math.round(1 / eta0)) * eta0; // ≈ 1, on every grid below
      fc.pre(sme1LeadingCoefficientRatio(c, phi, T) >= 0.2);
      const errors = [64, 128].map((h) =>
        quadraticWeakErrors({ H: c.H, Sigma: c.Sigma, x0: c.x0, eta: eta0 / h, T, phi }),
      );
      const ratio = (scheme: "sme1" | "sme2" | "gf") =>
        errors[0]![scheme].supError / errors[1]![scheme].supError;
      // The ratio is 2^p(1 + (b/2a)η + O(η²)); at ην = 0.02/128 (the pair asserted) that is within ±10% when
      // |b/a| ≤ 2500ν. A coarser pair (ην = 0.005) failed for FC_SEED=21: a cos φ whose O(η) term nearly cancels
      // at t = T, so the sup jumps from t = 1 to t ≈ 0.4 as η shrinks and the ratio is 1.44 there, 1.95 here.
      const band = (p: number) => [2 ** p * 0.9, 2 ** p * 1.1] as const;
      for (const scheme of WEAK_ERROR_SCHEMES) {
        const [lo, hi] = band(QUADRATIC_SCHEMES[scheme].weakOrder);
        expect(ratio(scheme)).toBeGreaterThan(lo);
        expect(ratio(scheme)).toBeLessThan(hi);
      }
    },
  );

  test("SGD's E cos(ωx_k) matches a Monte Carlo estimate (1-D, Gaussian noise, 10 steps)", () => {
    const lambda = 1.5;
    const s = 0.8;
    const eta = 0.1;
    const omega = 2;
    const r = quadraticWeakErrors({
      H: [[lambda]],
      Sigma: [[s * s]],
      x0: [1.2],
      eta,
      T: 1,
      phi: { kind: "cos", omega: [omega] },
    });
    const rng = Xoshiro128.fromName("spec/reference/weakError/monte-carlo");
    const n = 50_000;
    let sum = 0;
    let sum2 = 0;
    for (let p = 0; p < n; p++) {
      let x = 1.2;
      for (let k = 0; k < 10; k++) x -= eta * (lambda * x + s * nextNormal(rng));
      const v = Math.cos(omega * x);
      sum += v;
      sum2 += v * v;
    }
    const mean = sum / n;
    const se = Math.sqrt((sum2 / n - mean * mean) / n);
    // 5 SE: false-fail rate < 1e-6 (fixed seed, so deterministic in practice).
    expect(Math.abs(mean - r.sgd[10]!)).toBeLessThan(5 * se);
  });

  test("bad input: T/η not an integer, φ out of range, η ≤ 0", () => {
    const base = { H: [[1]] as Matrix, Sigma: [[1]] as Matrix, x0: [1], eta: 0.1, T: 1 };
    const phi: TestFunction = { kind: "coordinate", i: 0 };
    expect(() => quadraticWeakErrors({ ...base, eta: 0.3, phi })).toThrow(
      /T\/eta must be an integer number of steps/,
    );
    // 0.3/0.1 = 2.9999999999999996 in floating point: within 1e-9 relative, so it is 3 steps.
    expect(quadraticWeakErrors({ ...base, T: 0.3, phi }).steps).toBe(3);
    expect(() => quadraticWeakErrors({ ...base, phi: { kind: "square", i: 1 } })).toThrow(/phi.i/);
    expect(() => quadraticWeakErrors({ ...base, phi: { kind: "cos", omega: [1, 2] } })).toThrow(/phi.omega/);
    expect(() => quadraticWeakErrors({ ...base, eta: -0.1, phi })).toThrow(/eta must be a finite number > 0/);
  });
});
