/** Special functions against scipy.special reference values, and the tail identities they must satisfy. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  incompleteBetaTails,
  incompleteGammaTails,
  logGamma,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from "../../src/stats/specialFunctions.ts";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("special functions", () => {
  test("log Γ", () => {
    expect(rel(logGamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
    expect(rel(logGamma(100), 359.1342053695754)).toBeLessThan(1e-14);
    expect(rel(logGamma(1e-8), 18.42068073818021)).toBeLessThan(1e-13);
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
  });

  test("regularized incomplete gamma", () => {
    expect(rel(regularizedGammaP(0.5, 2), 0.9544997361036415)).toBeLessThan(1e-14);
    expect(rel(regularizedGammaQ(30, 80), 4.90322955581077e-11)).toBeLessThan(1e-12);
    expect(rel(regularizedGammaP(1000, 900), 0.0005499022657117818)).toBeLessThan(1e-11);
  });

  test("regularized incomplete beta", () => {
    expect(rel(regularizedBeta(0.3, 0.5, 0.5), 0.36901011956554536)).toBeLessThan(1e-14);
    expect(rel(regularizedBeta(0.45, 50, 60), 0.4642352914306031)).toBeLessThan(1e-12);
    expect(rel(regularizedBeta(1e-5, 2, 3), 5.999920000300001e-10)).toBeLessThan(1e-13);
  });

  test("P + Q = 1, both in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 2e4, noNaN: true }),
        (a, x) => {
          const { lower, upper } = incompleteGammaTails(a, x);
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeGreaterThanOrEqual(0);
          expect(Math.abs(lower + upper - 1)).toBeLessThan(1e-13);
        },
      ),
    );
  });

  test("I_x(a, b) = 1 − I_{1−x}(b, a)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1e3, noNaN: true }),
        fc.double({ min: 0.05, max: 1e3, noNaN: true }),
        (x, a, b) => {
          const direct = incompleteBetaTails(x, a, b);
          const mirrored = incompleteBetaTails(1 - x, b, a, x);
          expect(Math.abs(direct.lower - mirrored.upper)).toBeLessThan(1e-13);
        },
      ),
    );
  });
});
