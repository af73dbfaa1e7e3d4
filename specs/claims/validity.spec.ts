import { describe, expect, test } from "vitest";
import { validityMap } from "../../src/experiments/validity/validityMap.ts";
import {
  ouLagAutocorrelation,
  sgdLagOneAutocorrelation,
  sgdStationaryVariance,
  sgdVarianceAfter,
  sme1StationaryVarianceAt,
  sme2StationaryVarianceAt,
  svagCoefficients,
  svagStationaryVariance,
} from "../../src/reference/largeStep.ts";
import { cliSandbox, expectConfigRefused } from "../support/cli.ts";
import { fc, prop } from "../support/prop.ts";

/** V4's exact references against THEORY.md's quoted values and the recursions they solve; V4's bad input. */
describe("large step sizes on a quadratic (V4 references)", () => {
  test("THEORY.md V4: SVAG's stationary variance at ηh = 1 (σ = h = η = 1) is 1.000, 0.667, 0.571, 0.533 for l = 1, 2, 4, 8; SDE 0.5", () => {
    const p = { h: 1, sigma: 1, eta: 1 };
    expect([1, 2, 4, 8].map((l) => +svagStationaryVariance(p, l).toFixed(3))).toEqual([
      1, 0.667, 0.571, 0.533,
    ]);
    expect(sme1StationaryVarianceAt(p)).toBe(0.5);
    expect(sme2StationaryVarianceAt(p)).toBeCloseTo(1 / 3, 15);
  });

  prop([
    fc.double({ min: 0.01, max: 3, noNaN: true }),
    fc.double({ min: 0.1, max: 3, noNaN: true }),
    fc.integer({ min: 0, max: 60 }),
  ])(
    "Var x_k solves c_{k+1} = (1 − ηh)²c_k + η²σ² (any ηh, including the divergent ηh > 2)",
    (etaH, sigma, k) => {
      const p = { h: 1.7, sigma, eta: etaH / 1.7 };
      const c = sgdVarianceAfter(p, k);
      const next = (1 - etaH) ** 2 * c + (p.eta * sigma) ** 2;
      expect(Math.abs(sgdVarianceAfter(p, k + 1) - next)).toBeLessThanOrEqual(1e-9 * Math.max(1, next));
    },
  );

  prop([fc.double({ min: 0.05, max: 1.95, noNaN: true })])(
    "the stationary variance is the recursion's limit and the fixed point; lag-one autocorrelation 1 − ηh, OU's e^{−ηh} > 0",
    (etaH) => {
      const p = { h: 1, sigma: 1.3, eta: etaH };
      const v = sgdStationaryVariance(p);
      expect(Math.abs((1 - etaH) ** 2 * v + (p.eta * p.sigma) ** 2 - v)).toBeLessThan(1e-12 * v);
      expect(sgdLagOneAutocorrelation(p)).toBeCloseTo(1 - etaH, 15);
      expect(ouLagAutocorrelation(p)).toBeGreaterThan(0);
    },
  );

  prop([fc.double({ min: 1, max: 1e4, noNaN: true })])(
    "SVAG's weights keep the mean and multiply the variance by l: a + b = 1, a² + b² = l",
    (l) => {
      const [a, b] = svagCoefficients(l);
      expect(a + b).toBeCloseTo(1, 12);
      expect(Math.abs(a * a + b * b - l)).toBeLessThan(1e-9 * l);
    },
  );

  test("SGD has no stationary law at ηh ≥ 2; SVAG needs l ≥ 1", () => {
    expect(() => sgdStationaryVariance({ h: 1, sigma: 1, eta: 2 })).toThrow(/no stationary law/);
    expect(() => svagStationaryVariance({ h: 1, sigma: 1, eta: 1 }, 0.5)).toThrow(/l must be finite and ≥ 1/);
  });

  test("the validity map: SME-1 is valid at small η·λ_max and fails as it grows, on both landscapes", () => {
    const m = validityMap([0.1, 0.5, 1.5]);
    const cell = (which: "quadratic" | "doubleWell", el: number, T: number) =>
      m[which].find((c) => c.etaLambda === el && c.horizon === T)!.cell;
    expect(cell("quadratic", 0.1, 16)).toBe("valid");
    expect(cell("quadratic", 1.5, 16)).toBe("invalid");
    expect(cell("doubleWell", 0.1, 16)).toBe("valid");
    expect(cell("doubleWell", 1.5, 16)).toBe("invalid");
    // A horizon shorter than one step compares nothing and is left out, not called valid.
    expect(m.quadratic.some((c) => c.etaLambda === 1.5 && c.horizon === 0.5)).toBe(false);
  });
});

describe("V4 bad input → one line, exit 2, no report", () => {
  const cli = cliSandbox("claims-v4-bad-");
  test.each([
    [{ svag: { etaH: 1.5, ls: [0.5, 2, 4] } }, /^error: svag\.ls\[0\]: SVAG needs l ≥ 1, got 0\.5$/],
    [
      { svagDoubleWell: { eta: 0.1, sigma: 1, x0: 0.5, horizon: 1, ls: [1, 2] } },
      /^error: svagDoubleWell\.ls: must be a list of at least 3/,
    ],
    [{ stationaryEtaH: [0.5, 2.5] }, /^error: stationaryEtaH\[1\]: must be < 2, got 2\.5$/],
    [{ divergence: { etaH: 1.5, steps: 40 } }, /^error: divergence\.etaH: must be > 2, got 1\.5$/],
    [{ sigma: 0 }, /^error: sigma: must be > 0, got 0$/],
    [{ particles: 10 }, /^error: particles: needs at least 1000 runs for an interval, got 10$/],
  ])("%j", async (overrides, pattern) => {
    await expectConfigRefused(cli, "V4", overrides, pattern);
  });
});
