import { describe, expect, test } from "vitest";
import { eyringKramersTime } from "../../../src/reference/exit/eyringKramers.ts";
import { meanFirstPassageTime } from "../../../src/reference/exit/mfpt.ts";
import {
  densityWall,
  type ExitBox,
  type MeanFirstPassage2dResult,
  meanFirstPassageTime2d,
} from "../../../src/reference/exit/mfpt2d.ts";

type Potential = (x: number, y: number) => number;

/** Separable: the double well in x, ½·2·y² across (THEORY M3's landscape with a stiff second coordinate). */
const separable: Potential = (x, y) => (x * x * x * x) / 4 - (x * x) / 2 + y * y;
/** Non-separable: minima (±1, 0) with Hessian diag(2, 2), saddle (0, 0) with Hessian diag(−1, 1), barrier ¼. */
const coupled: Potential = (x, y) => (x * x * x * x) / 4 - (x * x) / 2 + (y * y) / 2 + 0.5 * x * x * y * y;

/**
 * Box for a valley along the x-axis from the minimum (−1, 0): the left wall where the density along y = 0 has
 * fallen e^{−30} below the minimum's, the walls in y where it has fallen e^{−30} across x = 0 (the saddle, where
 * the valley is widest on both landscapes).
 */
function axisBox(f: Potential, epsilon2: number, xExit: number): ExitBox {
  const left = densityWall({ profile: (t) => f(-1 - t, 0), epsilon2 });
  const across = densityWall({ profile: (t) => f(0, t), epsilon2 });
  return { xLow: -1 - left, xExit, yLow: -across, yHigh: across };
}

const memo = new Map<string, MeanFirstPassage2dResult>();
function exitTime(name: "separable" | "coupled", epsilon2: number, xExit: number): MeanFirstPassage2dResult {
  const key = `${name} ${epsilon2} ${xExit}`;
  let r = memo.get(key);
  if (r === undefined) {
    const f = name === "separable" ? separable : coupled;
    r = meanFirstPassageTime2d({ potential: f, epsilon2, box: axisBox(f, epsilon2, xExit), start: [-1, 0] });
    memo.set(key, r);
  }
  return r;
}

/** The 1-D exact time of the x-coordinate, reflecting at −3 (further out than the 2-D box's wall). */
const exact1d = (epsilon2: number, xExit: number) =>
  meanFirstPassageTime({
    drift: (x) => x - x * x * x,
    diffusion2: () => epsilon2,
    lower: -3,
    upper: xExit,
    start: -1,
  }).value;

const kramers = (epsilon2: number, hessianAtSaddle: number[][], target: "other-well" | "saddle") =>
  eyringKramersTime({
    hessianAtMinimum: [
      [2, 0],
      [0, 2],
    ],
    hessianAtSaddle,
    barrier: 0.25,
    epsilon2,
    target,
  });
const coupledSaddle = [
  [-1, 0],
  [0, 1],
];

const toDigits = (v: number, digits: number) => Number(v.toPrecision(digits));

describe("M3 (2-D) — mean first-passage time to a half-plane (exponentially fitted finite volumes)", () => {
  // Measured (default resolution ε/12): |T/T₁D − 1| ≤ 3.2e-6 everywhere, relative error estimate 3–5e-5.
  test.each([
    [0.2, 0],
    [0.1, 0],
    [0.05, 0],
    [0.025, 0],
    [0.02, 0],
    [0.2, 0.5],
    [0.1, 0.5],
    [0.05, 0.5],
    [0.025, 0.5],
  ])("separable f = x⁴/4 − x²/2 + y², ε² = %s, exit x ≥ %s: the 1-D exact time of x", (epsilon2, xExit) => {
    const r = exitTime("separable", epsilon2, xExit);
    const error = Math.abs(r.time / exact1d(epsilon2, xExit) - 1);
    expect(error).toBeLessThan(1e-5);
    expect(error).toBeLessThan(r.relativeErrorEstimate);
    expect(r.relativeErrorEstimate).toBeLessThan(1e-4);
  });

  test.each([
    [0.2, 30.82, 4],
    [0.1, 361.9, 4],
    [0.05, 5.105e4, 4],
    [0.025, 1.0993e9, 5],
  ])("separable, (−1, 0) → x = 0, ε² = %s: THEORY's %s", (epsilon2, quoted, digits) => {
    expect(toDigits(exitTime("separable", epsilon2, 0).time, digits)).toBe(quoted);
  });

  // T/EK(other-well) with exit at x = 0.5, measured: 1.20070, 1.13546, 1.06806, 1.03251 (relative error
  // estimates ≤ 5e-5; grids ε/12 and ε/32 agree to 3e-6). ratio − 1 ≈ 1.0–1.36·ε²: Eyring–Kramers' O(ε²) error.
  const coupledRatios: [number, number][] = [
    [0.2, 1.2007],
    [0.1, 1.13546],
    [0.05, 1.06806],
    [0.025, 1.03251],
  ];
  test.each(coupledRatios)(
    "coupled f (x²y² term), ε² = %s, exit x ≥ 0.5: T/Eyring–Kramers(other-well) = %s",
    (epsilon2, measured) => {
      const r = exitTime("coupled", epsilon2, 0.5);
      expect(r.relativeErrorEstimate).toBeLessThan(1e-4);
      const ratio = r.time / kramers(epsilon2, coupledSaddle, "other-well");
      expect(Math.abs(ratio - measured)).toBeLessThan(2e-4 * measured);
      expect(ratio - 1).toBeGreaterThan(0);
      expect(ratio - 1).toBeLessThan(1.5 * epsilon2);
    },
  );

  test("coupled f: T/Eyring–Kramers → 1 monotonically as ε² ↓ (3.3% at ε² = 0.025)", () => {
    const gaps = coupledRatios.map(([epsilon2]) =>
      Math.abs(exitTime("coupled", epsilon2, 0.5).time / kramers(epsilon2, coupledSaddle, "other-well") - 1),
    );
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThan(gaps[i - 1]!);
    expect(gaps.at(-1)!).toBeLessThan(0.035);
  });

  // Exit at the saddle line x = 0: half the other-well time asymptotically (a path at the saddle crosses with
  // probability ½). Measured T/EK(saddle) = 1.2571, 1.1607, 1.0705, 1.0326.
  test("coupled f, exit x ≥ 0 (the saddle line): T/Eyring–Kramers(saddle) → 1 monotonically", () => {
    const measured = [1.2571, 1.1607, 1.0705, 1.0326];
    const ratios = coupledRatios.map(
      ([epsilon2]) => exitTime("coupled", epsilon2, 0).time / kramers(epsilon2, coupledSaddle, "saddle"),
    );
    ratios.forEach((ratio, i) => expect(Math.abs(ratio - measured[i]!)).toBeLessThan(2e-4));
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]!).toBeLessThan(ratios[i - 1]!);
    expect(ratios.at(-1)! - 1).toBeLessThan(0.035);
  });

  // Both test landscapes have axis-aligned Hessians, where the leading-order time does not depend on the
  // y-diffusion (doubling the y-conductances changes the coupled ratios by 3e-5); a valley at 30° to the grid
  // makes both directions count — with y-conductances doubled the ratio tends to 0.87 instead of 1.
  test("rotated valley (30° to the grid): T/Eyring–Kramers(other-well) → 1 (1.0600, 1.0391 at ε² = 0.1, 0.05)", () => {
    const angle = Math.PI / 6;
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    const rotated: Potential = (x, y) => {
      const u = c * x + s * y;
      const v = -s * x + c * y;
      return (u * u * u * u) / 4 - (u * u) / 2 + v * v;
    };
    const measured = [1.06004, 1.03905];
    [0.1, 0.05].forEach((epsilon2, i) => {
      // Walls: the strip |v| ≤ across, u ≥ −1 − along around the valley, cut at the exit line, fits in the box.
      const across = densityWall({ profile: (t) => rotated(-s * t, c * t), epsilon2 });
      const along = densityWall({ profile: (t) => rotated(-c * (1 + t), -s * (1 + t)), epsilon2 });
      const xExit = 0.5 * c; // the valley floor crosses it at u = 0.5, past the saddle
      const xLow = -c * (1 + along) - s * across;
      const box = {
        xLow,
        xExit,
        yLow: -s * (1 + along) - c * across,
        yHigh: Math.tan(angle) * xExit + across / c,
      };
      const r = meanFirstPassageTime2d({ potential: rotated, epsilon2, box, start: [-c, -s] });
      expect(r.relativeErrorEstimate).toBeLessThan(1e-4);
      const saddle = [
        [-1, 0],
        [0, 2],
      ];
      const ratio = r.time / kramers(epsilon2, saddle, "other-well");
      expect(Math.abs(ratio - measured[i]!)).toBeLessThan(2e-4);
    });
  });

  test("grid convergence: fine − coarse falls like h², the extrapolation like h⁴, and bounds the true error", () => {
    const epsilon2 = 0.05;
    const box = axisBox(separable, epsilon2, 0);
    const exact = exact1d(epsilon2, 0);
    const at = (nx: number, ny: number) =>
      meanFirstPassageTime2d({ potential: separable, epsilon2, box, start: [-1, 0], nx, ny });
    const h = at(60, 64); // spacing ≈ ε/8
    const h2 = at(120, 128);
    // The three levels of one solve: successive differences shrink 4-fold.
    for (const r of [h, h2]) {
      const rate = (r.coarse - r.coarsest) / (r.fine - r.coarse);
      expect(rate).toBeGreaterThan(3.6);
      expect(rate).toBeLessThan(4.4);
    }
    // Halving h shrinks the estimate of the extrapolated time ~16-fold (measured 15.7).
    const shrink = h.errorEstimate / h2.errorEstimate;
    expect(shrink).toBeGreaterThan(10);
    expect(shrink).toBeLessThan(25);
    for (const r of [h, h2]) {
      expect(Math.abs(r.time - exact)).toBeLessThan(r.errorEstimate);
      expect(Math.abs(r.fine - exact)).toBeLessThan(Math.abs(r.fine - r.coarse));
    }
    // Same on the coupled landscape (no exact value): estimates shrink ~16-fold, times agree within them.
    const cbox = axisBox(coupled, epsilon2, 0.5);
    const c1 = meanFirstPassageTime2d({
      potential: coupled,
      epsilon2,
      box: cbox,
      start: [-1, 0],
      nx: 84,
      ny: 88,
    });
    const c2 = meanFirstPassageTime2d({
      potential: coupled,
      epsilon2,
      box: cbox,
      start: [-1, 0],
      nx: 168,
      ny: 176,
    });
    expect(c1.errorEstimate / c2.errorEstimate).toBeGreaterThan(10);
    expect(Math.abs(c1.time - c2.time)).toBeLessThan(c1.errorEstimate);
  });

  test("the reflecting walls (density e^{−30} below the peak) do not matter: moving them out changes T by < 1e-10", () => {
    const epsilon2 = 0.05;
    const base = exitTime("coupled", epsilon2, 0.5);
    // Same spacings, every wall moved out by 4 coarsest cells (16 fine cells): the levels nest as before.
    const move = 16;
    const box = {
      xLow: base.box.xLow - move * base.hx,
      xExit: 0.5,
      yLow: base.box.yLow - move * base.hy,
      yHigh: base.box.yHigh + move * base.hy,
    };
    const wide = meanFirstPassageTime2d({
      potential: coupled,
      epsilon2,
      box,
      start: [-1, 0],
      nx: base.nx + move,
      ny: base.ny + 2 * move,
    });
    expect(wide.hx).toBeCloseTo(base.hx, 14);
    expect(wide.hy).toBeCloseTo(base.hy, 14);
    for (const key of ["fine", "coarse", "coarsest"] as const)
      expect(Math.abs(wide[key] / base[key] - 1)).toBeLessThan(1e-10);
  });

  test("Brownian motion (f = 0): T(x) = ((xExit − xLow)² − (x − xLow)²)/ε² on every level, to round-off", () => {
    const box = { xLow: -1, xExit: 1, yLow: -0.5, yHigh: 0.7 };
    for (const [x0, epsilon2] of [
      [-1, 0.3],
      [0.25, 2],
    ] as const) {
      const r = meanFirstPassageTime2d({
        potential: () => 0,
        epsilon2,
        box,
        start: [x0, 0.1],
        nx: 16,
        ny: 12,
      });
      const l = r.box.xLow; // widened so that x0 is a node
      const exact = ((1 - l) ** 2 - (x0 - l) ** 2) / epsilon2;
      for (const v of [r.fine, r.coarse, r.coarsest, r.time])
        expect(Math.abs(v / exact - 1)).toBeLessThan(1e-12);
    }
  });

  test("start on a node of every level: the box widens by less than one coarsest cell", () => {
    const box = { xLow: -2, xExit: 0.3, yLow: -0.77, yHigh: 1.01 };
    const r = meanFirstPassageTime2d({
      potential: coupled,
      epsilon2: 0.2,
      box,
      start: [-0.9, 0.13],
      nx: 40,
      ny: 36,
    });
    const [Hx, Hy] = [4 * r.hx, 4 * r.hy];
    expect(r.box.xExit).toBe(0.3);
    expect(r.box.xLow).toBeLessThanOrEqual(box.xLow + 1e-12);
    expect(r.box.xLow).toBeGreaterThan(box.xLow - Hx);
    expect(r.box.yLow).toBeLessThanOrEqual(box.yLow + 1e-12);
    expect(r.box.yLow).toBeGreaterThan(box.yLow - Hy);
    expect(r.box.yHigh).toBeGreaterThanOrEqual(box.yHigh - 1e-12);
    expect(r.box.yHigh).toBeLessThan(box.yHigh + Hy);
    const steps = [(0.3 - -0.9) / Hx, (-0.9 - r.box.xLow) / Hx, (0.13 - r.box.yLow) / Hy];
    for (const n of steps) expect(Math.abs(n - Math.round(n))).toBeLessThan(1e-9);
  });

  test("densityWall: 2(f(t) − f(0))/ε² = depth", () => {
    expect(densityWall({ profile: (t) => t * t, epsilon2: 0.1 })).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(densityWall({ profile: (t) => 3 + t, epsilon2: 0.2, depth: 10 })).toBeCloseTo(1, 12);
    expect(() => densityWall({ profile: () => 0, epsilon2: 0.1, maxDistance: 5 })).toThrow(/does not fall/);
  });

  test("bad arguments throw one-line errors", () => {
    const base = {
      potential: coupled,
      epsilon2: 0.1,
      box: { xLow: -2, xExit: 0.5, yLow: -1, yHigh: 1 },
      start: [-1, 0] as const,
    };
    const run = (change: object) => () => meanFirstPassageTime2d({ ...base, ...change });
    expect(run({ epsilon2: Number.NaN })).toThrow(/epsilon2 must be a finite number > 0/);
    expect(run({ epsilon2: Number.POSITIVE_INFINITY })).toThrow(/epsilon2 must be a finite number > 0/);
    expect(run({ epsilon2: 0 })).toThrow(/epsilon2 must be a finite number > 0/);
    expect(run({ start: [0.5, 0] })).toThrow(/start x \(0\.5\) must be < box\.xExit/);
    expect(run({ start: [0.7, 0] })).toThrow(/start x \(0\.7\) must be < box\.xExit/);
    expect(run({ start: [-2.5, 0] })).toThrow(/start x .* must be ≥ box\.xLow/);
    expect(run({ start: [-1, 1.5] })).toThrow(/start y .* must lie in/);
    expect(run({ start: [-1, Number.NaN] })).toThrow(/start\[1\] must be a finite number/);
    expect(run({ box: { ...base.box, yHigh: -1 } })).toThrow(/box\.yLow .* must be < box\.yHigh/);
    expect(run({ box: { ...base.box, xLow: Number.NEGATIVE_INFINITY } })).toThrow(
      /box\.xLow must be a finite/,
    );
    expect(run({ potential: () => Number.NaN })).toThrow(/potential\(.*\) must be a finite number/);
    expect(run({ nx: 30 })).toThrow(/multiples of 4/);
    expect(run({ start: [0.5 - 1e-6, 0] })).toThrow(/too close to box\.xExit .* raise nx/);
    expect(run({ nx: 4000, ny: 4000 })).toThrow(/grid too large/);
    expect(run({ ny: 2.5 })).toThrow(/ny must be an integer/);
    // A box so wide that e^{−2f/ε²} underflows cuts nodes off from the exit.
    expect(run({ epsilon2: 0.01, box: { ...base.box, yLow: -12, yHigh: 12 }, nx: 40, ny: 40 })).toThrow(
      /cut off from the exit/,
    );
  });
});
