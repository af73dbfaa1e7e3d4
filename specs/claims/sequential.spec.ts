/**
 * Power planning and sequential escalation (src/claims/sequential.ts) on synthetic experiments whose estimate is
 * truth + noise·SE(runs), SE ∝ 1/√runs, with a fixed standardized noise per stream — so each case is exact and
 * the design decisions (stages, sizes, α per stage, planned β, underpowered) can be read off.
 */
import { describe, expect, test } from "vitest";
import { runSequentially } from "../../src/claims/sequential.ts";
import type { Experiment, Simulation } from "../../src/experiments/experiment.ts";
import type { WorkerPool } from "../../src/parallel/pool.ts";
import { stageAlphas } from "../../src/stats/alphaBudget.ts";
import { bandRoom, plannedSe } from "../../src/stats/power.ts";
import { normalQuantile } from "../../src/stats/quantiles.ts";

interface Data {
  runs: number;
}

/** A simulation that only records at which size it ran. */
function fakeRuns(stream: string, runs: number, log: number[]): Simulation<Data> {
  return {
    stream,
    runs,
    describe: `${runs} fake runs`,
    resize: (n) => fakeRuns(stream, n, log),
    run: async () => {
      log.push(runs);
      return { runs };
    },
  };
}

/** Estimate = truth + u·sd/√runs with a fixed u: what one stream would show at every size. */
function fakeExperiment(o: {
  truth: number;
  u: number;
  sd: number;
  runs: number;
  log: number[];
  bias?: number;
}): Experiment {
  return {
    name: "fake",
    quantity: "q",
    simulations: [fakeRuns("s", o.runs, o.log)],
    reference: "r",
    band: { predicted: 1, lo: 0.9, hi: 1.1, why: "±10%" },
    statistic(data, alpha) {
      const { runs } = data[0] as Data;
      const se = o.sd / Math.sqrt(runs);
      const est = o.truth + o.u * se;
      const z = normalQuantile(1 - alpha / 2);
      return { estimate: est, se, interval: [est - z * se, est + z * se], method: "monte-carlo" };
    },
    ...(o.bias === undefined ? {} : { power: { bias: o.bias, why: "stated" } }),
  } as Experiment;
}

const pool = {} as WorkerPool; // the fake simulations never dispatch
const opts = { alpha: 1e-4, beta: 1e-4, knobs: { maxStages: 3, maxScale: 16 }, pool };

describe("sequential escalation sized by planned power", () => {
  test("clear at the pilot: one stage, no extra runs, slack and planned β reported", async () => {
    const log: number[] = [];
    const [d] = await runSequentially([fakeExperiment({ truth: 1, u: 0.3, sd: 1, runs: 10_000, log })], opts);
    expect(log).toEqual([10_000]);
    expect(d!.result.verdict).toBe("PASS");
    const p = d!.result.power!;
    expect(p.stages).toBe(1);
    expect(p.runs).toBe(10_000);
    // Interval [est ± z·SE] against [0.9, 1.1]: slack = (1.1 − upper)/SE.
    const se = 0.01;
    const z = normalQuantile(1 - stageAlphas(1e-4, 3)[0]! / 2);
    expect(p.slack).toBeCloseTo((0.1 - 0.3 * se - z * se) / se, 9);
    expect(p.plannedBeta).toBeLessThan(1e-4);
  });

  test("straddling at the pilot: the next stage is planned from the pilot's SE (≥ ×2), and PASSes", async () => {
    const log: number[] = [];
    const [d] = await runSequentially([fakeExperiment({ truth: 1, u: 1, sd: 1, runs: 1600, log })], opts);
    expect(log.length).toBe(2);
    const alphas = stageAlphas(1e-4, 3);
    const target = plannedSe(bandRoom({ predicted: 1, lo: 0.9, hi: 1.1 }), alphas[1]!, 1e-4);
    const planned = Math.ceil(1600 * Math.max(2, (0.025 / target) ** 2));
    expect(planned).toBeLessThan(1600 * 16); // planned, not capped
    expect(log[1]).toBe(planned);
    expect(d!.result.verdict).toBe("PASS");
    expect(d!.result.power!.stages).toBe(2);
    expect(d!.result.alpha).toBe(alphas[1]);
  });

  test("a known bias shrinks the room sizing plans with: it asks for more runs", async () => {
    const plain: number[] = [];
    const biased: number[] = [];
    await runSequentially([fakeExperiment({ truth: 1, u: 1, sd: 1, runs: 1600, log: plain })], opts);
    await runSequentially(
      [fakeExperiment({ truth: 1, u: 1, sd: 1, runs: 1600, log: biased, bias: 0.03 })],
      opts,
    );
    expect(biased[1]!, `${plain} vs ${biased}`).toBeGreaterThan(plain[1]!);
  });

  test("still straddling at the cap: INCONCLUSIVE, said to be underpowered, never FAIL", async () => {
    const log: number[] = [];
    // Truth on the band edge: no size decides it.
    const [d] = await runSequentially([fakeExperiment({ truth: 1.1, u: 0, sd: 1, runs: 400, log })], opts);
    expect(d!.result.verdict).toBe("INCONCLUSIVE");
    expect(Math.max(...log)).toBe(400 * 16);
    expect(d!.result.notes?.some((n) => n.startsWith("underpowered"))).toBe(true);
  });

  test("a clear FAIL at the pilot is final (no escalation), decided at the first stage's α", async () => {
    const log: number[] = [];
    const [d] = await runSequentially([fakeExperiment({ truth: 1.5, u: 0, sd: 1, runs: 10_000, log })], opts);
    expect(log).toEqual([10_000]);
    expect(d!.result.verdict).toBe("FAIL");
    expect(d!.result.alpha).toBe(stageAlphas(1e-4, 3)[0]);
  });

  test("a deterministic estimate from simulations (a noise-free run) is exact: planned β 0 or 1, no slack, no escalation", async () => {
    const log: number[] = [];
    const e = fakeExperiment({ truth: 1, u: 0, sd: 0, runs: 2, log });
    const exactFromRuns = {
      ...e,
      statistic: () => ({
        estimate: 1,
        se: 0,
        interval: [1, 1] as [number, number],
        method: "exact" as const,
      }),
    };
    const [d] = await runSequentially([exactFromRuns], opts);
    expect(log).toEqual([2]);
    expect(d!.result.power!.plannedBeta).toBe(0);
    expect(d!.result.power!.slack).toBeNull();
  });

  test("α spent over the stages sums to the assertion's α (the false-FAIL rate stays ≤ α)", () => {
    for (const k of [1, 2, 3, 4]) {
      const a = stageAlphas(1e-4, k);
      expect(a).toHaveLength(k);
      expect(a.reduce((s, v) => s + v, 0)).toBeLessThanOrEqual(1e-4 * (1 + 1e-12));
    }
  });
});

describe("progress", () => {
  test("moves through the exact experiments too (W1 used to sit at 86%, then jump): monotone, past half before the end", async () => {
    const { prepareClaims, runClaim } = await import("../../src/claims/runner.ts");
    const { WorkerPool } = await import("../../src/parallel/pool.ts");
    const [p] = prepareClaims(["W1"], "quick");
    const pool = new WorkerPool(1);
    const seen: number[] = [];
    try {
      await runClaim(
        p!.def,
        p!.config,
        { seed: "1705.07562", budget: "quick", pool, onProgress: (f) => seen.push(f) },
        p!.experiments,
      );
    } finally {
      await pool.close();
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(seen.at(-1)).toBe(1);
    // Steps while deciding the exact experiments, not one jump from the simulations' end to 1.
    const between = seen.filter((f) => f > 0.5 && f < 0.99).length;
    expect(between).toBeGreaterThan(5);
  }, 60_000);
});

describe("undecided for a reason more runs cannot change", () => {
  const gated = (final: boolean, log: number[]): Experiment =>
    ({
      name: "gated",
      quantity: "q",
      simulations: [fakeRuns("g", 100, log)],
      reference: "an exact reference that failed its own accuracy gate",
      band: { predicted: 1, lo: 0.9, hi: 1.1, why: "±10%" },
      statistic: () => ({
        undecided: "the reference's mesh error exceeds its gate",
        method: "monte-carlo",
        ...(final ? { final: true } : {}),
      }),
    }) as Experiment;

  test("a final undecided stops at the first stage (no escalation, not 'underpowered')", async () => {
    const log: number[] = [];
    const [d] = await runSequentially([gated(true, log)], opts);
    expect(log).toEqual([100]);
    expect(d!.result.verdict).toBe("INCONCLUSIVE");
    expect(d!.result.power!.stages).toBe(1);
    expect((d!.result.notes ?? []).some((n) => n.startsWith("underpowered"))).toBe(false);
  });

  test("a plain undecided escalates to the cap (the contrast)", async () => {
    const log: number[] = [];
    const [d] = await runSequentially([gated(false, log)], opts);
    expect(log.length).toBe(3);
    expect(d!.result.power!.stages).toBe(3);
  });
});
