import { describe, expect, test } from "vitest";
import { verifyCriticalPoints } from "../../src/landscapes/criticalPoints.ts";
import {
  doubleWell,
  doubleWell2D,
  MAX_TILT,
  tiltedDoubleWell,
  tiltedDoubleWellCriticalPoints,
} from "../../src/landscapes/doubleWell.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

describe("double-well family", () => {
  test("x⁴/4 − x²/2: wells at ±1 with f'' = 2, barrier at 0 with f'' = −1, Δf = 1/4 (THEORY.md)", () => {
    const f = doubleWell();
    const verified = verifyCriticalPoints(f);
    expect(verified.map((v) => [v.label, v.kind, v.x[0]])).toEqual([
      ["left well", "minimum", -1],
      ["barrier x=0", "saddle", 0],
      ["right well", "minimum", 1],
    ]);
    expect(verified.map((v) => v.signature.eigenvalues[0])).toEqual([2, -1, 2]);
    expect(f.value([0]) - f.value([-1])).toBe(0.25);
  });

  prop([real(-5, 5).filter((k) => Math.abs(k) > 1e-6)])(
    "2-D double well: declared points verify for either sign of k",
    (k) => {
      const f = doubleWell2D(k);
      const verified = verifyCriticalPoints(f);
      expect(verified.map((v) => v.kind)).toEqual(
        k > 0 ? ["minimum", "saddle", "minimum"] : ["saddle", "maximum", "saddle"],
      );
    },
  );

  prop([fc.double({ min: -0.999 * MAX_TILT, max: 0.999 * MAX_TILT, noNaN: true })])(
    "tilted double well: the trigonometric roots solve x³ − x + t = 0 and verify; t > 0 deepens the left well",
    (tilt) => {
      const [left, barrier, right] = tiltedDoubleWellCriticalPoints(tilt);
      expect(left).toBeLessThan(barrier);
      expect(barrier).toBeLessThan(right);
      for (const x of [left, barrier, right]) expect(Math.abs(x * x * x - x + tilt)).toBeLessThan(1e-14);
      const f = tiltedDoubleWell(tilt);
      verifyCriticalPoints(f);
      const depthDifference = f.value([left]) - f.value([right]);
      if (tilt > 1e-9) expect(depthDifference).toBeLessThan(0);
      if (tilt < -1e-9) expect(depthDifference).toBeGreaterThan(0);
    },
  );

  test("rejects k = 0 and tilts beyond the fold 2/(3√3)", () => {
    expect(() => doubleWell2D(0)).toThrow(/^k: must be a finite nonzero number/);
    expect(() => tiltedDoubleWell(0.4)).toThrow(/^tilt: must satisfy \|tilt\| < 2\/\(3√3\)/);
    expect(() => tiltedDoubleWell(Number.NaN)).toThrow(/^tilt:/);
  });
});
