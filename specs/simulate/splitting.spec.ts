import { describe, expect, test } from "vitest";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import type { Landscape } from "../../src/landscapes/landscape.ts";
import { normalCdf } from "../../src/math/normal.ts";
import { discreteExitChain } from "../../src/reference/exit/discreteExitChain.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { multilevelSplitting } from "../../src/simulate/multilevelSplitting.ts";
import {
  type CycleModel,
  cycleRuns,
  REGENERATION_HALF_WIDTH,
  SplitChain,
} from "../../src/simulate/regenerativeCycles.ts";
import { PATH_EXITED, PATH_FULL, PATH_REGENERATED } from "../../src/simulate/splitChainKernel.ts";
import { normalQuantile } from "../../src/stats/quantiles.ts";
import { type SplittingExitData, splittingMeanExit } from "../../src/stats/splittingExit.ts";
import { binomialCdf, kolmogorovSmirnovTest } from "../../src/stats/tests.ts";
import { fc, prop } from "../support/prop.ts";

/**
 * The rare-event estimator of mean exit counts (Nummelin-split SGD + adaptive multilevel splitting + the renewal
 * identity) against known answers: its compiled kernel against the reference step bit for bit, the split
 * chain's regeneration law, the renewal identity on brute-force cycles, unbiasedness with few replicas, the exact
 * chain at E N up to 1e13 in 1-D and, through a separable 2-D landscape, in 2-D; and the interval's coverage
 * over streams. Tolerances are at ≤ 1e-4 per check (z ≈ 4) unless a test says otherwise.
 */
const DW = landscapeFromSpec({ kind: "double-well" });
const DW2 = landscapeFromSpec({ kind: "double-well-2d", k: 2 });
const LIMITS = { maxLength: 1e7, maxRounds: 1e6 };
const Z = normalQuantile(1 - 1e-4 / 2);

const dwModel = (eta: number, landscape: Landscape = DW): CycleModel => ({
  landscape,
  eta,
  sigma: 1,
  center: landscape.dim === 1 ? [-1] : [-1, 0],
  normal: landscape.dim === 1 ? [1] : [1, 0],
  offset: 0,
});

const exactDoubleWell = (eta: number) =>
  discreteExitChain({ gradient: (x) => x * x * x - x, noiseStd: () => 1, eta, start: -1, upper: 0 }).mean;

/** The estimator's data from `runs` splitting runs with `replicas` replicas, and cycles and heads as the claims use. */
function estimate(model: CycleModel, runs: number, replicas: number, stream: string): SplittingExitData {
  const chain = new SplitChain(model);
  const rng = Xoshiro128.fromName(stream);
  const p = new Float64Array(runs);
  let steps = 0;
  for (let r = 0; r < runs; r++) {
    const run = multilevelSplitting(chain, replicas, rng, LIMITS);
    p[r] = run.p;
    steps += run.steps;
  }
  const cycles = cycleRuns(chain, 200 * runs, null, rng, LIMITS.maxLength);
  const head = cycleRuns(chain, 50 * runs, model.center, rng, LIMITS.maxLength);
  return { p, replicas, cycles, head, steps };
}

/** The reference path: SplitChain.step repeated, as the compiled kernel claims to do. */
function referencePath(chain: SplitChain, rng: Xoshiro128, start: number[], cap: number) {
  const d = chain.dim;
  const path = new Float64Array(cap * d);
  const xis = new Float64Array(cap);
  path.set(start);
  xis[0] = chain.xi(path);
  let len = 1;
  let status = PATH_FULL;
  while (len < cap) {
    if (chain.step(rng, path, (len - 1) * d, path, len * d)) {
      status = PATH_REGENERATED;
      break;
    }
    const v = chain.xi(path, len * d);
    xis[len++] = v;
    if (v >= 0) {
      status = PATH_EXITED;
      break;
    }
  }
  return { path: Array.from(path.subarray(0, len * d)), xis: Array.from(xis.subarray(1, len)), status, len };
}

describe("split chain: compiled kernel", () => {
  const { gradientSource: _dropped, ...rest } = DW;
  const called: Landscape = { ...rest, name: "double well, gradient by call" };
  const coupled = landscapeFromSpec({
    kind: "polynomial",
    dim: 2,
    terms: [
      { c: 0.25, p: [4, 0] },
      { c: -0.5, p: [2, 0] },
      { c: 0.5, p: [0, 2] },
      { c: 0.5, p: [2, 2] },
    ],
  });
  const cases: [string, Landscape, number][] = [
    ["1-D double well", DW, 0.1],
    ["1-D double well, gradient by call", called, 0.1],
    ["2-D double well", DW2, 0.1],
    ["2-D coupled polynomial", coupled, 0.08],
  ];
  for (const [name, landscape, eta] of cases)
    test(`${name}: advance() equals SplitChain.step repeated, bit for bit (states, ξ, status, generator)`, () => {
      const model = dwModel(eta, landscape);
      const chain = new SplitChain({ ...model, sigma: 1.3 });
      const d = chain.dim;
      let statuses = 0;
      for (let r = 0; r < 300; r++) {
        const rng = Xoshiro128.fromName(`splitting/kernel/${name}/${r}`);
        const twin = rng.clone();
        // Starts from the minimizer to near the saddle, so segments end by regeneration, exit and a full buffer.
        const x = -1 + 0.15 * (r % 7);
        const start = d === 1 ? [x] : [x, 0.01 * (r % 3)];
        const cap = 5 + (r % 40) * 20;
        const ref = referencePath(chain, rng, start, cap);
        const path = new Float64Array(cap * d);
        const xis = new Float64Array(cap);
        path.set(start);
        const status = chain.advance(twin, path, xis, 1, cap, Number.NEGATIVE_INFINITY);
        expect(status).toBe(ref.status);
        expect(chain.length).toBe(ref.len);
        expect(Array.from(path.subarray(0, ref.len * d))).toEqual(ref.path);
        expect(Array.from(xis.subarray(1, ref.len))).toEqual(ref.xis);
        expect(Array.from(twin.state)).toEqual(Array.from(rng.state));
        expect(chain.best).toBe(
          ref.status === PATH_EXITED
            ? Number.POSITIVE_INFINITY
            : Math.max(Number.NEGATIVE_INFINITY, ...ref.xis),
        );
        statuses |= 1 << status;
      }
      // Every way a path segment can end was exercised.
      expect(statuses).toBe(0b111);
    });
});

describe("split chain: regeneration", () => {
  const eta = 0.05;
  const s = eta;
  const h = REGENERATION_HALF_WIDTH * s;
  const tail = 1 - normalCdf(REGENERATION_HALF_WIDTH);
  /** ν's distribution function around the minimizer −1 (regenerativeCycles.ts). */
  const nuCdf = (t: number) =>
    t >= -1
      ? 1 - (1 - normalCdf((t + 1 + h) / s)) / (2 * tail)
      : (1 - normalCdf((-1 - t + h) / s)) / (2 * tail);

  test("drawNu samples ν (KS, 2·10⁴ draws)", () => {
    const chain = new SplitChain(dwModel(eta));
    const rng = Xoshiro128.fromName("splitting/nu");
    const y = new Float64Array(1);
    const sample = Array.from({ length: 20000 }, () => {
      chain.drawNu(rng, y);
      return y[0]!;
    });
    expect(kolmogorovSmirnovTest(sample, nuCdf).p).toBeGreaterThan(1e-4);
  });

  test("after a regeneration the state is ν-distributed whatever the state before (two ends of C, KS)", () => {
    const chain = new SplitChain(dwModel(eta));
    // m(x) = x − η(x³ − x) is increasing near −1 with m(−1) = −1, so x = −1 ± 0.9·h/(1 + 2η) lies in C.
    for (const x0 of [-1 - (0.9 * h) / (1 + 2 * eta), -1 + (0.9 * h) / (1 + 2 * eta)]) {
      const rng = Xoshiro128.fromName(`splitting/regen/${x0}`);
      const x = Float64Array.of(x0);
      const y = new Float64Array(1);
      const after: number[] = [];
      let tries = 0;
      while (after.length < 20000) {
        tries++;
        if (chain.step(rng, x, 0, y, 0)) after.push(y[0]!);
      }
      expect(kolmogorovSmirnovTest(after, nuCdf).p).toBeGreaterThan(1e-4);
      // From C the chance of a regeneration is exactly ε = 2Φ(−a) (binomial, z = 4.4).
      const eps = 2 * tail;
      expect(Math.abs(after.length / tries - eps)).toBeLessThan(Z * Math.sqrt((eps * (1 - eps)) / tries));
    }
  });

  prop([fc.double({ min: -1.3, max: -0.7, noNaN: true }), fc.integer({ min: 0, max: 1e6 })], {
    numRuns: 200,
  })("outside C a step never regenerates (and inside it may)", (x0, seed) => {
    const chain = new SplitChain(dwModel(eta));
    const m = x0 - eta * (x0 ** 3 - x0);
    const rng = Xoshiro128.fromName(`splitting/outside/${seed}`);
    const y = new Float64Array(1);
    let regenerated = false;
    for (let k = 0; k < 50; k++) regenerated ||= chain.step(rng, Float64Array.of(x0), 0, y, 0);
    if (Math.abs(m + 1) > h * (1 + 1e-12)) expect(regenerated).toBe(false);
  });
});

describe("renewal identity and splitting against the exact chain", () => {
  test("E N = a + q·c/p with p from brute-force cycles (no splitting) equals the chain at η = 0.2, 0.1", () => {
    for (const eta of [0.2, 0.1]) {
      const chain = new SplitChain(dwModel(eta));
      const rng = Xoshiro128.fromName(`splitting/renewal/${eta}`);
      const cycles = cycleRuns(chain, 2_000_000, null, rng, 1e7);
      const head = cycleRuns(chain, 200_000, [-1], rng, 1e7);
      const p = cycles.exits / cycles.runs;
      const c = cycles.length / cycles.runs;
      const a = head.length / head.runs;
      const q = 1 - head.exits / head.runs;
      const en = a + (q * c) / p;
      // p's binomial error dominates: relative SE √((1 − p)/(p·runs)).
      const rse = Math.sqrt((1 - p) / (p * cycles.runs));
      expect(Math.abs(en / exactDoubleWell(eta) - 1)).toBeLessThan(Z * rse * 1.05);
    }
  });

  test("splitting with 5 replicas is unbiased (ties killed together): mean p̂ over 4000 runs at η = 0.1", () => {
    const model = dwModel(0.1);
    const few = estimate(model, 4000, 5, "splitting/unbiased/5");
    const est = splittingMeanExit(few, 1e-4);
    const exact = exactDoubleWell(0.1);
    expect(Math.abs(est.mean - exact)).toBeLessThan(Z * est.se);
  });

  for (const [eta, runs] of [
    [0.05, 400],
    [0.03, 400],
    [0.02, 400],
  ] as const)
    test(`1-D double well at η = ${eta}: splitting E N equals the exact chain (E N = ${exactDoubleWell(eta).toPrecision(3)})`, () => {
      const est = splittingMeanExit(estimate(dwModel(eta), runs, 100, `splitting/1d/${eta}`), 1e-4);
      const exact = exactDoubleWell(eta);
      expect(exact).toBeGreaterThanOrEqual(est.interval[0]);
      expect(exact).toBeLessThanOrEqual(est.interval[1]);
      // And the interval is informative: ±15% or better at 400 runs.
      expect(est.interval[1] / est.interval[0]).toBeLessThan(1.35);
    });

  test("2-D: x⁴/4 − x²/2 + y² has x's law of the 1-D chain, but regenerates in 2-D; at η = 0.03 E N matches it", () => {
    const eta = 0.03;
    const est = splittingMeanExit(estimate(dwModel(eta, DW2), 300, 100, "splitting/2d"), 1e-4);
    const exact = exactDoubleWell(eta);
    expect(exact).toBeGreaterThanOrEqual(est.interval[0]);
    expect(exact).toBeLessThanOrEqual(est.interval[1]);
  });

  test("coverage over 300 streams: the 90% interval holds the exact E N at η = 0.1 (binomial band)", () => {
    const exact = exactDoubleWell(0.1);
    let hits = 0;
    const streams = 300;
    for (let k = 0; k < streams; k++) {
      const est = splittingMeanExit(estimate(dwModel(0.1), 30, 20, `splitting/coverage/${k}`), 0.1);
      if (exact >= est.interval[0] && exact <= est.interval[1]) hits++;
    }
    // Two-sided 1e-4 band of Binomial(300, 0.9): far from it means the interval is mis-calibrated.
    expect(binomialCdf(hits, streams, 0.9)).toBeGreaterThan(5e-5);
    expect(1 - binomialCdf(hits - 1, streams, 0.9)).toBeGreaterThan(5e-5);
  });

  test("deterministic per stream, and a refused run names its cause", () => {
    const a = estimate(dwModel(0.05), 5, 50, "splitting/det");
    const b = estimate(dwModel(0.05), 5, 50, "splitting/det");
    expect(Array.from(a.p)).toEqual(Array.from(b.p));
    expect(a.cycles).toEqual(b.cycles);
    const chain = new SplitChain(dwModel(0.02));
    expect(() =>
      multilevelSplitting(chain, 20, Xoshiro128.fromName("x"), { maxLength: 1e7, maxRounds: 50 }),
    ).toThrow(/killing rounds/);
    expect(() => multilevelSplitting(chain, 1, Xoshiro128.fromName("x"), LIMITS)).toThrow(/n ≥ 2/);
  });
});
