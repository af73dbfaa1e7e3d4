import { describe, expect, it } from "vitest";
import { fmt, fmtAlpha, fmtCount, fmtInterval, fmtSeconds } from "../../src/report/format.ts";

describe("fmt", () => {
  it.each([
    [0, "0"],
    [1, "1"],
    [0.5, "0.5"],
    [1234.567, "1235"],
    [-12.3456, "-12.35"],
    [0.1 + 0.2, "0.3"],
    [0.0012346, "0.001235"],
    [0.00012346, "1.235e-4"],
    [-0.00012, "-1.2e-4"],
    [12345.6, "12350"],
    [99994, "99990"],
    [123456, "1.235e5"],
    [1e5, "1e5"],
    // Rounds up across the threshold: printed in the notation of the rounded value.
    [99999.7, "1e5"],
    [2.5e-10, "2.5e-10"],
    [Number.POSITIVE_INFINITY, "∞"],
    [Number.NEGATIVE_INFINITY, "-∞"],
  ])("fmt(%s) = %s", (x, expected) => {
    expect(fmt(x)).toBe(expected);
  });

  it("shows missing values as an em dash", () => {
    expect(fmt(null)).toBe("—");
    expect(fmt(undefined)).toBe("—");
    expect(fmt(Number.NaN)).toBe("—");
  });

  it("honours the digits argument", () => {
    expect(fmt(Math.PI, 2)).toBe("3.1");
    expect(fmt(Math.PI, 6)).toBe("3.14159");
    expect(fmt(0.000314159, 2)).toBe("3.1e-4");
  });

  it("round-trips to within the stated significant digits", () => {
    for (const x of [0.000123456, 0.0123456, 1.23456, 123.456, 12345.6, 1234567, -0.98765]) {
      expect(Math.abs(Number(fmt(x)) - x) / Math.abs(x)).toBeLessThan(5e-4);
    }
  });
});

describe("fmtInterval, fmtAlpha, fmtCount, fmtSeconds", () => {
  it("formats intervals end by end", () => {
    expect(fmtInterval([0.95, 1.0512])).toBe("[0.95, 1.051]");
    expect(fmtInterval([-1e-5, Number.POSITIVE_INFINITY])).toBe("[-1e-5, ∞]");
    expect(fmtInterval(null)).toBe("—");
  });

  it("formats significance levels plainly down to 1e-4", () => {
    expect(fmtAlpha(0.05)).toBe("0.05");
    expect(fmtAlpha(0.05 / 12)).toBe("0.00417");
    expect(fmtAlpha(0.001)).toBe("0.001");
    expect(fmtAlpha(1e-6)).toBe("1e-6");
    expect(fmtAlpha(2.5e-5)).toBe("2.5e-5");
    expect(fmtAlpha(undefined)).toBe("—");
  });

  it("prints counts exactly", () => {
    expect(fmtCount(200000)).toBe("200000");
    expect(fmtCount(0)).toBe("0");
    expect(fmtCount(12.5)).toBe("12.5");
    expect(fmtCount(null)).toBe("—");
  });

  it("prints seconds with precision that shrinks as they grow", () => {
    expect(fmtSeconds(0.123)).toBe("0.12");
    expect(fmtSeconds(12.34)).toBe("12.3");
    expect(fmtSeconds(4321.6)).toBe("4322");
  });
});
