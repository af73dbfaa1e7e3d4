/**
 * Monte-Carlo weak errors with common random numbers (src/experiments/weak/coupledWeakErrors.ts), checked where an
 * exact answer exists and measured where claim W1 needs them:
 *
 * 1. quadratic, 2-D, anisotropic Σ: every MC error lies in its interval around the exact Gaussian error
 *    (reference/weakError.ts), for SME-1 at three η and two times, and for SME-2 at the largest η;
 * 2. the SDE reference's own discretisation (Heun, m substeps) is ≤ 1% of every error, exactly on the quadratic
 *    (Heun's moments are a linear recursion there) and for the drift part on the polynomial;
 * 3. 1-D double well: MC errors agree with the deterministic grid reference (reference/grid);
 * 4. W1 on a 2-D nonconvex polynomial: the order-1 slope with half-width ≤ 0.08 inside [0.9, 1.1] for x₀, x₀²,
 *    cos(x₀ + x₁), x₀x₁ from one set of paths, within the time budget;
 * 5. SME-2 on the same polynomial: resolvable above the noise floor, and how the SD of the coupled difference
 *    scales with η (it sets what an order-2 Monte-Carlo fit costs);
 * 6. bit-identical results for 1 and 2 workers, and one-line errors for bad arguments.
 *
 * Seeds (stream names) are fixed, so every check is deterministic; intervals use a Bonferroni split of
 * α = 1e-3 per group, so a fresh seed would fail a group with probability ≤ 1e-3.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type CoupledWeakErrorSpec,
  type CoupledWeakErrors,
  coupledWeakErrors,
  defaultSubsteps,
} from "../../../src/experiments/weak/coupledWeakErrors.ts";
import { landscapeFromSpec } from "../../../src/landscapes/fromSpec.ts";
import type { LandscapeSpec } from "../../../src/landscapes/landscape.ts";
import type { Matrix } from "../../../src/linalg/dense.ts";
import type { NoiseSpec } from "../../../src/noise/noise.ts";
import { WorkerPool } from "../../../src/parallel/pool.ts";
import { GAUSSIAN_NOISE, gridWeakErrors, landscape1d } from "../../../src/reference/grid/index.ts";
import { heunLinearExpectation } from "../../../src/reference/heunMoments.ts";
import { schemeDriftMatrix } from "../../../src/reference/quadraticSde.ts";
import { evaluateTestFunction, type TestFunction } from "../../../src/reference/testFunction.ts";
import { quadraticWeakErrors } from "../../../src/reference/weakError.ts";
import { Xoshiro128 } from "../../../src/rng/xoshiro128.ts";
import { coupledPaths } from "../../../src/simulate/coupledPaths.ts";
import type { SdeModel } from "../../../src/simulate/sdeSchemes.ts";
import { normalQuantile } from "../../../src/stats/quantiles.ts";

/** Two-sided Bonferroni z for `comparisons` checks sharing a family α of 1e-3. */
const bonferroniZ = (comparisons: number) => normalQuantile(1 - 1e-3 / (2 * comparisons));

const X0: TestFunction = { kind: "coordinate", i: 0 };
const X0_SQUARED: TestFunction = { kind: "square", i: 0 };
const COS: TestFunction = { kind: "cos", omega: [1, 1] };
const PRODUCT: TestFunction = { kind: "product", i: 0, j: 1 };
const TESTS_2D = [X0, X0_SQUARED, COS, PRODUCT];

/** f = x⁴/4 − x²/2 + y²/2 + xy/2: minima at ±(√5/2, −√5/4), a saddle at 0; curvature up to ≈ 2.75 on the path. */
const POLYNOMIAL: LandscapeSpec = {
  kind: "polynomial",
  dim: 2,
  terms: [
    { c: 0.25, p: [4, 0] },
    { c: -0.5, p: [2, 0] },
    { c: 0.5, p: [0, 2] },
    { c: 0.5, p: [1, 1] },
  ],
};
const ANISOTROPIC: NoiseSpec = {
  kind: "covariance",
  Sigma: [
    [1, 0.3],
    [0.3, 0.5],
  ],
};
const POLY_X0 = [0.5, 1];

let pool: WorkerPool;
beforeAll(() => {
  pool = new WorkerPool(2);
});
afterAll(async () => {
  await pool.close();
});

/** E φ at T of stochastic Heun (as coupledPaths runs it) on the quadratic: the integrator's bias, exactly. */
function heunExpectation(
  H: Matrix,
  Sigma: Matrix,
  x0: number[],
  eta: number,
  T: number,
  m: number,
  model: "sme1" | "sme2",
  phi: TestFunction,
): number {
  const A = schemeDriftMatrix(model, H, eta);
  return heunLinearExpectation({ A, Sigma, x0, eta, steps: Math.round(T / eta), substeps: m }, phi);
}

/** φ at time T of the noiseless model path (Heun, m substeps): what is left of the SDE when σ = 0. */
function noiselessPath(landscape: LandscapeSpec, x0: number[], eta: number, T: number, m: number) {
  const steps = Math.round(T / eta);
  const r = coupledPaths({
    landscape: landscapeFromSpec(landscape),
    noise: null,
    x0,
    eta,
    steps,
    substeps: m,
    models: ["sme1", "sme2"],
    particles: 1,
    rng: Xoshiro128.fromName("unused: no noise"),
    checkpoints: [steps],
  });
  return (model: "sme1" | "sme2", phi: TestFunction) => evaluateTestFunction(phi, r.sde[model]![0]!);
}

/** Least-squares slope of log y on log x (how the SD of the coupled difference scales with η). */
function logLogSlope(x: number[], y: number[]): number {
  const u = x.map(Math.log);
  const v = y.map(Math.log);
  const mu = u.reduce((s, a) => s + a, 0) / u.length;
  const mv = v.reduce((s, a) => s + a, 0) / v.length;
  let sxy = 0;
  let sxx = 0;
  u.forEach((a, i) => {
    sxy += (a - mu) * (v[i]! - mv);
    sxx += (a - mu) ** 2;
  });
  return sxy / sxx;
}

const tests = (r: CoupledWeakErrors, model: SdeModel) => r.models.find((m) => m.model === model)!.tests;

describe("quadratic 2-D, anisotropic Σ: Monte Carlo agrees with the exact Gaussian weak errors", () => {
  const H = [
    [2, 0.5],
    [0.5, 0.5],
  ];
  const Sigma = [
    [1, 0.4],
    [0.4, 0.3],
  ];
  const x0 = [1, -1];
  const etas = [0.1, 0.05, 0.025];
  const times = [0.5, 1];
  let r: CoupledWeakErrors;
  beforeAll(async () => {
    r = await coupledWeakErrors(pool, {
      landscape: { kind: "quadratic", H },
      noise: { kind: "covariance", Sigma },
      x0,
      T: 1,
      etas,
      times,
      models: ["sme1", "sme2"],
      tests: TESTS_2D,
      particles: 4000,
      stream: "spec/coupledWeakErrors/quadratic",
      alpha: 1e-3,
    });
  });
  // 3 η × 2 times × 4 φ for SME-1, 2 times × 4 φ for SME-2 at the largest η.
  const z = bonferroniZ(32);
  const exact = (eta: number, phi: TestFunction) => quadraticWeakErrors({ H, Sigma, x0, eta, T: 1, phi });

  test("SME-1: every estimate (3 η × t ∈ {0.5, 1} × 4 φ) lies within z·SE of the exact error", () => {
    expect(r.substeps).toBe(defaultSubsteps(["sme1", "sme2"]));
    tests(r, "sme1").forEach((t) => {
      etas.forEach((eta, j) => {
        const ref = exact(eta, t.test).sme1.signedErrors;
        times.forEach((time, c) => {
          const e = ref[Math.round(time / eta)]!;
          expect(Math.abs(t.timeErrors[j]![c]! - e)).toBeLessThan(z * t.timeSes[j]![c]!);
          // Resolved, so the agreement is not vacuous: the interval excludes 0 by a wide margin.
          expect(Math.abs(e)).toBeGreaterThan(10 * t.timeSes[j]![c]!);
        });
      });
    });
  });

  test("SME-2 at the largest η (0.1): resolved above 3·SE at T, and within z·SE of the exact error", () => {
    tests(r, "sme2").forEach((t) => {
      // At T the SE is 4–14% of the error; at t = 0.5 up to 34% (x₀², whose error passes near 0 there).
      expect(Math.abs(t.errors[0]!)).toBeGreaterThan(3 * t.ses[0]!);
      const ref = exact(0.1, t.test).sme2.signedErrors;
      times.forEach((time, c) => {
        const e = ref[Math.round(time / 0.1)]!;
        expect(Math.abs(t.timeErrors[0]![c]! - e)).toBeLessThan(z * t.timeSes[0]![c]!);
      });
    });
  });

  test("coupling pays: independent sampling would need ≥ 50× the particles (≈ 100–4000× measured)", () => {
    for (const m of r.models)
      for (const t of m.tests) {
        t.varianceReduction.forEach((v) => expect(v).toBeGreaterThan(50));
        // The reported ratio is the one its own SEs give.
        t.varianceReduction.forEach((v, j) =>
          expect(v).toBeCloseTo((t.independentSes[j]! / t.ses[j]!) ** 2, 9),
        );
      }
  });

  test("errors are those at T by default; sup is the larger of the recorded times", () => {
    for (const m of r.models)
      for (const t of m.tests)
        etas.forEach((_, j) => {
          expect(t.errors[j]).toBe(t.timeErrors[j]![1]);
          expect(t.supErrors[j]).toBe(Math.max(...t.timeErrors[j]!.map(Math.abs)));
          expect(times).toContain(t.supTimes[j]);
        });
  });
});

describe("substeps: the SDE reference's own (Heun) error is ≤ 1% of the weak error it is compared with", () => {
  const H = [
    [2, 0.5],
    [0.5, 0.5],
  ];
  const Sigma = [
    [1, 0.4],
    [0.4, 0.3],
  ];
  const x0 = [1, -1];

  test.each([
    ["sme1", defaultSubsteps(["sme1"])],
    ["sme2", defaultSubsteps(["sme2"])],
  ] as const)("quadratic, exact Heun moments: %s at m = %d, η = 0.1 … 0.0125, all φ", (model, m) => {
    for (const eta of [0.1, 0.05, 0.025, 0.0125])
      for (const phi of TESTS_2D) {
        const ref = quadraticWeakErrors({ H, Sigma, x0, eta, T: 1, phi });
        const error = Math.abs(ref[model].signedErrors[ref.steps]!);
        const heun = heunExpectation(H, Sigma, x0, eta, 1, m, model, phi);
        const finer = heunExpectation(H, Sigma, x0, eta, 1, 2 * m, model, phi);
        // Measured worst cases: 0.53% (SME-1, η = 0.1, cos) and 0.23% (SME-2, η = 0.1, x₀).
        expect(Math.abs(heun - ref[model].expectations[ref.steps]!)).toBeLessThan(0.01 * error);
        // What a run at 2m would change — the brief's operational criterion.
        expect(Math.abs(heun - finer)).toBeLessThan(0.01 * error);
      }
  });

  test("SME-2 needs the larger m: at m = 4 its Heun bias exceeds 1% of its error (ratio ≈ K/m², η-free)", () => {
    const ref = quadraticWeakErrors({ H, Sigma, x0, eta: 0.025, T: 1, phi: X0 });
    const error = Math.abs(ref.sme2.signedErrors[ref.steps]!);
    const bias = heunExpectation(H, Sigma, x0, 0.025, 1, 4, "sme2", X0) - ref.sme2.expectations[ref.steps]!;
    expect(Math.abs(bias)).toBeGreaterThan(0.01 * error);
  });
});

describe("1-D double well: Monte Carlo agrees with the deterministic grid reference", () => {
  const etas = [0.05, 0.025, 0.0125];
  const tests1d: TestFunction[] = [
    { kind: "coordinate", i: 0 },
    { kind: "square", i: 0 },
    { kind: "cos", omega: [2] },
  ];
  let r: CoupledWeakErrors;
  beforeAll(async () => {
    r = await coupledWeakErrors(pool, {
      landscape: { kind: "double-well" },
      noise: { kind: "isotropic", sigma: 1 },
      x0: [0.5],
      T: 1,
      etas,
      models: ["sme1", "gf"],
      tests: tests1d,
      particles: 4000,
      stream: "spec/coupledWeakErrors/double-well",
      alpha: 1e-3,
    });
  });

  test("SME-1 and gradient flow, 3 η × {x, x², cos 2x}: |MC − grid| ≤ z·SE", () => {
    const z = bonferroniZ(18);
    const landscape = landscape1d(landscapeFromSpec({ kind: "double-well" }));
    etas.forEach((eta, j) => {
      const steps = Math.round(1 / eta);
      const grid = gridWeakErrors({
        landscape,
        noiseScale: 1,
        sgdNoise: GAUSSIAN_NOISE,
        x0: 0.5,
        eta,
        horizon: 1,
        tests: tests1d,
        models: ["sme1", "gf"],
        checkpoints: [steps],
      });
      for (const model of ["sme1", "gf"] as const)
        tests(r, model).forEach((t, k) => {
          const e = grid.errors[model]!.signed[k]![0]!;
          expect(Math.abs(t.errors[j]! - e)).toBeLessThan(z * t.ses[j]!);
        });
    });
  });

  test("the coupling helps SME-1 (VR ≥ 10³) but not gradient flow, whose path is deterministic (VR = 1)", () => {
    tests(r, "sme1").forEach((t) => t.varianceReduction.forEach((v) => expect(v).toBeGreaterThan(1e3)));
    tests(r, "gf").forEach((t) => t.varianceReduction.forEach((v) => expect(v).toBeCloseTo(1, 9)));
  });
});

describe("W1 on a 2-D nonconvex polynomial (f = x⁴/4 − x²/2 + y²/2 + xy/2, x0 = (0.5, 1), T = 1)", () => {
  // Geometric grid η = 1/50 … 1/800 (ratio ≈ 1.59). The wider 1/20 … 1/333 of the brief is pre-asymptotic here:
  // e(η) ≈ C₁η(1 − 8η) for x₀, local slopes fall to ≈ 0.4 at the large-η end, and the resolved curvature
  // (χ²/df ≈ 30–100) pushes the x₀ and x₀² intervals below 0.9. Shifting the grid costs 2.5× the steps.
  const etas = [50, 79, 126, 200, 317, 504, 800].map((k) => 1 / k);
  const alpha = 1e-3 / TESTS_2D.length;
  let r: CoupledWeakErrors;
  let seconds: number;
  beforeAll(async () => {
    const start = performance.now();
    r = await coupledWeakErrors(pool, {
      landscape: POLYNOMIAL,
      noise: ANISOTROPIC,
      x0: POLY_X0,
      T: 1,
      etas,
      models: ["sme1"],
      tests: TESTS_2D,
      particles: 1000,
      stream: "spec/coupledWeakErrors/W1-polynomial",
      alpha,
    });
    seconds = (performance.now() - start) / 1000;
    for (const t of tests(r, "sme1"))
      console.log(
        JSON.stringify({
          phi: t.label,
          slope: +t.fit.slope.toFixed(4),
          interval: t.fit.interval.map((v) => +v.toFixed(4)),
          halfWidth: +((t.fit.interval[1] - t.fit.interval[0]) / 2).toFixed(4),
          reducedChi2: +t.fit.reducedChi2.toFixed(2),
          errors: t.errors.map((e) => +e.toPrecision(4)),
          relativeSe: t.ses.map((s, j) => +(s / Math.abs(t.errors[j]!)).toPrecision(2)),
          varianceReduction: t.varianceReduction.map((v) => +v.toPrecision(3)),
          seconds: +seconds.toFixed(2),
        }),
      );
  });

  test("every φ: all 7 η resolved, slope interval ⊂ [0.9, 1.1] with half-width ≤ 0.08", () => {
    for (const t of tests(r, "sme1")) {
      expect(t.fit.status).toBe("ok");
      expect(t.fit.used).toHaveLength(etas.length);
      expect(t.fit.interval[0]).toBeGreaterThan(0.9);
      expect(t.fit.interval[1]).toBeLessThan(1.1);
      expect((t.fit.interval[1] - t.fit.interval[0]) / 2).toBeLessThanOrEqual(0.08);
    }
  });

  test("the four test functions share one set of paths: 1000 particles × 7 η in ≲ 15 s on 2 workers", () => {
    // ≈ 4 s measured; the bound leaves room for a loaded machine.
    expect(seconds).toBeLessThan(30);
  });

  test("variance reduction ≥ 10⁴ at every η, growing as η shrinks (the coupled SD falls faster than √η)", () => {
    for (const t of tests(r, "sme1")) {
      t.varianceReduction.forEach((v) => expect(v).toBeGreaterThan(1e4));
      t.varianceReduction.forEach((v, j) => j > 0 && expect(v).toBeGreaterThan(t.varianceReduction[j - 1]!));
    }
  });

  test("the noiseless part of Heun's bias (m = 4 vs 64) is ≤ 1% of every error in the fit", () => {
    etas.forEach((eta, j) => {
      const coarse = noiselessPath(POLYNOMIAL, POLY_X0, eta, 1, r.substeps);
      const fine = noiselessPath(POLYNOMIAL, POLY_X0, eta, 1, 16 * r.substeps);
      for (const t of tests(r, "sme1"))
        expect(Math.abs(coarse("sme1", t.test) - fine("sme1", t.test))).toBeLessThan(
          0.01 * Math.abs(t.errors[j]!),
        );
    });
  });
});

describe("SME-2 (order 2) by Monte Carlo on the same polynomial", () => {
  // The brief's grid 1/20 … 1/333 (the SME-2 errors are 1e-3 … 3e-6 there).
  const etas = [20, 32, 51, 82, 130, 209, 333].map((k) => 1 / k);
  let r: CoupledWeakErrors;
  beforeAll(async () => {
    r = await coupledWeakErrors(pool, {
      landscape: POLYNOMIAL,
      noise: ANISOTROPIC,
      x0: POLY_X0,
      T: 1,
      etas,
      models: ["sme2"],
      tests: TESTS_2D,
      particles: 1000,
      stream: "spec/coupledWeakErrors/W2-polynomial",
      alpha: 1e-3 / TESTS_2D.length,
    });
    for (const t of tests(r, "sme2"))
      console.log(
        JSON.stringify({
          phi: t.label,
          status: t.fit.status,
          used: t.fit.used.length,
          slope: +t.fit.slope.toFixed(3),
          interval: t.fit.interval.map((v) => +v.toFixed(3)),
          errors: t.errors.map((e) => +e.toPrecision(3)),
          relativeSe: t.ses.map((s, j) => +(s / Math.abs(t.errors[j]!)).toPrecision(2)),
          sdExponent: +logLogSlope(
            etas,
            t.ses.map((s) => s * Math.sqrt(r.particles)),
          ).toFixed(3),
        }),
      );
  });

  test("x₀, x₀², cos: every η resolved above 3·SE with 1000 particles; the slope is ≈ 2 (within ±0.3)", () => {
    expect(r.substeps).toBe(16);
    for (const t of tests(r, "sme2").slice(0, 3)) {
      expect(t.fit.used).toHaveLength(etas.length);
      expect(Math.abs(t.fit.slope - 2)).toBeLessThan(0.3);
    }
  });

  test("the SD of the coupled difference scales like η^1.5 or faster, not η: SME-2's relative SE grows slowly", () => {
    // Pathwise, SGD − SDE = η·(drift defect along the path) + √η·η (within-step Brownian fluctuations): both
    // spread as η^{3/2} because the noise itself is √η. So relSE(SME-2) ∝ η^{-1/2} at worst.
    for (const t of tests(r, "sme2")) {
      const sd = t.ses.map((s) => s * Math.sqrt(r.particles));
      expect(logLogSlope(etas, sd)).toBeGreaterThan(1.3);
    }
  });

  test("the noiseless part of Heun's bias (m = 16 vs 256) is ≤ 1% of every SME-2 error in the fit", () => {
    etas.forEach((eta, j) => {
      const coarse = noiselessPath(POLYNOMIAL, POLY_X0, eta, 1, r.substeps);
      const fine = noiselessPath(POLYNOMIAL, POLY_X0, eta, 1, 16 * r.substeps);
      for (const t of tests(r, "sme2"))
        if (t.fit.used.includes(j))
          expect(Math.abs(coarse("sme2", t.test) - fine("sme2", t.test))).toBeLessThan(
            0.01 * Math.abs(t.errors[j]!),
          );
    });
  });
});

describe("reproducibility and bad arguments", () => {
  const small: CoupledWeakErrorSpec = {
    landscape: POLYNOMIAL,
    noise: ANISOTROPIC,
    x0: POLY_X0,
    T: 1,
    etas: [0.1, 0.05],
    times: [0.5, 1],
    models: ["sme1", "sme2", "gf"],
    tests: TESTS_2D,
    particles: 700,
    blockSize: 100,
    stream: "spec/coupledWeakErrors/repro",
    alpha: 0.01,
  };

  test("1 and 2 workers give bit-identical results (blocks own their streams, folded in block order)", async () => {
    const one = new WorkerPool(1);
    try {
      const a = await coupledWeakErrors(one, small);
      const b = await coupledWeakErrors(pool, small);
      expect(b).toEqual(a);
      expect(b.models[0]!.tests[0]!.timeErrors.flat().every(Number.isFinite)).toBe(true);
    } finally {
      await one.close();
    }
  });

  test("an η's numbers do not depend on the rest of the grid; another stream gives other numbers", async () => {
    const both = await coupledWeakErrors(pool, small);
    const alone = await coupledWeakErrors(pool, { ...small, etas: [0.05] });
    const other = await coupledWeakErrors(pool, { ...small, etas: [0.05], stream: "spec/other" });
    both.models.forEach((m, mi) =>
      m.tests.forEach((t, k) => {
        expect(alone.models[mi]!.tests[k]!.timeErrors[0]).toEqual(t.timeErrors[1]);
        expect(other.models[mi]!.tests[k]!.timeErrors[0]).not.toEqual(t.timeErrors[1]);
      }),
    );
  });

  test('fitOn "sup" fits max over the recorded times of |error|, with the SE at the maximising time', async () => {
    const r = await coupledWeakErrors(pool, { ...small, fitOn: "sup" });
    for (const m of r.models)
      for (const t of m.tests) {
        expect(t.errors.map(Math.abs)).toEqual(t.supErrors);
        expect(t.ses).toEqual(t.supSes);
        t.supTimes.forEach((time, j) =>
          expect(t.errors[j]).toBe(t.timeErrors[j]![small.times!.indexOf(time)]),
        );
      }
  });

  test.each([
    [{ particles: 1 }, /particles: must be an integer ≥ 2/],
    [{ etas: [] }, /etas: must be a non-empty array/],
    [{ etas: [0.3] }, /etas\[0\]: 1\/η = .* is not a whole number of steps/],
    [{ etas: [0.1, 0.1] }, /etas: has repeated values/],
    [{ etas: [-0.1] }, /etas\[0\]: must be a finite number in \(0, T/],
    [{ models: ["sde"] }, /models\[0\]: unknown model "sde"/],
    [{ models: [] }, /models: must be a non-empty array/],
    [{ tests: [{ kind: "coordinate", i: 2 }] }, /tests\[0\]: .*coordinate in \[0, 1\]/],
    [{ tests: [] }, /tests: must be a non-empty array/],
    [{ x0: [0.5] }, /x0: must be 2 finite numbers/],
    [{ noise: null }, /noise: is required/],
    [{ landscape: { kind: "nope" } }, /landscape.kind: unknown kind "nope"/],
    [{ times: [0.5] }, /times: must end at the horizon T = 1/],
    [{ times: [1, 0.5] }, /times: must be strictly increasing/],
    [{ times: [0.55, 1] }, /times\[0\] \(η = etas\[0\]\): .* not a whole number of steps/],
    [{ alpha: 0 }, /alpha: must be in \(0, 1\)/],
    [{ substeps: 0 }, /substeps: must be a positive integer/],
    [{ blockSize: 2.5 }, /blockSize: must be a positive integer/],
    [{ stream: "" }, /stream: must be a non-empty stream name/],
    [{ T: Number.NaN }, /T: must be a finite number > 0/],
    [{ fitOn: "max" }, /fitOn: must be "final" or "sup"/],
  ])("rejects %o with a message naming the field", async (patch, message) => {
    await expect(
      coupledWeakErrors(pool, { ...small, ...(patch as object) } as CoupledWeakErrorSpec),
    ).rejects.toThrow(message);
  });

  test("SGD beyond its stability limit is reported, not averaged into NaN", async () => {
    await expect(
      coupledWeakErrors(pool, {
        ...small,
        landscape: { kind: "double-well" },
        noise: { kind: "isotropic", sigma: 1 },
        x0: [3],
        T: 5,
        etas: [0.5],
        times: undefined,
        tests: [{ kind: "coordinate", i: 0 }],
        models: ["sme1"],
      }),
    ).rejects.toThrow(/SGD diverged at η = 0.5/);
  });
});
