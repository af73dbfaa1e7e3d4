/**
 * `<ID>.md` and `index.md` (DESIGN.md §7): what a reader opens first. Verdict on top, then what was claimed,
 * the plot, the decision table, the data behind it, and the command that reproduces it all.
 */
import { claimVerdict } from "../stats/decision.ts";
import type { Verdict } from "../stats/types.ts";
import { fmt, fmtAlpha, fmtCount, fmtInterval, fmtSeconds, MISSING } from "./format.ts";
import type { ClaimReport, Measurement, Provenance, RunSummary } from "./schema.ts";

const VERDICT_MARK: Record<Verdict, string> = { PASS: "✅", FAIL: "❌", INCONCLUSIVE: "⚠️" };

/** "**Verdict: PASS** ✅" */
export function verdictBadge(verdict: Verdict): string {
  return `**Verdict: ${verdict}** ${VERDICT_MARK[verdict]}`;
}

/** A verdict for a table cell: "✅ PASS"; a designed contrast's FAIL reads "❌ FAIL — designed contrast, as expected". */
function verdictCell(verdict: Verdict, contrast?: string): string {
  if (!contrast) return `${VERDICT_MARK[verdict]} ${verdict}`;
  const what =
    verdict === "FAIL"
      ? "designed contrast, as expected"
      : verdict === "PASS"
        ? "designed contrast did not show: the claim fails"
        : "designed contrast, undecided";
  return `${VERDICT_MARK[verdict]} ${verdict} — ${what}`;
}

/**
 * Text made safe for one GFM table cell: `|` escaped (GFM splits cells on it even inside code spans), line
 * breaks as `<br>` (a newline would end the row).
 */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** A GFM table with every cell escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** A fenced code block whose fence is longer than any backtick run inside (so the content cannot close it). */
function codeBlock(text: string, lang = ""): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Markdown link target: spaces and other URL-unsafe characters percent-encoded. */
function linkTarget(path: string): string {
  return encodeURI(path).replace(/\(/g, "%28").replace(/\)/g, "%29");
}

/** Columns of the per-η table: eta, n, estimate, se, censored first, then the rest in first-seen order. */
export function measurementColumns(rows: readonly Measurement[]): string[] {
  const fixed = ["eta", "n", "estimate", "se", "censored"];
  const present = new Set<string>();
  const rest: string[] = [];
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (value === undefined) continue;
      if (!present.has(key) && !fixed.includes(key)) rest.push(key);
      present.add(key);
    }
  }
  // eta, n, estimate and se are required by the schema: always shown, even for an empty table.
  return [...fixed.filter((k) => k !== "censored" || present.has(k)), ...rest];
}

const COUNT_COLUMNS = new Set(["n", "censored"]);

function cellValue(column: string, value: Measurement[string]): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value;
  return COUNT_COLUMNS.has(column) ? fmtCount(value) : fmt(value);
}

function provenanceRows(p: Partial<Provenance>, wallSeconds: number): string[][] {
  return [
    ["Seed", `\`${p.seed ?? MISSING}\``],
    ["Budget", p.budget ?? MISSING],
    ["Workers", p.workers === undefined ? MISSING : String(p.workers)],
    ["Package version", p.packageVersion ?? MISSING],
    ["Node", p.node ?? MISSING],
    ["Git commit", p.gitCommit ? `\`${p.gitCommit}\`` : "(not a git checkout)"],
    ["Started", p.startedAt ?? MISSING],
    ["Wall time", `${fmtSeconds(wallSeconds)} s`],
  ];
}

/** The statement as a blockquote (every line prefixed, so a multi-paragraph statement stays quoted). */
function blockquote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((l) => (l.trim() ? `> ${l}` : ">"))
    .join("\n");
}

function configJson(config: unknown): string | null {
  if (config === undefined) return null;
  try {
    return JSON.stringify(config, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2) ?? null;
  } catch {
    return null;
  }
}

/**
 * The per-claim page `<ID>.md`; `svgFileName` is the plot beside it (normally `<ID>.svg`), `digestFileName`
 * the digest shown before it when the claim has many panels.
 */
export function claimMarkdown(
  report: ClaimReport,
  svgFileName: string,
  digestFileName: string | null = null,
): string {
  const p = report.provenance;
  const out: string[] = [];
  out.push(`# ${report.id} — ${report.title}`, "", verdictBadge(report.verdict));
  const counts = countVerdicts(report.assertions.filter((a) => !a.contrast).map((a) => a.verdict));
  const contrasts = report.assertions.filter((a) => a.contrast);
  if (report.assertions.length > 0) {
    out[out.length - 1] +=
      ` · ${report.assertions.length} assertion${report.assertions.length === 1 ? "" : "s"}: ${summariseCounts(counts)}${contrasts.length ? `; ${contrasts.length} designed contrast${contrasts.length === 1 ? "" : "s"} (${contrasts.map((a) => a.verdict).join(", ")}: FAIL is the expected outcome)` : ""}`;
  }
  out.push("", "## Statement", "", blockquote(report.statement), "");
  out.push(`**Source:** ${p.source}`, "");

  if (digestFileName)
    out.push(
      "## Digest",
      "",
      `![${report.id}: every assertion scaled to its band](${linkTarget(digestFileName)})`,
      "",
      `_${report.plots.length} panels, one per case and test function, follow under Plot._`,
      "",
    );
  out.push("## Plot", "", `![${report.id}](${linkTarget(svgFileName)})`, "");

  out.push("## Assertions", "");
  if (report.assertions.length === 0) {
    out.push("_No assertions._", "");
  } else {
    const bands = report.bandsVsStandard ?? [];
    if (bands.length > 0)
      out.push(
        `> ⚠️ **This ${report.provenance.budget} run checks bands other than the standard budget's** (marked †): ${bands
          .map((b) => `\`${b.field}\` = ${JSON.stringify(b.value)} (standard: ${JSON.stringify(b.standard)})`)
          .join("; ")}. A PASS here is a PASS at these bands.`,
        "",
      );
    const mark = bands.length > 0 ? " †" : "";
    const rows = report.assertions.map((a) => {
      const d = a.power;
      return [
        a.name,
        a.method === "exact" ? fmt(a.estimate) : `${fmt(a.estimate)} ± ${fmt(a.se, 2)}`,
        fmtInterval(a.interval),
        `${fmtInterval(a.band)}${mark}`,
        a.bandWhy,
        d && d.runs > 0 ? fmtCount(d.runs) : "exact",
        d ? `${d.stages}${d.stages > 1 ? ` (×${fmt(d.scale, 3)})` : ""}` : MISSING,
        d?.slack == null ? MISSING : fmt(d.slack, 3),
        fmtAlpha(a.alpha),
        d ? fmtAlpha(d.plannedBeta) : MISSING,
        verdictCell(a.verdict, a.contrast),
      ];
    });
    out.push(
      table(
        [
          "Assertion",
          "Estimate ± SE",
          "Interval",
          "Band",
          "Why this band",
          "n",
          "Stages",
          "Slack (SE)",
          "α",
          "Planned β",
          "Verdict",
        ],
        rows,
      ),
      "",
    );
    out.push(
      "_A PASS needs the (1 − α) interval inside the band; a FAIL, the interval outside it; otherwise INCONCLUSIVE. " +
        "n: independent runs behind the estimate; stages: sequential stages run (×: final size over the configured one); " +
        "slack: how many SEs the interval could still move before it touches the nearer band edge; planned β: the " +
        "designed probability of a non-PASS when the theory holds._",
      "",
    );
    // What each assertion measures and could have detected (STYLE.md: every assertion states its power), then
    // its known bias and notes.
    for (const a of report.assertions) {
      const notes = (a.notes ?? []).map((n) => ` ${n.replace(/\r?\n/g, " ")}`).join("");
      const bias =
        a.power && a.power.bias !== 0
          ? ` Known bias ${fmt(a.power.bias, 3)}${a.power.biasWhy ? ` (${a.power.biasWhy})` : ""}, kept out of the room.`
          : "";
      out.push(
        `- **${a.name}:** ${a.quantity}; detectable deviation ${fmt(a.detectable)} (${a.method}).${bias}${notes}`,
      );
    }
    out.push("");
  }

  const predictions = Object.entries(report.predictions);
  if (predictions.length > 0) {
    out.push(
      "## Predictions",
      "",
      table(
        ["Quantity", "Predicted"],
        predictions.map(([k, v]) => [k, fmt(v)]),
      ),
      "",
    );
  }

  out.push("## Measurements", "");
  if (report.measurements.length === 0) {
    out.push("_No per-η measurements._", "");
  } else {
    const columns = measurementColumns(report.measurements);
    const header = columns.map((c) => (c === "eta" ? "η" : c));
    const rows = report.measurements.map((m) => columns.map((c) => cellValue(c, m[c])));
    out.push(table(header, rows), "");
  }

  if (report.propertyRuns && report.propertyRuns.length > 0) {
    out.push("## Property runs (fast-check)", "");
    const rows = report.propertyRuns.map((r) => [
      r.name,
      String(r.numRuns),
      `\`${r.seed}\``,
      r.path ? `\`${r.path}\`` : MISSING,
      r.failed ? "❌ failed" : "✅ passed",
    ]);
    out.push(table(["Property", "Runs", "Seed", "Path", "Result"], rows), "");
    out.push("_Replay a run with fast-check's `{ seed, path }` parameters._", "");
  }

  if (report.notes.length > 0) {
    out.push("## Notes", "", ...report.notes.map((n) => `- ${n.replace(/\r?\n/g, " ")}`), "");
  }

  out.push("## Provenance", "", table(["Field", "Value"], provenanceRows(p, p.wallSeconds)), "");
  out.push(`Report schema ${report.schemaVersion}.`, "");
  const config = configJson(report.config);
  if (config !== null) {
    out.push(
      "<details><summary>Configuration</summary>",
      "",
      codeBlock(config, "json"),
      "",
      "</details>",
      "",
    );
  }

  out.push("## Reproduce", "", codeBlock(p.command, "sh"), "");
  return out.join("\n");
}

function countVerdicts(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const c: Record<Verdict, number> = { PASS: 0, FAIL: 0, INCONCLUSIVE: 0 };
  for (const v of verdicts) c[v]++;
  return c;
}

function summariseCounts(c: Record<Verdict, number>): string {
  return (["PASS", "FAIL", "INCONCLUSIVE"] as const)
    .filter((v) => c[v] > 0)
    .map((v) => `${c[v]} ${v}`)
    .join(", ");
}

/** The run's `index.md`: provenance, one row per claim (linking to `<ID>.md`), totals, and what needs a look. */
export function indexMarkdown(
  summary: RunSummary,
  reports: readonly ClaimReport[],
  overviewSvg?: string,
): string {
  const p = summary.provenance;
  const out: string[] = [];
  out.push("# Claims report", "", verdictBadge(summary.verdict), "");

  const counts = countVerdicts(summary.claims.map((c) => c.verdict));
  const assertions = summary.claims.reduce((s, c) => s + c.assertions, 0);
  const claimWall = summary.claims.reduce((s, c) => s + c.wallSeconds, 0);

  out.push("## Claims", "");
  if (summary.claims.length === 0) {
    out.push("_No claims were run._", "");
  } else {
    const rows = summary.claims.map((c) => [
      `[${c.id}](${linkTarget(`${c.id}.md`)})`,
      c.title,
      verdictCell(c.verdict),
      String(c.assertions),
      fmtSeconds(c.wallSeconds),
    ]);
    rows.push([
      "**Total**",
      `${summary.claims.length} claim${summary.claims.length === 1 ? "" : "s"}: ${summariseCounts(counts)}`,
      verdictCell(summary.verdict),
      String(assertions),
      fmtSeconds(claimWall),
    ]);
    out.push(table(["Claim", "Title", "Verdict", "Assertions", "Wall (s)"], rows), "");
  }

  if (overviewSvg && reports.length > 0) {
    out.push(
      "## Overview",
      "",
      `![Every assertion's estimate and interval scaled to its band](${linkTarget(overviewSvg)})`,
      "",
      "_Each row is one assertion, in units of its band: 0 is the prediction, ±1 the band's edges. An interval well inside ±1 has room; one touching an edge is tight (its slack in SE is on the claim's page)._",
      "",
    );
  }

  // Which assertions made a claim fail or stay inconclusive, so the reader knows which page to open.
  const attention = reports.flatMap((r) =>
    r.assertions
      .filter((a) => claimVerdict(a) !== "PASS")
      .map((a) => [
        `[${r.id}](${linkTarget(`${r.id}.md`)})`,
        a.name,
        fmtInterval(a.interval),
        fmtInterval(a.band),
        verdictCell(a.verdict, a.contrast),
      ]),
  );
  if (attention.length > 0) {
    out.push("## Needs attention", "");
    out.push(table(["Claim", "Assertion", "Interval", "Band", "Verdict"], attention), "");
  }

  out.push("## Provenance", "", table(["Field", "Value"], provenanceRows(p, p.wallSeconds)), "");
  out.push(`Report schema ${summary.schemaVersion}.`, "");
  out.push("## Reproduce", "", codeBlock(p.command, "sh"), "");
  return out.join("\n");
}
