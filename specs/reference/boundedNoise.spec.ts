import { describe, expect, test } from "vitest";
import { B_CRITICAL } from "../../src/claims/validity/V3.ts";
import { popcount32, rademacherMeanDraw, uniformDraw } from "../../src/noise/boundedSamplers.ts";
import { boundedNoiseChain, rademacherMeanLaw } from "../../src/reference/exit/boundedNoiseChain.ts";
import { boundedNoiseExponent } from "../../src/reference/exit/boundedNoiseExponent.ts";
import { reachableHull } from "../../src/reference/exit/boundedNoiseHull.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { boundedExitCounts } from "../../src/simulate/boundedExit.ts";
import { kolmogorovSmirnovTest } from "../../src/stats/tests.ts";
import { cliSandbox, expectConfigRefused } from "../support/cli.ts";
import { fc, prop } from "../support/prop.ts";

/**
 * Claim V3's pieces: the bounded samplers (golden streams, exact laws), the large-deviation exponent S against
 * THEORY.md V3's quoted values, the exact bounded-noise chain against Monte Carlo and under refinement, the
 * reachable-hull proof, and V3's bad input.
 */
const g = (x: number) => x * x * x - x;

describe("bounded samplers", () => {
  test("golden stream: the first draws from 'golden/bounded' are pinned", () => {
    const r = Xoshiro128.fromName("golden/bounded");
    expect(Array.from({ length: 6 }, () => rademacherMeanDraw(r, 1, 1))).toEqual([1, 1, 1, -1, 1, 1]);
    expect(Array.from({ length: 6 }, () => rademacherMeanDraw(r, 1, 3))).toEqual([
      1, 0.33333333333333326, 0.33333333333333326, 0.33333333333333326, -0.33333333333333337, 1,
    ]);
    expect(Array.from({ length: 4 }, () => rademacherMeanDraw(r, 0.5, 32))).toEqual([
      0.125, -0.03125, -0.09375, 0.09375,
    ]);
    expect(Array.from({ length: 4 }, () => uniformDraw(r, 2))).toEqual([
      0.003567186649888754, 0.5173959298990667, -0.2453140844590962, -0.7034010854549706,
    ]);
  });

  prop([fc.integer({ min: 0, max: 0xffffffff })])("popcount32 counts the set bits", (w) => {
    let naive = 0;
    for (let i = 0; i < 32; i++) naive += (w >>> i) & 1;
    expect(popcount32(w)).toBe(naive);
  });

  test("the mean of B Rademacher draws has the binomial law exactly (χ² over 2·10⁵ draws, B = 1, 3, 8, 32)", () => {
    for (const B of [1, 3, 8, 32]) {
      const r = Xoshiro128.fromName(`spec/bounded/binomial/${B}`);
      const n = 200_000;
      const counts = new Array<number>(B + 1).fill(0);
      for (let i = 0; i < n; i++) counts[Math.round(((rademacherMeanDraw(r, 1, B) + 1) * B) / 2)]! += 1;
      const law = rademacherMeanLaw(1, B);
      let chi2 = 0;
      let df = -1;
      counts.forEach((c, k) => {
        const expected = n * (law.kind === "discrete" ? law.probs[k]! : 0);
        if (expected >= 5) {
          chi2 += (c - expected) ** 2 / expected;
          df += 1;
        }
      });
      // χ²_df has mean df and SD √(2df); 6 SDs above the mean is far past any honest fluctuation.
      expect(chi2).toBeLessThan(df + 6 * Math.sqrt(2 * Math.max(df, 1)));
    }
  });

  test("uniform draws: on (−b, b), mean 0, variance b²/3, and the uniform CDF (KS, 10⁵ draws)", () => {
    const r = Xoshiro128.fromName("spec/bounded/uniform");
    const b = 1.7;
    const xs = Array.from({ length: 100_000 }, () => uniformDraw(r, b));
    expect(Math.max(...xs.map(Math.abs))).toBeLessThan(b);
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + x * x, 0) / xs.length;
    expect(Math.abs(m)).toBeLessThan((5 * b) / Math.sqrt(3 * xs.length));
    expect(Math.abs(v / ((b * b) / 3) - 1)).toBeLessThan(0.02);
    const ks = kolmogorovSmirnovTest(xs, (x) => Math.min(1, Math.max(0, (x + b) / (2 * b))));
    expect(ks.p).toBeGreaterThan(1e-4);
  });
});

describe("the bounded-noise exponent S (THEORY.md V3)", () => {
  test("double well, minimum −1 to saddle 0: quoted values", () => {
    const S = (kind: "rademacher" | "uniform" | "gaussian", b: number) =>
      boundedNoiseExponent(g, -1, 0, { kind, b });
    expect(S("rademacher", 0.75)).toBeCloseTo(1.021, 3);
    expect(S("uniform", 0.75)).toBeCloseTo(3.45, 2);
    expect(S("rademacher", 1)).toBeCloseTo(0.538, 3);
    expect(S("uniform", 1)).toBeCloseTo(1.71, 2);
    // Gaussian of the same variance: 2Δf/σ² exactly.
    expect(S("gaussian", 0.75)).toBeCloseTo(0.5 / 0.5625, 10);
    expect(S("gaussian", 0.75 / Math.sqrt(3))).toBeCloseTo(0.5 / (0.5625 / 3), 9);
    expect(B_CRITICAL).toBeCloseTo(0.3849, 4);
    expect(S("rademacher", 0.38)).toBe(Number.POSITIVE_INFINITY);
  });

  prop([fc.double({ min: 0.4, max: 2, noNaN: true }), fc.integer({ min: 1, max: 8 })], { numRuns: 30 })(
    "the mean of B draws: S_B = B·S₁",
    (b, B) => {
      const s1 = boundedNoiseExponent(g, -1, 0, { kind: "rademacher", b });
      const sB = boundedNoiseExponent(g, -1, 0, { kind: "rademacher", b, batch: B });
      expect(Math.abs(sB / (B * s1) - 1)).toBeLessThan(1e-9);
    },
  );
});

describe("the exact bounded-noise chain", () => {
  test("agrees with Monte Carlo (4 SE) and with itself at half the spacing (0.5%), Rademacher and uniform", () => {
    const cases = [
      { noise: rademacherMeanLaw(1, 1), mc: { kind: "rademacher" as const, b: 1, batch: 1 }, eta: 0.3 },
      { noise: { kind: "uniform" as const, b: 1.2 }, mc: { kind: "uniform" as const, b: 1.2 }, eta: 0.3 },
      { noise: rademacherMeanLaw(1, 3), mc: { kind: "rademacher" as const, b: 1, batch: 3 }, eta: 0.3 },
    ];
    for (const c of cases) {
      const T1 = boundedNoiseChain({
        gradient: g,
        noise: c.noise,
        eta: c.eta,
        lo: -1.5,
        z: 0,
        nodes: 600,
      }).meanExitSteps(-1);
      const T2 = boundedNoiseChain({
        gradient: g,
        noise: c.noise,
        eta: c.eta,
        lo: -1.5,
        z: 0,
        nodes: 1200,
      }).meanExitSteps(-1);
      expect(Math.abs(T1 / T2 - 1)).toBeLessThan(0.005);
      const n = 20_000;
      const counts = boundedExitCounts(
        { noise: c.mc, eta: c.eta, x0: -1, z: 0, horizon: 1e7, particles: n },
        Xoshiro128.fromName(`spec/bounded/chain/${c.mc.kind}`),
      );
      const m = counts.reduce((s, v) => s + v, 0) / n;
      const sd = Math.sqrt(counts.reduce((s, v) => s + (v - m) ** 2, 0) / (n - 1));
      expect(Math.abs(m - T2)).toBeLessThan((4 * sd) / Math.sqrt(n));
    }
  });

  test("refuses a state space a step can leave", () => {
    expect(() =>
      boundedNoiseChain({ gradient: g, noise: rademacherMeanLaw(1), eta: 0.3, lo: -1.1, z: 0, nodes: 200 }),
    ).toThrow(/below lo/);
  });
});

describe("below the threshold: the reachable hull", () => {
  test("b = 0.35 < b_c at η = 0.5: the hull from −1 stays left of the saddle; above b_c it does not", () => {
    const hull = reachableHull(g, 0.35, 0.5, -1, 0);
    expect(hull).not.toBeNull();
    expect(hull![1]).toBeLessThan(0);
    expect(reachableHull(g, 0.5, 0.5, -1, 0)).toBeNull();
  });
});

describe("V3 bad input → one line, exit 2, no report", () => {
  const cli = cliSandbox("claims-v3-bad-");
  test.each([
    [
      { rademacher: { b: 0.3 } },
      /^error: rademacher\.b: must exceed b_c = 0\.3849 for an escape to time, got 0\.3$/,
    ],
    [{ uniform: { b: -1 } }, /^error: uniform\.b: must be > 0, got -1$/],
    [{ batchMean: { batch: 33 } }, /^error: batchMean\.batch: must be ≤ 32, got 33$/],
    [{ belowThreshold: { b: 0.5 } }, /^error: belowThreshold\.b: must be below b_c = 0\.3849, got 0\.5$/],
    [
      { rademacher: { etas: [0.1, 0.2] } },
      /^error: rademacher\.etas: must be a list of at least 3 step sizes$/,
    ],
    [{ runs: 10 }, /^error: runs: needs at least 100 runs per η for an interval, got 10$/],
  ])("%j", async (overrides, pattern) => {
    await expectConfigRefused(cli, "V3", overrides, pattern);
  });
});
