/** Weighted least squares on exact lines, and the weak-order fit's exact, noisy and noise-floor cases. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  finestOrder,
  orderFit,
  weightedDesignFit,
  weightedLinearFit,
  weightedPolynomialFit,
} from "../../src/stats/regression.ts";
import { real } from "../support/numbers.ts";
import { normals } from "../support/random.ts";

/** Distinct, sorted x values with gaps ≥ 0.05 (a well-posed design). */
const design = fc
  .array(fc.double({ min: 0.05, max: 2, noNaN: true }), { minLength: 3, maxLength: 20 })
  .chain((gaps) =>
    real(-10, 10).map((start) => {
      const xs: number[] = [];
      let x = start;
      for (const g of gaps) xs.push((x += g));
      return xs;
    }),
  );
const coefficient = real(-5, 5);
const etaGrid = [0.4, 0.2, 0.1, 0.05, 0.025, 0.0125];

describe("weighted least squares", () => {
  test("recovers slope and intercept of an exact line for any positive weights", () => {
    fc.assert(
      fc.property(
        design,
        coefficient,
        coefficient,
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 20, maxLength: 20 }),
        (xs, slope, intercept, rawWeights) => {
          const ys = xs.map((x) => intercept + slope * x);
          const fit = weightedLinearFit(xs, ys, rawWeights.slice(0, xs.length), 0.05);
          expect(Math.abs(fit.slope - slope)).toBeLessThan(1e-9);
          expect(Math.abs(fit.intercept - intercept)).toBeLessThan(1e-8);
          expect(fit.residualChi2).toBeLessThan(1e-12);
          expect(fit.df).toBe(xs.length - 2);
        },
      ),
    );
  });

  test("standard errors are (XᵀWX)⁻¹ for known weights", () => {
    // x = 0, 1, 2 with unit weights: Var(slope) = 1/Σ(x − x̄)² = 1/2, Var(intercept) = 1/3 + 1/2.
    const fit = weightedLinearFit([0, 1, 2], [1, 3, 2], [1, 1, 1], 0.05);
    expect(fit.slopeSe).toBeCloseTo(Math.sqrt(0.5), 14);
    expect(fit.interceptSe).toBeCloseTo(Math.sqrt(1 / 3 + 0.5), 14);
    expect(fit.slope).toBeCloseTo(0.5, 14);
    expect(fit.slopeInterval[1] - fit.slope).toBeCloseTo(1.959963984540054 * Math.sqrt(0.5), 12);
  });

  test("a quadratic fit recovers an exact parabola", () => {
    fc.assert(
      fc.property(design, coefficient, coefficient, coefficient, (xs, a, b, c) => {
        const fit = weightedPolynomialFit(
          xs,
          xs.map((x) => a + b * x + c * x * x),
          xs.map(() => 1),
          2,
        );
        // Coefficients are in powers of (x − center): the curvature coefficient is c itself.
        expect(Math.abs(fit.coefficients[2]! - c)).toBeLessThan(1e-7);
      }),
    );
  });
});

describe("orderFit, exact errors", () => {
  test("a pure power law C·η^p gives the interval [p, p]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (p, C) => {
          const fit = orderFit(
            etaGrid,
            etaGrid.map((eta) => C * eta ** p),
            null,
            1e-3,
          );
          expect(fit.status).toBe("ok");
          expect(Math.abs(fit.interval[0] - p)).toBeLessThan(1e-9);
          expect(Math.abs(fit.interval[1] - p)).toBeLessThan(1e-9);
          expect(fit.se).toBe(0);
          expect(fit.curvature.curved).toBe(false);
        },
      ),
    );
  });

  test("C·η^p(1 + κη) spreads the local slopes: the interval is their range and curvature is flagged", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        (p, kappa) => {
          const fit = orderFit(
            etaGrid,
            etaGrid.map((eta) => eta ** p * (1 + kappa * eta)),
            null,
            1e-3,
          );
          // Local slope ≈ p + κη/(1 + κη): above p, increasing in η.
          const expectedTop = p + Math.log((1 + kappa * 0.4) / (1 + kappa * 0.2)) / Math.log(2);
          expect(fit.interval[0]).toBeGreaterThan(p);
          expect(fit.interval[1]).toBeCloseTo(expectedTop, 10);
          expect(fit.interval[1] - fit.interval[0]).toBeGreaterThan(0.1);
          expect(fit.curvature.curved).toBe(true);
          for (const s of fit.localSlopes) {
            expect(s).toBeGreaterThanOrEqual(fit.interval[0]);
            expect(s).toBeLessThanOrEqual(fit.interval[1]);
          }
        },
      ),
    );
  });

  test("fewer than three nonzero errors are insufficient", () => {
    expect(orderFit([0.1, 0.2, 0.4], [1e-3, 0, 4e-3], null, 1e-3).status).toBe("insufficient");
  });
});

describe("orderFit, Monte Carlo errors", () => {
  test("noise floor: fewer than 3 points with |error| ≥ 3·SE → insufficient", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (n, resolved, p) => {
          const etas = etaGrid.slice(0, n);
          const errors = etas.map((eta) => eta ** p);
          // The first `resolved` points sit at 4·SE, the rest at 2.9·SE (below the floor).
          const ses = errors.map((e, i) => (i < resolved ? e / 4 : e / 2.9));
          const fit = orderFit(etas, errors, ses, 1e-3);
          expect(fit.status).toBe("insufficient");
          expect(fit.used).toHaveLength(resolved);
        },
      ),
    );
  });

  test("exactly three resolved points suffice, and unresolved ones are left out", () => {
    const errors = etaGrid.map((eta) => eta ** 2);
    const ses = errors.map((e, i) => (i < 3 ? e / 10 : e));
    const fit = orderFit(etaGrid, errors, ses, 1e-3);
    expect(fit.status).toBe("ok");
    expect(fit.used.sort()).toEqual([0, 1, 2]);
    expect(fit.slope).toBeCloseTo(2, 10);
  });

  test("the slope interval covers the true order at 1 − α (delta-method weights, 1% noise)", () => {
    const alpha = 0.1;
    const replications = 1000;
    const z = normals("specs/stats/regression/order-coverage", replications * etaGrid.length);
    let covered = 0;
    let curvedCount = 0;
    for (let r = 0; r < replications; r++) {
      const relativeSe = etaGrid.map((_, i) => 0.01 * (1 + i));
      const truth = etaGrid.map((eta) => 3 * eta ** 1.5);
      const errors = truth.map((e, i) => e * (1 + relativeSe[i]! * z[r * etaGrid.length + i]!));
      const fit = orderFit(
        etaGrid,
        errors,
        errors.map((_, i) => truth[i]! * relativeSe[i]!),
        alpha,
      );
      if (fit.interval[0] <= 1.5 && 1.5 <= fit.interval[1]) covered += 1;
      if (fit.curvature.curved) curvedCount += 1;
    }
    // χ²/df > 1 inflation only widens the interval, so coverage may exceed 1 − α slightly; ±4.5 SD otherwise.
    const sd = Math.sqrt(replications * alpha * (1 - alpha));
    expect(covered).toBeGreaterThan(replications * (1 - alpha) - 4.5 * sd);
    expect(covered).toBeLessThan(replications * (1 - alpha / 2));
    // A straight law is flagged curved at about rate α.
    expect(curvedCount).toBeLessThan(replications * alpha + 4.5 * sd);
  });

  test("strong curvature is detected, and lack of fit inflates the slope SE", () => {
    const errors = etaGrid.map((eta) => eta * (1 + 10 * eta));
    const ses = errors.map((e) => e * 0.005);
    const fit = orderFit(etaGrid, errors, ses, 1e-3);
    expect(fit.curvature.curved).toBe(true);
    expect(fit.inflation).toBeGreaterThan(1);
    expect(fit.reducedChi2).toBeGreaterThan(1);
  });
});

describe("weightedDesignFit (regressors of any shape)", () => {
  test("recovers a + b·ln(1/η) + c·η exactly from noiseless data, columns of very different sizes", () => {
    const etas = [0.01, 0.0057, 0.0032, 0.0018, 0.001, 0.00057, 0.00033];
    const x = etas.map((e) => Math.log(1 / e));
    const y = etas.map((e, i) => 0.3 + 0.5 * x[i]! - 7 * e);
    const fit = weightedDesignFit(
      [etas.map(() => 1), x, etas],
      y,
      etas.map(() => 1e4),
    );
    expect(fit.coefficients[0]).toBeCloseTo(0.3, 9);
    expect(fit.coefficients[1]).toBeCloseTo(0.5, 10);
    expect(fit.coefficients[2]).toBeCloseTo(-7, 6);
    expect(fit.residualChi2).toBeLessThan(1e-16);
    expect(fit.df).toBe(4);
  });

  test("with columns [1, x] it is weightedLinearFit (slope, its variance, χ²)", () => {
    const x = [1, 2, 3.5, 4, 6];
    const y = [2.1, 2.9, 4.6, 5.2, 7.1];
    const w = [1, 2, 0.5, 3, 1];
    const line = weightedLinearFit(x, y, w, 0.05);
    const fit = weightedDesignFit([x.map(() => 1), x], y, w);
    expect(fit.coefficients[1]).toBeCloseTo(line.slope, 12);
    expect(Math.sqrt(fit.covariance[1]![1]!)).toBeCloseTo(line.slopeSe, 12);
    expect(fit.residualChi2).toBeCloseTo(line.residualChi2, 10);
  });

  test("the slope SE is calibrated under Gaussian noise with a nuisance column (2000 fits)", () => {
    const etas = [0.01, 0.0057, 0.0032, 0.0018, 0.001, 0.00057, 0.00033];
    const x = etas.map((e) => Math.log(1 / e));
    const z = normals("designFit-coverage", 2000 * etas.length);
    let inside = 0;
    for (let r = 0; r < 2000; r++) {
      const y = etas.map((e, i) => 1 + 0.5 * x[i]! + 3 * e + 0.02 * z[r * etas.length + i]!);
      const fit = weightedDesignFit(
        [etas.map(() => 1), x, etas],
        y,
        etas.map(() => 1 / 0.02 ** 2),
      );
      if (Math.abs(fit.coefficients[1]! - 0.5) < 1.96 * Math.sqrt(fit.covariance[1]![1]!)) inside++;
    }
    // 95% coverage; 2000 Bernoulli(0.95) trials have SD ≈ 0.49%, so ±2% is > 4 SD.
    expect(inside / 2000).toBeGreaterThan(0.93);
    expect(inside / 2000).toBeLessThan(0.97);
  });
});

describe("finestOrder (exact order from the three finest points)", () => {
  test("a pure power law gives its order with a zero-width range", () => {
    const h = [0.2, 0.1, 0.05, 0.025];
    const o = finestOrder(
      h,
      h.map((v) => 3 * v ** 1.5),
    );
    expect(o.overall).toBeCloseTo(1.5, 12);
    expect(o.interval[1] - o.interval[0]).toBeLessThan(1e-12);
  });

  test("uses only the three finest h whatever the input order, and spans both local slopes", () => {
    const h = [0.0125, 0.2, 0.05, 0.1, 0.025];
    const gap = h.map((v) => v + 4 * v * v);
    const o = finestOrder(h, gap);
    const local = (a: number, b: number) => Math.log((a + 4 * a * a) / (b + 4 * b * b)) / Math.log(a / b);
    expect(o.interval[0]).toBeCloseTo(Math.min(local(0.05, 0.025), local(0.025, 0.0125)), 12);
    expect(o.interval[1]).toBeCloseTo(Math.max(local(0.05, 0.025), local(0.025, 0.0125)), 12);
  });

  test("needs three points", () => {
    expect(() => finestOrder([1, 2], [1, 2])).toThrow(/at least 3/);
  });
});
