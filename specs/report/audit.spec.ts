import { describe, expect, test } from "vitest";
import { AUDIT_LEVEL, auditMarkdown, summarizeAudit } from "../../src/report/audit.ts";
import type { ClaimReport } from "../../src/report/schema.ts";
import type { AssertionResult, Verdict } from "../../src/stats/types.ts";
import { assertionFixture } from "../support/assertions.ts";

const assertion = (name: string, verdict: Verdict, slack: number | null, stages = 1): AssertionResult =>
  assertionFixture({
    name,
    verdict,
    method: slack === null ? "exact" : "monte-carlo",
    power: { stages, scale: stages, runs: 100, slack, plannedBeta: 1e-6, bias: 0 },
  });
const report = (id: string, assertions: AssertionResult[]) => ({ id, assertions }) as ClaimReport;

describe("seed audit: observed non-PASS rate against the planned α + β", () => {
  const runs = ["s1", "s2", "s3", "s4"].map((seed, k) => ({
    seed,
    reports: [
      report("A1", [
        assertion("tight", k === 2 ? "INCONCLUSIVE" : "PASS", 1 + k, k === 2 ? 3 : 1),
        assertion("exact", "PASS", null),
      ]),
      report("B2", [assertion("roomy", "PASS", 10 + k)]),
    ],
  }));
  const a = summarizeAudit("quick", runs);

  test("counts runs with any non-PASS, per-assertion verdicts, smallest slack and where, escalations", () => {
    expect(a.runs).toBe(4);
    expect(a.nonPassRuns).toBe(1);
    expect(a.rate).toBe(0.25);
    expect(a.claims).toEqual(["A1", "B2"]);
    const tight = a.assertions.find((r) => r.name === "tight")!;
    expect(tight.verdicts).toEqual({ PASS: 3, INCONCLUSIVE: 1, FAIL: 0 });
    expect(tight.minSlack).toBe(1);
    expect(tight.minSlackSeed).toBe("s1");
    expect(tight.maxStages).toBe(3);
    expect(a.assertions[0]!.name).toBe("tight"); // non-PASS first
    expect(a.assertions.find((r) => r.name === "exact")!.minSlack).toBeNull();
    expect(a.smallestSlack).toEqual({ slack: 1, claim: "A1", name: "tight", seed: "s1" });
    expect(a.escalated).toBe(1);
    expect(a.planned).toBeCloseTo(3 * 2e-6, 15);
  });

  test("one non-PASS run in 4 is incompatible with a planned rate of 6e-6 per run (p ≈ 2.4e-5 < level)", () => {
    expect(a.p).toBeCloseTo(1 - (1 - a.planned) ** 4, 8);
    expect(a.p).toBeLessThan(AUDIT_LEVEL);
    expect(a.compatible).toBe(false);
    expect(auditMarkdown(a)).toContain("NOT compatible with the plan");
  });

  test("all PASS is compatible, with an exact interval that includes 0", () => {
    const clean = summarizeAudit(
      "quick",
      runs.map((r) => ({ ...r, reports: [report("B2", [assertion("roomy", "PASS", 10)])] })),
    );
    expect(clean.nonPassRuns).toBe(0);
    expect(clean.p).toBe(1);
    expect(clean.compatible).toBe(true);
    expect(clean.rateInterval[0]).toBe(0);
    expect(clean.rateInterval[1]).toBeGreaterThan(0.5); // 4 runs say little: Clopper–Pearson upper ≈ 0.6
    expect(auditMarkdown(clean)).toContain("Compatible with the plan");
  });
});
