import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { REGISTRY } from "../../src/claims/registry.ts";
import { prepareClaims, runClaim, runClaims, summarizeRun } from "../../src/claims/runner.ts";
import { DEFAULT_SEED } from "../../src/cli/main.ts";
import { WorkerPool } from "../../src/parallel/pool.ts";
import { baselineOf, compareBaselines, readBaselines } from "../../src/report/compare.ts";
import type { ClaimReport } from "../../src/report/schema.ts";
import { writeClaimReport, writeRunIndex } from "../../src/report/writer.ts";
import { claimVerdict } from "../../src/stats/decision.ts";

/**
 * Every registered claim at the quick budget, as `npm test` runs it: one test per claim (`vitest -t M3` runs
 * M3 alone, and a failure names its claim). Each claim must PASS, emit its report (to the git-ignored
 * out/test-reports) in the JSON contract, and not drift from the committed quick baseline.
 */
const OUT = new URL("../../out/test-reports/", import.meta.url).pathname;
const BASELINES = readBaselines(new URL("../../fixtures/baselines/quick/", import.meta.url).pathname);
/** Every baseline assertion is compared at α_total / (all quick assertions), whichever claims run. */
const ASSERTIONS = BASELINES.reduce((s, b) => s + b.assertions.length, 0);
const COMMAND = "npx vitest run specs/claims/claims.spec.ts";

const pool = new WorkerPool(availableParallelism());
const reports: ClaimReport[] = [];
const started = new Date().toISOString();
const t0 = performance.now();

afterAll(async () => {
  await pool.close();
  if (!reports.length) return;
  const provenance = {
    ...reports[0]!.provenance,
    startedAt: started,
    wallSeconds: (performance.now() - t0) / 1000,
  };
  writeRunIndex(OUT, summarizeRun(reports, provenance), reports);
});

describe("claims at the quick budget", () => {
  for (const def of REGISTRY)
    test(`${def.id}: ${def.title}`, async () => {
      const { reports: done } = await runClaims({
        claims: [def.id],
        budget: "quick",
        seed: DEFAULT_SEED,
        workers: pool.size,
        pool,
        command: COMMAND,
      });
      const r = done[0]!;
      reports.push(r);
      await writeClaimReport(OUT, r);
      // A designed contrast counts by what it means for the claim: its own verdict is FAIL by design (checked below).
      const failing = r.assertions.filter((a) => claimVerdict(a) !== "PASS");
      expect(
        failing.map(
          (a) =>
            `${a.name}: ${a.verdict} (estimate ${a.estimate}, interval [${a.interval}], band [${a.band}])`,
        ),
      ).toEqual([]);
      expect(r.verdict).toBe("PASS");
      for (const a of r.assertions.filter((x) => x.contrast)) expect(a.verdict, a.name).toBe("FAIL");

      const findings = compareBaselines([baselineOf(r)], BASELINES, 1e-3, ASSERTIONS);
      expect(
        findings.map((f) => `${f.quantity}: ${f.message}`),
        "drift from fixtures/baselines/quick",
      ).toEqual([]);

      const json = JSON.parse(readFileSync(join(OUT, `${r.id}.json`), "utf8")) as ClaimReport;
      for (const key of [
        "schemaVersion",
        "id",
        "title",
        "statement",
        "provenance",
        "config",
        "measurements",
        "assertions",
        "verdict",
      ])
        expect(json).toHaveProperty(key);
      for (const key of [
        "seed",
        "budget",
        "workers",
        "packageVersion",
        "node",
        "gitCommit",
        "startedAt",
        "wallSeconds",
      ])
        expect(json.provenance).toHaveProperty(key);
      for (const m of json.measurements)
        for (const key of ["eta", "n", "estimate", "se"]) expect(m).toHaveProperty(key);
      for (const a of json.assertions)
        for (const key of [
          "name",
          "estimate",
          "interval",
          "predicted",
          "band",
          "bandWhy",
          "alpha",
          "verdict",
          "reference",
        ])
          expect(a).toHaveProperty(key);
    });
});

describe("the same seed gives the same numbers whatever the worker count", () => {
  // M3: exit runs (1-D and the 2-D case), S3: exit states as well as times, B5: schedules whose later phases
  // start from earlier blocks' states. Reduced runs: the property is about the bits, not the verdicts.
  const reduced: Record<string, unknown> = {
    M3: { particles: 400, continuum: null, kramers: null },
    S3: { particles: 400 },
    B5: { particles: 1000 },
  };
  test.each(Object.keys(reduced))(
    "%s on 1 and on 2 workers: identical measurements and assertions",
    async (id) => {
      const [p] = prepareClaims([id], "quick", { claims: { [id]: reduced[id] } }, {}, DEFAULT_SEED);
      const run = async (workers: number) => {
        const own = new WorkerPool(workers);
        try {
          const o = await runClaim(
            p!.def,
            p!.config,
            { seed: DEFAULT_SEED, budget: "quick", pool: own },
            p!.experiments,
          );
          return { measurements: o.measurements, assertions: o.assertions };
        } finally {
          await own.close();
        }
      };
      expect(await run(2)).toEqual(await run(1));
    },
  );
});
