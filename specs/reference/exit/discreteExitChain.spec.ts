import { describe, expect, test } from "vitest";
import { BandedChain } from "../../../src/reference/exit/bandedChain.ts";
import { discreteExitChain } from "../../../src/reference/exit/discreteExitChain.ts";
import { meanFirstPassageTime } from "../../../src/reference/exit/mfpt.ts";
import { Xoshiro128 } from "../../../src/rng/xoshiro128.ts";
import { nextNormal } from "../../../src/rng/ziggurat.ts";
import { normalCdf } from "../../../src/stats/quantiles.ts";

/** Double well f = x⁴/4 − x²/2 (THEORY M3). */
const doubleWellGradient = (x: number) => x * x * x - x;
const doubleWell = (eta: number, upper = 0) =>
  discreteExitChain({ gradient: doubleWellGradient, noiseStd: () => 1, eta, start: -1, upper });

/**
 * Monte Carlo of the exit count of x ← x − ηf'(x) + ηs(x)z from `start` (seeded stream `name`), each run stopped
 * at `horizon`: mean, standard deviation and standard error of min(N, horizon), and the runs still inside.
 */
function monteCarloExit(
  name: string,
  runs: number,
  o: { gradient: (x: number) => number; noiseStd: (x: number) => number; eta: number; start: number },
  exited: (x: number) => boolean,
  horizon = 1e7,
) {
  const rng = Xoshiro128.fromName(name);
  let sum = 0;
  let sum2 = 0;
  let survived = 0;
  for (let r = 0; r < runs; r++) {
    let x = o.start;
    let k = 0;
    do {
      x = x - o.eta * o.gradient(x) + o.eta * o.noiseStd(x) * nextNormal(rng);
      k++;
    } while (!exited(x) && k < horizon);
    if (!exited(x)) survived++;
    sum += k;
    sum2 += k * k;
  }
  const mean = sum / runs;
  const sd = Math.sqrt((sum2 - runs * mean * mean) / (runs - 1));
  return { mean, sd, se: sd / Math.sqrt(runs), survived };
}

/**
 * An independent, deliberately simple discretisation: piecewise-constant T on cells of width h ending at the exit
 * level 0, collocated at cell centres, cell probabilities from normal CDF differences (mass below the grid stays
 * in the first cell). Its error is O(h²), so Richardson over (h, h/2) must land on the Nyström value.
 */
function cellAverageChain(eta: number, left: number, h: number): number {
  const n = Math.round(-left / h);
  const a = -n * h;
  const centre = (i: number) => a + (i + 0.5) * h;
  const mu = Array.from({ length: n }, (_, i) => centre(i) - eta * doubleWellGradient(centre(i)));
  const lo = mu.map((m) => Math.max(0, Math.floor((m - 9 * eta - a) / h)));
  const hi = mu.map((m) => Math.min(n - 1, Math.floor((m + 9 * eta - a) / h)));
  const lowerWidth = Math.max(0, ...lo.map((j, i) => i - j));
  const upperWidth = Math.max(0, ...hi.map((j, i) => j - i));
  const c = new BandedChain(n, lowerWidth, upperWidth);
  for (let i = 0; i < n; i++) {
    c.exit[i] = normalCdf(mu[i]! / eta);
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const from = j === 0 ? Number.NEGATIVE_INFINITY : (a + j * h - mu[i]!) / eta;
      c.transition[c.index(i, j)] = normalCdf((a + (j + 1) * h - mu[i]!) / eta) - normalCdf(from);
    }
  }
  const T = c.factor().solve(new Float64Array(n).fill(1));
  // Start −1 is a cell centre when 1/h − ½ is an integer; otherwise linear interpolation between centres.
  const s = (-1 - a) / h - 0.5;
  const i0 = Math.floor(s);
  return T[i0]! + (s - i0) * (T[i0 + 1]! - T[i0]!);
}

describe("M3 — exact mean exit iteration count of 1-D SGD (discretised chain)", () => {
  test("double well, σ = 1, −1 → first x ≥ 0: E N = 4168.94 (η = 0.1), 1.146926e6 (η = 0.05)", () => {
    const t0 = performance.now();
    const slow = doubleWell(0.05);
    const elapsed = performance.now() - t0;
    const fast = doubleWell(0.1);
    expect(fast.mean).toBeCloseTo(4168.939283, 5);
    expect(slow.mean / 1.146926099e6 - 1).toBeCloseTo(0, 9);
    expect(fast.errorEstimate).toBeLessThan(1e-10 * fast.mean);
    expect(slow.errorEstimate).toBeLessThan(1e-10 * slow.mean);
    // std/mean of N: THEORY "≈ 0.99"; N is nearly exponential once E N ≫ the relaxation time.
    expect(fast.std / fast.mean).toBeCloseTo(0.99549, 4);
    expect(slow.std / slow.mean).toBeCloseTo(0.99996, 4);
    expect(elapsed).toBeLessThan(1000);
  });

  test("THEORY's 4165 and 1.1446e6 are an unconverged O(h²) cell chain at h = ηs/20; extrapolated, it agrees", () => {
    // The quoted digits are reproduced by the simple cell-average scheme at h = τ/20 (τ = ησ, the step width);
    // refining h moves it to the Nyström value, which is converged to ~1e-12 (errorEstimate above).
    expect(Number(cellAverageChain(0.1, -2.2, 0.005).toPrecision(4))).toBe(4165);
    const coarse = cellAverageChain(0.05, -2, 0.0025);
    expect(Number(coarse.toPrecision(5))).toBe(1.1446e6);
    const h = cellAverageChain(0.1, -2.2, 0.01);
    const h2 = cellAverageChain(0.1, -2.2, 0.005);
    const extrapolated = (4 * h2 - h) / 3;
    expect(Math.abs(extrapolated / doubleWell(0.1).mean - 1)).toBeLessThan(3e-6);
  });

  test("grid convergence: resolution 3 agrees with the default; truncation far left does not matter", () => {
    const base = doubleWell(0.1);
    const finer = discreteExitChain({
      gradient: doubleWellGradient,
      noiseStd: () => 1,
      eta: 0.1,
      start: -1,
      upper: 0,
      resolution: 3,
    });
    expect(Math.abs(finer.mean / base.mean - 1)).toBeLessThan(1e-10);
    expect(base.levels[1].nodes).toBe(2 * base.levels[0].nodes);
    for (const truncation of [-2.2, -3.5]) {
      const r = discreteExitChain({
        gradient: doubleWellGradient,
        noiseStd: () => 1,
        eta: 0.1,
        start: -1,
        upper: 0,
        truncation,
      });
      expect(Math.abs(r.mean / base.mean - 1)).toBeLessThan(1e-10);
    }
  });

  test("η·E N / T_SDE → 1 with the exit level past the saddle (at the saddle: an O(√η) excess of 8–15%)", () => {
    const ratio = (eta: number, upper: number) =>
      (eta * doubleWell(eta, upper).mean) /
      meanFirstPassageTime({
        drift: (x) => -doubleWellGradient(x),
        diffusion2: () => eta,
        lower: -3,
        upper,
        start: -1,
      }).value;
    const past = [0.1, 0.05, 0.025].map((eta) => Math.abs(ratio(eta, 0.5) - 1));
    expect(past[0]).toBeLessThan(0.03);
    expect(past[1]!).toBeLessThan(past[0]!);
    expect(past[2]!).toBeLessThan(0.6 * past[1]!);
    for (const eta of [0.1, 0.025]) {
      const atSaddle = ratio(eta, 0);
      expect(atSaddle).toBeGreaterThan(1.08);
      expect(atSaddle).toBeLessThan(1.16);
    }
  });

  test("mirror image: escape from +1 through the left (lower = 0) takes as long", () => {
    const left = discreteExitChain({
      gradient: doubleWellGradient,
      noiseStd: () => 1,
      eta: 0.1,
      start: 1,
      lower: 0,
    });
    expect(Math.abs(left.mean / doubleWell(0.1).mean - 1)).toBeLessThan(1e-10);
  });

  test("agrees with Monte Carlo on the double well at η = 0.3 (E N ≈ 45)", () => {
    const model = { gradient: doubleWellGradient, noiseStd: () => 1, eta: 0.3, start: -1 };
    const exact = discreteExitChain({ ...model, upper: 0 });
    const mc = monteCarloExit("exit/chain/double-well", 20_000, model, (x) => x >= 0);
    expect(Math.abs(mc.mean - exact.mean)).toBeLessThan(6 * mc.se);
    expect(Math.abs(mc.sd / exact.std - 1)).toBeLessThan(0.05);
  });

  test("agrees with Monte Carlo with state-dependent noise s(x) = 1 + ½sin 3x (η = 0.3, E N ≈ 128)", () => {
    const model = {
      gradient: doubleWellGradient,
      noiseStd: (x: number) => 1 + 0.5 * Math.sin(3 * x),
      eta: 0.3,
      start: -1,
    };
    const exact = discreteExitChain({ ...model, upper: 0 });
    const mc = monteCarloExit("exit/chain/state-dependent", 8_000, model, (x) => x >= 0);
    expect(Math.abs(mc.mean - exact.mean)).toBeLessThan(6 * mc.se);
  });

  test("two exit levels: linear saddle f = −x²/2, exit from [−1, 1], η = 0.1, against Monte Carlo", () => {
    const model = { gradient: (x: number) => -x, noiseStd: () => 1, eta: 0.1, start: 0 };
    const exact = discreteExitChain({ ...model, lower: -1, upper: 1 });
    const mc = monteCarloExit("exit/chain/saddle", 20_000, model, (x) => Math.abs(x) >= 1);
    expect(Math.abs(mc.mean - exact.mean)).toBeLessThan(6 * mc.se);
  });

  test.each([
    [0.1, 23.26, 0.04],
    [0.03, 93.48, 0.12],
    [0.01, 331.0, 0.35],
  ])("linear saddle (γ = a = σ = 1), η = %s: THEORY's Monte Carlo %s ± %s", (eta, mc, se) => {
    const exact = discreteExitChain({
      gradient: (x) => -x,
      noiseStd: () => 1,
      eta,
      start: 0,
      lower: -1,
      upper: 1,
    });
    expect(Math.abs(exact.mean - mc)).toBeLessThan(3 * se);
  });

  test("censored law at a horizon h: P(N > h) and E min(N, h) agree with Monte Carlo (double well, η = 0.3, h = 40)", () => {
    const model = { gradient: doubleWellGradient, noiseStd: () => 1, eta: 0.3, start: -1 };
    const h = 40;
    const law = discreteExitChain({ ...model, upper: 0, horizon: h }).censored!;
    const runs = 20_000;
    const mc = monteCarloExit("exit/chain/censored", runs, model, (x) => x >= 0, h);
    const p = mc.survived / runs;
    expect(Math.abs(p - law.survival)).toBeLessThan(
      5 * Math.sqrt((law.survival * (1 - law.survival)) / runs),
    );
    expect(Math.abs(mc.mean - law.meanMin)).toBeLessThan(5 * mc.se);
    expect(law.survival).toBeGreaterThan(0.2); // the check is about censoring, so some must be censored
  });

  test("censored law: a horizon far beyond E N recovers E N, P(N > h) ≈ 0; h = 1 is the one-step survival", () => {
    const far = discreteExitChain({
      gradient: doubleWellGradient,
      noiseStd: () => 1,
      eta: 0.3,
      start: -1,
      upper: 0,
      horizon: 2000,
    });
    expect(far.censored!.meanMin / far.mean - 1).toBeLessThan(1e-9);
    expect(far.censored!.survival).toBeLessThan(1e-12);
    const one = discreteExitChain({
      gradient: doubleWellGradient,
      noiseStd: () => 1,
      eta: 0.3,
      start: -1,
      upper: 0,
      horizon: 1,
    });
    // From −1 (f' = 0) one step lands at −1 + 0.3 z: it stays below 0 with probability Φ(1/0.3).
    expect(one.censored!.survival).toBeCloseTo(normalCdf(1 / 0.3), 12);
    expect(one.censored!.meanMin).toBe(1);
  });

  test("bad arguments throw one-line errors", () => {
    const base = { gradient: doubleWellGradient, noiseStd: () => 1, eta: 0.1, start: -1, upper: 0 };
    expect(() => discreteExitChain({ ...base, eta: 0 })).toThrow(/eta must be a finite number > 0/);
    expect(() => discreteExitChain({ ...base, eta: Number.NaN })).toThrow(/eta must be/);
    expect(() => discreteExitChain({ ...base, start: 0.5 })).toThrow(/start .* must be < upper/);
    expect(() => discreteExitChain({ ...base, lower: -0.5 })).toThrow(/start .* must be > lower/);
    expect(() => discreteExitChain({ ...base, upper: undefined })).toThrow(/exit level/);
    expect(() => discreteExitChain({ ...base, truncation: -0.5 })).toThrow(/truncation .* must be < start/);
    expect(() => discreteExitChain({ ...base, noiseStd: () => 0 })).toThrow(/noiseStd\(.*\) must be/);
    expect(() => discreteExitChain({ ...base, gradient: () => Number.NaN })).toThrow(
      /gradient\(.*\) must be/,
    );
    // f' = 1 everywhere: nothing confines the walk on the left, so no automatic truncation exists.
    expect(() => discreteExitChain({ ...base, gradient: () => 1 })).toThrow(/pass truncation/);
  });
});
