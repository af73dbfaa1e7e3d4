import { describe, expect, test } from "vitest";
import { kramersLogTime } from "../../../src/reference/exit/eyringKramers.ts";
import { meanFirstPassageTime } from "../../../src/reference/exit/mfpt.ts";
import { awayFromZero, uniform } from "../../support/matrices.ts";
import { prop } from "../../support/prop.ts";

/** Double well f = x⁴/4 − x²/2 (THEORY M3): SME-1 drift −f'. */
const doubleWellDrift = (x: number) => x - x * x * x;
const escapeTime = (epsilon2: number, lower = -3, panels?: number) =>
  meanFirstPassageTime({
    drift: doubleWellDrift,
    diffusion2: () => epsilon2,
    lower,
    upper: 0,
    start: -1,
    panels,
  });

/** The value rounded to `digits` significant digits equals the quoted one. */
const toDigits = (v: number, digits: number) => Number(v.toPrecision(digits));

describe("M3 — exact mean first-passage time of the SDE (1-D quadrature)", () => {
  test.each([
    [0.2, 30.82, 4],
    [0.1, 361.9, 4],
    [0.05, 5.105e4, 4],
    [0.025, 1.0993e9, 5],
  ])("double well, −1 → 0, ε² = %s: THEORY's %s", (epsilon2, quoted, digits) => {
    const r = escapeTime(epsilon2);
    expect(toDigits(r.value, digits)).toBe(quoted);
    expect(r.errorEstimate).toBeLessThan(1e-10 * r.value);
  });

  test("the reflecting end far left does not matter (l = −2.5, −3, −4)", () => {
    for (const epsilon2 of [0.2, 0.025]) {
      const base = escapeTime(epsilon2).value;
      for (const l of [-2.5, -4])
        expect(Math.abs(escapeTime(epsilon2, l).value / base - 1)).toBeLessThan(1e-10);
    }
  });

  test("converged in the panel count: 100 panels already agree with the default 800 to 1e-10", () => {
    for (const epsilon2 of [0.2, 0.05, 0.025]) {
      const coarse = escapeTime(epsilon2, -3, 100).value;
      expect(Math.abs(coarse / escapeTime(epsilon2).value - 1)).toBeLessThan(1e-10);
    }
  });

  test("log space: at ε² = 5e-4 the time (e^{1000}) overflows but ln T is exact and ≈ ln(Kramers/2)", () => {
    const epsilon2 = 5e-4;
    const r = escapeTime(epsilon2);
    expect(r.value).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(r.logValue)).toBe(true);
    expect(r.relativeErrorEstimate).toBeLessThan(1e-10);
    const kramers = kramersLogTime({
      curvatureAtMinimum: 2,
      curvatureAtSaddle: -1,
      barrier: 0.25,
      epsilon2,
      target: "saddle",
    });
    // ln(exact/Kramers) = ln(1 + O(ε²)).
    expect(Math.abs(r.logValue - kramers)).toBeLessThan(2 * epsilon2);
  });

  test("absorbing at the lower end is the mirror image: +1 → 0 through the left, reflecting at +3", () => {
    const right = meanFirstPassageTime({
      drift: doubleWellDrift,
      diffusion2: () => 0.1,
      lower: 0,
      upper: 3,
      start: 1,
      absorbing: "lower",
    });
    expect(Math.abs(right.value / escapeTime(0.1).value - 1)).toBeLessThan(1e-12);
  });

  test("starting at the absorbing end takes no time; at the reflecting end, the full time", () => {
    const at = meanFirstPassageTime({ drift: () => 0, diffusion2: () => 1, lower: 0, upper: 1, start: 1 });
    expect(at.value).toBe(0);
    const from = meanFirstPassageTime({ drift: () => 0, diffusion2: () => 2, lower: 0, upper: 1, start: 0 });
    expect(from.value).toBeCloseTo(0.5, 13);
  });

  prop([uniform(-2, 1), uniform(0.3, 3), uniform(0, 1), uniform(0.1, 4)], { numRuns: 40 })(
    "Brownian motion (b = 0): T(x) = ((r − l)² − (x − l)²)/s²",
    (l, length, fraction, s2) => {
      const r = l + length;
      const x = l + fraction * length;
      const T = meanFirstPassageTime({ drift: () => 0, diffusion2: () => s2, lower: l, upper: r, start: x });
      const exact = ((r - l) ** 2 - (x - l) ** 2) / s2;
      expect(Math.abs(T.value - exact)).toBeLessThan(1e-12 * (1 + exact));
    },
  );

  prop([uniform(-2, 1), uniform(0.5, 3), uniform(0, 0.999), awayFromZero(0.05, 3), uniform(0.2, 3)], {
    numRuns: 40,
  })(
    "constant drift μ: T(x) = (2/(κs²))[(r − x) − (e^{−κ(x−l)} − e^{−κ(r−l)})/κ], κ = 2μ/s²",
    (l, length, fraction, mu, s2) => {
      const r = l + length;
      const x = l + fraction * length;
      const kappa = (2 * mu) / s2;
      const exact =
        (2 / (kappa * s2)) * (r - x - (Math.exp(-kappa * (x - l)) - Math.exp(-kappa * (r - l))) / kappa);
      const T = meanFirstPassageTime({ drift: () => mu, diffusion2: () => s2, lower: l, upper: r, start: x });
      expect(Math.abs(T.value / exact - 1)).toBeLessThan(1e-10);
    },
  );

  prop([uniform(0.2, 2), uniform(-0.5, 0.5), uniform(0.5, 2), uniform(0.2, 0.8)], { numRuns: 25 })(
    "OU drift −λ(x − c): T solves (s²/2)T'' + bT' = −1 (central differences)",
    (lambda, c, s2, fraction) => {
      const [l, r] = [-1.5, 1];
      const x = l + fraction * (r - l);
      const drift = (u: number) => -lambda * (u - c);
      const T = (u: number) =>
        meanFirstPassageTime({ drift, diffusion2: () => s2, lower: l, upper: r, start: u }).value;
      const d = 1e-3;
      const [tm, t0, tp] = [T(x - d), T(x), T(x + d)];
      const second = (tp - 2 * t0 + tm) / (d * d);
      const first = (tp - tm) / (2 * d);
      const residual = (s2 / 2) * second + drift(x) * first + 1;
      expect(Math.abs(residual)).toBeLessThan(1e-5 * (1 + Math.abs((s2 / 2) * second)));
    },
  );

  test("bad arguments throw one-line errors", () => {
    const base = { drift: doubleWellDrift, diffusion2: () => 0.1, lower: -3, upper: 0, start: -1 };
    expect(() => meanFirstPassageTime({ ...base, start: 0.5 })).toThrow(/start .* must lie in/);
    expect(() => meanFirstPassageTime({ ...base, lower: 0 })).toThrow(/lower .* must be < upper/);
    expect(() => meanFirstPassageTime({ ...base, upper: Number.NaN })).toThrow(
      /upper must be a finite number/,
    );
    expect(() => meanFirstPassageTime({ ...base, diffusion2: () => 0 })).toThrow(/diffusion2\(.*\) must be/);
    expect(() => meanFirstPassageTime({ ...base, drift: () => Number.NaN })).toThrow(/drift\(.*\) must be/);
    expect(() => meanFirstPassageTime({ ...base, panels: 2.5 })).toThrow(/panels must be an integer/);
  });
});
