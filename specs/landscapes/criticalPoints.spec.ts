import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  classify,
  hessianSignature,
  kindMatches,
  refineCriticalPoint,
  verifyCriticalPoints,
} from "../../src/landscapes/criticalPoints.ts";
import { doubleWell, doubleWell2D, tiltedDoubleWell } from "../../src/landscapes/doubleWell.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import { polynomial } from "../../src/landscapes/polynomial.ts";
import { fieldError } from "../support/fieldError.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

const fixturesDir = new URL("../../fixtures/landscapes/", import.meta.url);
const fixtureNames = readdirSync(fixturesDir).filter((n) => n.endsWith(".json"));
const loadFixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixturesDir), "utf8"));

/** f = Σ λ_i x_i²/2 as a polynomial, so its declared kinds are data the test controls. */
const diagonalQuadratic = (lambdas: number[], kind: "minimum" | "saddle" | "maximum") =>
  polynomial(
    {
      dim: lambdas.length,
      terms: lambdas.map((l, i) => ({ c: l / 2, p: lambdas.map((_, j) => (i === j ? 2 : 0)) })),
    },
    [{ label: "origin", x: lambdas.map(() => 0), kind }],
  );

describe("critical point declarations", () => {
  test("declared points of the built-ins verify", () => {
    for (const f of [doubleWell(), doubleWell2D(1), doubleWell2D(0.1), tiltedDoubleWell(0.2)])
      expect(verifyCriticalPoints(f)).toHaveLength(3);
  });

  test.each(fixtureNames)("fixture %s builds and its declared points verify", (name) => {
    const f = landscapeFromSpec(loadFixture(name));
    const verified = verifyCriticalPoints(f);
    expect(verified.length).toBeGreaterThan(0);
    for (const v of verified) expect(v.gradientNorm).toBeLessThan(1e-12);
  });

  /*
   * polynomial-2d: f = x⁴/4 − x²/2 + y²/2 + 0.3·x·y² + y⁴/4. ∂f/∂y = y(1 + 0.6x + y²) = 0 gives y = 0, hence
   * x³ − x = 0: (−1, 0), (0, 0), (1, 0); or y² = −1 − 0.6x (needs x ≤ −5/3), which turns ∂f/∂x = 0 into
   * x³ − 1.18x − 0.3 = 0, whose roots (≈ −0.93, −0.27, 1.19) all exceed −5/3: no other critical points. The y⁴
   * term keeps f bounded below. ∇²f(x, 0) = diag(3x² − 1, 1 + 0.6x): wells of equal depth −1/4, one flat and one
   * sharp across the valley (the 2-D setting of THEORY.md B4).
   */
  test("polynomial-2d fixture: equal-depth wells, flat (y-curvature 0.4) and sharp (1.6), saddle at 0", () => {
    const f = landscapeFromSpec(loadFixture("polynomial-2d.json"));
    const [flat, saddle, sharp] = verifyCriticalPoints(f);
    expect(flat!.signature.eigenvalues[0]).toBeCloseTo(0.4, 14);
    expect(sharp!.signature.eigenvalues[0]).toBeCloseTo(1.6, 14);
    expect(saddle!.signature.eigenvalues).toEqual([-1, 1]);
    expect(f.value([-1, 0])).toBe(f.value([1, 0]));
    expect(f.value([0, 0]) - f.value([1, 0])).toBe(0.25);
  });

  test("a declared minimum that is a saddle is rejected, naming the field", () => {
    const spec = {
      ...(loadFixture("polynomial-2d.json") as object),
      criticalPoints: [
        { label: "flat well", x: [-1, 0], kind: "minimum" },
        { label: "not a minimum", x: [0, 0], kind: "minimum" },
      ],
    };
    const e = fieldError(() => landscapeFromSpec(spec));
    expect(e.field).toBe("landscape.criticalPoints[1]");
    expect(e.message).toBe(
      "landscape.criticalPoints[1]: declared minimum at (0, 0) is a saddle (Hessian eigenvalues -1, 1)",
    );
  });

  const mixedSpectrum = fc
    .array(fc.double({ min: 0.1, max: 4, noNaN: true }), { minLength: 1, maxLength: 3 })
    .chain((mags) =>
      fc
        .array(fc.boolean(), { minLength: mags.length, maxLength: mags.length })
        .map((neg) => mags.map((m, i) => (neg[i] ? -m : m))),
    );

  prop([mixedSpectrum])("every wrong kind is rejected and the right one accepted", (lambdas) => {
    const negative = lambdas.filter((l) => l < 0).length;
    const d = lambdas.length;
    const truth = negative === 0 ? "minimum" : negative === 1 || negative < d ? "saddle" : "maximum";
    for (const kind of ["minimum", "saddle", "maximum"] as const) {
      // A 1-D barrier (or any index-1 point with no positive direction) is both a saddle and a maximum.
      const accepted = kind === truth || (d === 1 && negative === 1 && kind === "maximum");
      const build = () => verifyCriticalPoints(diagonalQuadratic(lambdas, kind));
      if (accepted) expect(build).not.toThrow();
      else
        expect(() => build()).toThrow(
          /^criticalPoints\[0\]: declared \w+ at \(0(, 0)*\) is a (minimum|saddle|maximum) \(Hessian eigenvalues/,
        );
    }
  });

  test("a declared point that is not critical is rejected with the nearest critical point", () => {
    const f = polynomial({ dim: 1, terms: [{ c: 0.5, p: [2] }] }, [
      { label: "off", x: [0.5], kind: "minimum" },
    ]);
    expect(() => verifyCriticalPoints(f)).toThrow(
      "criticalPoints[0]: declared minimum at (0.5) is not a critical point: the nearest one is at (0), 0.5 away",
    );
  });

  test("a degenerate critical point (f = x⁴ at 0) is rejected, not classified", () => {
    const f = polynomial({ dim: 1, terms: [{ c: 1, p: [4] }] }, [{ label: "flat", x: [0], kind: "minimum" }]);
    expect(() => verifyCriticalPoints(f)).toThrow(/is a degenerate critical point \(Hessian eigenvalues 0\)/);
  });

  test("signature: the 1-D barrier is index 1, classified saddle, accepted as saddle or maximum", () => {
    const sig = hessianSignature(doubleWell(), [0]);
    expect(sig).toEqual({ eigenvalues: [-1], negative: 1, positive: 0, zero: 0 });
    expect(classify(sig)).toBe("saddle");
    expect(kindMatches("saddle", sig)).toBe(true);
    expect(kindMatches("maximum", sig)).toBe(true);
    expect(kindMatches("minimum", sig)).toBe(false);
    const max2 = { eigenvalues: [-2, -1], negative: 2, positive: 0, zero: 0 };
    expect(classify(max2)).toBe("maximum");
    expect(kindMatches("saddle", max2)).toBe(false);
  });

  prop([fc.tuple(real(-0.05, 0.05), real(-0.05, 0.05))])(
    "Newton refinement from a perturbed point returns to the declared point",
    ([dx, dy]) => {
      const f = doubleWell2D(1);
      for (const cp of f.criticalPoints) {
        const r = refineCriticalPoint(f, [cp.x[0]! + dx, cp.x[1]! + dy]);
        expect(r.converged).toBe(true);
        expect(Math.hypot(r.x[0]! - cp.x[0]!, r.x[1]! - cp.x[1]!)).toBeLessThan(1e-12);
      }
    },
  );
});
