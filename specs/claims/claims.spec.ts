import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { REGISTRY } from "../../src/claims/registry.ts";
import { runClaims } from "../../src/claims/runner.ts";
import { DEFAULT_SEED } from "../../src/cli/main.ts";
import { baselineOf, compareBaselines, readBaselines } from "../../src/report/compare.ts";
import type { ClaimReport } from "../../src/report/schema.ts";
import { writeClaimReport, writeRunIndex } from "../../src/report/writer.ts";

/**
 * Every registered claim at the quick budget, as `npm test` runs it: each must PASS, the run emits its report
 * (to the git-ignored out/test-reports), and no assertion drifts from the committed quick baseline.
 */
const OUT = new URL("../../out/test-reports/", import.meta.url).pathname;
const BASELINES = new URL("../../fixtures/baselines/quick/", import.meta.url).pathname;

describe("claims at the quick budget", async () => {
  const { reports, summary } = await runClaims({
    claims: REGISTRY.map((c) => c.id),
    budget: "quick",
    seed: DEFAULT_SEED,
    workers: availableParallelism(),
    command: "npx vitest run specs/claims",
  });
  for (const r of reports) await writeClaimReport(OUT, r);
  writeRunIndex(OUT, summary, reports);

  for (const r of reports) {
    test(`${r.id}: ${r.title}`, () => {
      const failing = r.assertions.filter((a) => a.verdict !== "PASS");
      expect(
        failing.map(
          (a) =>
            `${a.name}: ${a.verdict} (estimate ${a.estimate}, interval [${a.interval}], band [${a.band}])`,
        ),
      ).toEqual([]);
      expect(r.verdict).toBe("PASS");
    });
  }

  test("no regression against fixtures/baselines/quick", () => {
    const findings = compareBaselines(reports.map(baselineOf), readBaselines(BASELINES));
    expect(findings.map((f) => `${f.claim} ${f.quantity}: ${f.message}`)).toEqual([]);
  });

  test("reports follow the JSON contract", () => {
    for (const r of reports) {
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
        for (const key of ["name", "estimate", "interval", "predicted", "band", "alpha", "verdict"])
          expect(a).toHaveProperty(key);
    }
  });
});

describe("the same seed gives the same numbers whatever the worker count", () => {
  // W1: Monte-Carlo coupled paths; B5: multi-phase schedules whose later phases start from earlier blocks' states.
  test.each(["W1", "B5"])(
    "`claims run %s --workers 1` and `--workers 2` write identical measurements and assertions",
    (id) => {
      const dir = mkdtempSync(join(tmpdir(), "claims-workers-"));
      const read = (workers: number) => {
        const out = join(dir, `w${workers}`);
        const r = spawnSync(
          process.execPath,
          ["bin/claims.mjs", "run", id, "--budget", "quick", "--workers", String(workers), "--out", out],
          { encoding: "utf8" },
        );
        expect(r.status, r.stderr).toBe(0);
        const json = JSON.parse(readFileSync(join(out, `${id}.json`), "utf8")) as ClaimReport;
        return { measurements: json.measurements, assertions: json.assertions };
      };
      expect(read(2)).toEqual(read(1));
    },
  );
});
