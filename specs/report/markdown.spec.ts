import { describe, expect, it } from "vitest";
import { claimMarkdown, escapeCell, indexMarkdown, measurementColumns } from "../../src/report/markdown.ts";
import type { ClaimReport, RunSummary } from "../../src/report/schema.ts";
import type { AssertionResult } from "../../src/stats/types.ts";

const command = "node bin/claims.mjs run --only C3 --budget quick --seed 0x5eed --out reports";

const slope: AssertionResult = {
  name: "weak-order slope",
  quantity: "weak order of SME-1 in η",
  estimate: 1.0123,
  se: 0.021,
  interval: [0.96, 1.07],
  predicted: 1,
  band: [0.9, 1.1],
  bandWhy: "O(η²) curvature over the η range moves the fitted slope by ≤ 0.1",
  alpha: 0.05 / 3,
  verdict: "PASS",
  detectable: 0.05,
  method: "monte-carlo",
  power: {
    stages: 2,
    scale: 2.5,
    runs: 20000,
    slack: 1.234,
    plannedBeta: 1e-5,
    bias: 0.002,
    biasWhy: "exact chain",
  },
};

const { power: _design, ...undesigned } = slope;
const curvature: AssertionResult = {
  ...undesigned,
  name: "curvature | quadratic term",
  quantity: "quadratic coefficient",
  estimate: 0.3,
  interval: [0.2, 0.4],
  predicted: 0,
  band: [-0.1, 0.1],
  bandWhy: "no curvature expected",
  verdict: "FAIL",
  notes: ["fit residuals look structured"],
};

const report: ClaimReport = {
  schemaVersion: "1.0.0",
  id: "C3",
  title: "SME-1 is a weak order-1 approximation",
  statement: "For smooth f, |E f(x_N) − E f(X_{Nη})| = O(η).\nHolds on [0, T].",
  provenance: {
    seed: "0x5eed",
    budget: "quick",
    workers: 2,
    packageVersion: "0.1.0",
    node: "v20.19.0",
    gitCommit: "60eeda8",
    startedAt: "2025-01-01T00:00:00.000Z",
    wallSeconds: 12.345,
    command,
    source: "Li–Tai–E (2017), Theorem 1",
  },
  config: { etas: [0.2, 0.1], T: 1 },
  predictions: { slope: 1 },
  measurements: [
    { eta: 0.2, n: 200000, estimate: 0.061, se: 0.0012, censored: 0, reference: 0.0612, scheme: "euler" },
    { eta: 0.1, n: 400000, estimate: 0.0302, se: 0.0009, exact: true },
  ],
  assertions: [slope, curvature],
  verdict: "FAIL",
  plots: [],
  propertyRuns: [
    { name: "order holds for random quadratics", seed: 42, path: "3:1", numRuns: 50, failed: false },
  ],
  notes: ["η = 0.4 dropped: unstable."],
};

const summary: RunSummary = {
  schemaVersion: "1.0.0",
  provenance: {
    seed: "0x5eed",
    budget: "quick",
    workers: 2,
    packageVersion: "0.1.0",
    node: "v20.19.0",
    gitCommit: null,
    startedAt: "2025-01-01T00:00:00.000Z",
    wallSeconds: 20.5,
    command: "node bin/claims.mjs run --budget quick --out reports",
  },
  alphaPerClaim: 5e-5,
  familyWiseAlpha: 1e-4,
  claims: [
    { id: "C1", title: "Gradient flow | limit", verdict: "PASS", wallSeconds: 8.1, assertions: 1 },
    { id: "C3", title: report.title, verdict: "FAIL", wallSeconds: 12.345, assertions: 2 },
  ],
  verdict: "FAIL",
};

/** Rows of GFM tables: lines starting with "|" that are not separator lines. */
function tableLines(md: string): string[] {
  return md.split("\n").filter((l) => l.startsWith("|") && !/^\|( --- \|)+$/.test(l));
}

/** Cells of a table row, splitting on unescaped pipes only (as GFM does). */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe("claimMarkdown", () => {
  const md = claimMarkdown(report, "C3.svg");

  it("opens with the id, title and verdict badge", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe("# C3 — SME-1 is a weak order-1 approximation");
    expect(md).toContain("**Verdict: FAIL** ❌");
    expect(md).toContain("2 assertions: 1 PASS, 1 FAIL");
    expect(claimMarkdown({ ...report, verdict: "PASS" }, "C3.svg")).toContain("**Verdict: PASS** ✅");
    expect(claimMarkdown({ ...report, verdict: "INCONCLUSIVE" }, "C3.svg")).toContain(
      "**Verdict: INCONCLUSIVE** ⚠️",
    );
  });

  it("quotes every line of the statement and names the source", () => {
    expect(md).toContain("> For smooth f, |E f(x_N) − E f(X_{Nη})| = O(η).\n> Holds on [0, T].");
    expect(md).toContain("**Source:** Li–Tai–E (2017), Theorem 1");
  });

  it("embeds the plot and the provenance", () => {
    expect(md).toContain("![C3](C3.svg)");
    for (const text of [
      "`0x5eed`",
      "| Budget | quick |",
      "| Workers | 2 |",
      "0.1.0",
      "v20.19.0",
      "`60eeda8`",
    ]) {
      expect(md).toContain(text);
    }
    expect(md).toContain("| Wall time | 12.3 s |");
    expect(md).toContain("2025-01-01T00:00:00.000Z");
  });

  it("tables every assertion with its interval, band, reason, design (n, stages, slack, β), α and verdict", () => {
    const rows = tableLines(md).filter((l) => l.includes("weak-order slope") || l.includes("quadratic term"));
    expect(rows).toHaveLength(2);
    const first = cells(rows[0]!);
    expect(first).toEqual([
      "weak-order slope",
      "1.012 ± 0.021",
      "[0.96, 1.07]",
      "[0.9, 1.1]",
      "O(η²) curvature over the η range moves the fitted slope by ≤ 0.1",
      "20000",
      "2 (×2.5)",
      "1.23",
      "0.0167",
      "1e-5",
      "✅ PASS",
    ]);
    // The pipe in the assertion name is escaped, so the row keeps its 11 cells; no design recorded: dashes.
    const second = cells(rows[1]!);
    expect(second).toHaveLength(11);
    expect(second[0]).toBe("curvature \\| quadratic term");
    expect(second.slice(5, 8)).toEqual(["exact", "—", "—"]);
    expect(second[10]).toBe("❌ FAIL");
    expect(md).toContain(
      "- **curvature | quadratic term:** quadratic coefficient; detectable deviation 0.05 (monte-carlo). fit residuals look structured",
    );
    expect(md).toContain("Known bias 0.002 (exact chain), kept out of the room.");
  });

  it("says beside the bands when the run checks bands other than the standard budget's", () => {
    expect(md).not.toContain("†");
    const weaker = claimMarkdown(
      { ...report, bandsVsStandard: [{ field: "relativeBand", value: 0.1, standard: 0.05 }] },
      "C3.svg",
    );
    expect(weaker).toContain("checks bands other than the standard budget's");
    expect(weaker).toContain("`relativeBand` = 0.1 (standard: 0.05)");
    const row = cells(tableLines(weaker).find((l) => l.includes("weak-order slope"))!);
    expect(row[3]).toBe("[0.9, 1.1] †");
  });

  it("tables every measurement row with the union of columns in stable order", () => {
    const header = tableLines(md).find((l) => l.startsWith("| η |"));
    expect(header).toBeDefined();
    expect(cells(header!)).toEqual(["η", "n", "estimate", "se", "censored", "reference", "scheme", "exact"]);
    expect(md).toContain("| 0.2 | 200000 | 0.061 | 0.0012 | 0 | 0.0612 | euler | — |");
    expect(md).toContain("| 0.1 | 400000 | 0.0302 | 9e-4 | — | — | — | yes |");
    expect(measurementColumns([{ eta: 1, n: 1, estimate: 1, se: 0 }])).toEqual([
      "eta",
      "n",
      "estimate",
      "se",
    ]);
  });

  it("lists property runs, predictions and notes", () => {
    expect(md).toContain("| order holds for random quadratics | 50 | `42` | `3:1` | ✅ passed |");
    expect(md).toContain("| slope | 1 |");
    expect(md).toContain("- η = 0.4 dropped: unstable.");
    expect(md).toContain('"etas": [');
  });

  it("ends with the exact reproduce command in a code block", () => {
    expect(md).toContain(`## Reproduce\n\n\`\`\`sh\n${command}\n\`\`\``);
  });

  it("keeps every table row's cell count equal to its header's", () => {
    const lines = md.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!/^\|( --- \|)+$/.test(lines[i]!)) continue;
      const width = cells(lines[i - 1]!).length;
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith("|"); j++) {
        expect(cells(lines[j]!)).toHaveLength(width);
      }
    }
  });

  it("handles a claim with no assertions, measurements or property runs", () => {
    const bare = claimMarkdown(
      { ...report, assertions: [], measurements: [], propertyRuns: undefined, notes: [], config: undefined },
      "C3.svg",
    );
    expect(bare).toContain("_No assertions._");
    expect(bare).toContain("_No per-η measurements._");
    expect(bare).not.toContain("Property runs");
    expect(bare).toContain(command);
  });
});

describe("escapeCell", () => {
  it("escapes pipes and turns newlines into <br>", () => {
    expect(escapeCell("a|b\nc")).toBe("a\\|b<br>c");
  });
});

describe("indexMarkdown", () => {
  const md = indexMarkdown(summary, [report], "overview.svg");

  it("links every claim to its page with verdict, assertion count and wall time", () => {
    expect(md).toContain("**Verdict: FAIL** ❌");
    expect(md).toContain("| [C1](C1.md) | Gradient flow \\| limit | ✅ PASS | 1 | 8.10 |");
    expect(md).toContain("| [C3](C3.md) | SME-1 is a weak order-1 approximation | ❌ FAIL | 2 | 12.3 |");
    expect(md).toContain("| **Total** | 2 claims: 1 PASS, 1 FAIL | ❌ FAIL | 3 | 20.4 |");
  });

  it("lists the assertions that did not pass, and the provenance", () => {
    expect(md).toContain(
      "| [C3](C3.md) | curvature \\| quadratic term | [0.2, 0.4] | [-0.1, 0.1] | ❌ FAIL |",
    );
    expect(md).not.toMatch(/Needs attention[\s\S]*weak-order slope/);
    expect(md).toContain("(not a git checkout)");
    expect(md).toContain("| Wall time | 20.5 s |");
    expect(md).toContain("```sh\nnode bin/claims.mjs run --budget quick --out reports\n```");
  });

  it("shows the overview figure (every assertion scaled to its band) before the attention list", () => {
    expect(md).toContain("## Overview");
    expect(md).toContain("](overview.svg)");
    expect(md.indexOf("## Overview")).toBeLessThan(md.indexOf("## Needs attention"));
    expect(indexMarkdown(summary, [report])).not.toContain("## Overview");
  });
});
