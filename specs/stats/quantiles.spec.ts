/**
 * Distribution functions and quantiles against published/reference values (scipy 1.17 and mpmath at 30
 * digits), and quantile ∘ CDF = identity over generated (p, df).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  betaCdf,
  betaQuantile,
  chiSquaredCdf,
  chiSquaredQuantile,
  chiSquaredSurvival,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
} from "../../src/stats/quantiles.ts";

/** Relative error, with an absolute floor for values near zero. */
function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

/** Reference values are to ~1e-15; 1e-12 leaves room for the reference's own rounding. */
const TIGHT = 1e-12;

describe("normal", () => {
  // mpmath at 40 digits (scipy's far-tail values are off by up to 1e-13 relative).
  test.each([
    [-1, 0.15865525393145707],
    [-5, 2.866515718791939e-7],
    [-10, 7.619853024160526e-24],
    [-37, 5.725571222524577e-300],
    [0.3, 0.6179114221889526],
    [2, 0.9772498680518208],
    [0, 0.5],
  ])("Φ(%d)", (x, expected) => {
    expect(relativeError(normalCdf(x), expected)).toBeLessThan(1e-13);
  });

  test.each([
    [0.9995, 3.2905267314919255],
    [0.975, 1.959963984540054],
    [0.3, -0.5244005127080409],
    [1e-300, -37.0470962993612],
    [0.5, 0],
  ])("z_%d", (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(TIGHT * Math.max(1, Math.abs(expected)));
  });

  test("the table value z_{0.9995} = 3.290527", () => {
    expect(normalQuantile(0.9995)).toBeCloseTo(3.290527, 6);
  });

  test("Φ(Φ⁻¹(p)) = p", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1 - 1e-16, noNaN: true }), (p) => {
        // Near p = 1 the representable p are spaced 1.1e-16 apart, so compare in the smaller tail.
        const x = normalQuantile(p);
        const tail = p < 0.5 ? normalCdf(x) : normalCdf(-x);
        const target = p < 0.5 ? p : 1 - p;
        expect(relativeError(tail, target)).toBeLessThan(1e-12);
      }),
    );
  });
});

describe("Student t", () => {
  test.each([
    [0.975, 5, 2.5705818356363146],
    [0.995, 1, 63.656741162871526],
    [0.975, 30, 2.0422724563012378],
    [0.9995, 3, 12.923978636687961],
    [1e-12, 4.5, -670.942702505106],
    // mpmath (scipy's own value here is off by 1e-10 relative).
    [0.5000001, 7, 2.5974602742784954e-7],
  ])("t_%d(%d)", (p, df, expected) => {
    expect(relativeError(studentTQuantile(p, df), expected)).toBeLessThan(1e-11);
  });

  test("the table value t_{0.975}(5) = 2.570582", () => {
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.570582, 6);
  });

  test("CDF reference value and symmetry", () => {
    expect(relativeError(studentTCdf(-2.5, 3.5), 0.03784732190474501)).toBeLessThan(TIGHT);
    expect(studentTCdf(2.5, 3.5)).toBeCloseTo(1 - 0.03784732190474501, 15);
  });

  test("df = ∞ is the normal", () => {
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBe(normalQuantile(0.975));
  });

  test("F(F⁻¹(p)) = p", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-10, max: 1 - 1e-10, noNaN: true }),
        fc.double({ min: 0.3, max: 1e4, noNaN: true }),
        (p, df) => {
          const t = studentTQuantile(p, df);
          const tail = p < 0.5 ? studentTCdf(t, df) : studentTCdf(-t, df);
          expect(relativeError(tail, p < 0.5 ? p : 1 - p)).toBeLessThan(1e-10);
        },
      ),
    );
  });
});

describe("χ²", () => {
  test.each([
    [0.975, 10, 20.483177350807388],
    [0.025, 2, 0.05063561596857975],
    [0.95, 1, 3.841458820694124],
    [0.999, 2e5, 201960.13558391845],
    [0.975, 2002, 2127.904272032604],
    [0.025, 2000, 1877.9460368153905],
    [1e-10, 0.5, 1.3499395786223568e-40],
  ])("χ²_%d(%d)", (p, df, expected) => {
    expect(relativeError(chiSquaredQuantile(p, df), expected)).toBeLessThan(1e-11);
  });

  test("table values χ²_{0.975}(10) = 20.4832 and χ²_{0.025}(2) = 0.050636", () => {
    expect(chiSquaredQuantile(0.975, 10)).toBeCloseTo(20.4832, 4);
    expect(chiSquaredQuantile(0.025, 2)).toBeCloseTo(0.050636, 6);
  });

  test("CDF and far upper tail", () => {
    expect(relativeError(chiSquaredCdf(3, 7), 0.11499776835684938)).toBeLessThan(TIGHT);
    expect(relativeError(chiSquaredSurvival(200, 10), 1.6139305336977317e-37)).toBeLessThan(TIGHT);
  });

  test("F(F⁻¹(p)) = p", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 0.1, max: 1e5, noNaN: true }),
        (p, df) => {
          const x = chiSquaredQuantile(p, df);
          const tail = p < 0.5 ? chiSquaredCdf(x, df) : chiSquaredSurvival(x, df);
          expect(relativeError(tail, p < 0.5 ? p : 1 - p)).toBeLessThan(1e-11);
        },
      ),
    );
  });
});

describe("beta", () => {
  test.each([
    [0.025, 3, 98, 0.006229971538306395],
    [0.975, 0.3, 0.7, 0.9787225053228873],
    [0.5, 0.5, 0.5, 0.5],
    [1e-6, 0.1, 5, 1.332100872189538e-61],
  ])("B⁻¹(%d; %d, %d)", (p, a, b, expected) => {
    expect(relativeError(betaQuantile(p, a, b), expected)).toBeLessThan(1e-11);
  });

  test("CDF reference value", () => {
    expect(relativeError(betaCdf(0.3, 2.5, 4.5), 0.40653901668245934)).toBeLessThan(TIGHT);
  });

  /** How much F moves when x moves by ±2 ulps: no representable quantile can do better than this. */
  function resolution(x: number, a: number, b: number): number {
    return Math.abs(betaCdf(x * (1 + 4.5e-16), a, b) - betaCdf(x * (1 - 4.5e-16), a, b));
  }

  // A quantile of, say, Beta(55, 0.05) can lie within 1e-20 of 1, where the nearest double is far off in F;
  // the tolerance therefore adds F's change over the double spacing at x.
  test("F(F⁻¹(p)) = p for p ≤ ½, up to the double spacing", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-10, max: 0.5, noNaN: true }),
        fc.double({ min: 0.05, max: 1e4, noNaN: true }),
        fc.double({ min: 0.05, max: 1e4, noNaN: true }),
        (p, a, b) => {
          const x = betaQuantile(p, a, b);
          expect(Math.abs(betaCdf(x, a, b) - p)).toBeLessThanOrEqual(1e-10 * p + resolution(x, a, b));
        },
      ),
    );
  });

  test("mirror: B⁻¹(p; a, b) = 1 − B⁻¹(1 − p; b, a)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-10, max: 0.5, noNaN: true }),
        fc.double({ min: 0.05, max: 1e4, noNaN: true }),
        fc.double({ min: 0.05, max: 1e4, noNaN: true }),
        (rawP, a, b) => {
          // q = 1 − p rounded, then p = 1 − q exactly (Sterbenz), so both sides solve the same equation.
          const q = 1 - rawP;
          const p = 1 - q;
          expect(Math.abs(betaQuantile(p, a, b) - (1 - betaQuantile(q, b, a)))).toBeLessThan(1e-14);
        },
      ),
    );
  });
});
