import { fmt, fmtAlpha, fmtCount, fmtInterval, fmtSeconds, MISSING } from "./format.js";
const VERDICT_MARK = { PASS: "✅", FAIL: "❌", INCONCLUSIVE: "⚠️" };
/** "**Verdict: PASS** ✅" */
export function verdictBadge(verdict) {
    return `**Verdict: ${verdict}** ${VERDICT_MARK[verdict]}`;
}
/** A verdict for a table cell: "✅ PASS". */
function verdictCell(verdict) {
    return `${VERDICT_MARK[verdict]} ${verdict}`;
}
/**
 * Text made safe for one GFM table cell: `|` escaped (GFM splits cells on it even inside code spans), line
 * breaks as `<br>` (a newline would end the row).
 */
export function escapeCell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
/** A GFM table with every cell escaped. */
export function table(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(" | ")} |`;
    return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}
/** A fenced code block whose fence is longer than any backtick run inside (so the content cannot close it). */
function codeBlock(text, lang = "") {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/** Markdown link target: spaces and other URL-unsafe characters percent-encoded. */
function linkTarget(path) {
    return encodeURI(path).replace(/\(/g, "%28").replace(/\)/g, "%29");
}
/** Columns of the per-η table: eta, n, estimate, se, censored first, then the rest in first-seen order. */
export function measurementColumns(rows) {
    const fixed = ["eta", "n", "estimate", "se", "censored"];
    const present = new Set();
    const rest = [];
    for (const row of rows) {
        for (const [key, value] of Object.entries(row)) {
            if (value === undefined)
                continue;
            if (!present.has(key) && !fixed.includes(key))
                rest.push(key);
            present.add(key);
        }
    }
    // eta, n, estimate and se are required by the schema: always shown, even for an empty table.
    return [...fixed.filter((k) => k !== "censored" || present.has(k)), ...rest];
}
const COUNT_COLUMNS = new Set(["n", "censored"]);
function cellValue(column, value) {
    if (value === null || value === undefined)
        return MISSING;
    if (typeof value === "boolean")
        return value ? "yes" : "no";
    if (typeof value === "string")
        return value;
    return COUNT_COLUMNS.has(column) ? fmtCount(value) : fmt(value);
}
function provenanceRows(p, wallSeconds) {
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
function blockquote(text) {
    return text
        .trim()
        .split(/\r?\n/)
        .map((l) => (l.trim() ? `> ${l}` : ">"))
        .join("\n");
}
function configJson(config) {
    if (config === undefined)
        return null;
    try {
        return JSON.stringify(config, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2) ?? null;
    }
    catch {
        return null;
    }
}
/** The per-claim page `<ID>.md`; `svgFileName` is the plot beside it (normally `<ID>.svg`). */
export function claimMarkdown(report, svgFileName) {
    const p = report.provenance;
    const out = [];
    out.push(`# ${report.id} — ${report.title}`, "", verdictBadge(report.verdict));
    const counts = countVerdicts(report.assertions.map((a) => a.verdict));
    if (report.assertions.length > 0) {
        out[out.length - 1] +=
            ` · ${report.assertions.length} assertion${report.assertions.length === 1 ? "" : "s"}: ${summariseCounts(counts)}`;
    }
    out.push("", "## Statement", "", blockquote(report.statement), "");
    out.push(`**Source:** ${p.source}`, "");
    out.push("## Plot", "", `![${report.id}](${linkTarget(svgFileName)})`, "");
    out.push("## Assertions", "");
    if (report.assertions.length === 0) {
        out.push("_No assertions._", "");
    }
    else {
        const rows = report.assertions.map((a) => [
            a.name,
            a.quantity,
            a.method === "exact" ? fmt(a.estimate) : `${fmt(a.estimate)} ± ${fmt(a.se, 2)}`,
            fmtInterval(a.interval),
            fmt(a.predicted),
            fmtInterval(a.band),
            a.bandWhy,
            fmtAlpha(a.alpha),
            verdictCell(a.verdict),
        ]);
        out.push(table([
            "Assertion",
            "Quantity",
            "Estimate ± SE",
            "Interval",
            "Predicted",
            "Band",
            "Why this band",
            "α",
            "Verdict",
        ], rows), "");
        out.push("_A PASS needs the (1 − α) interval inside the band; a FAIL, the interval outside it; otherwise INCONCLUSIVE._", "");
        // What each assertion could have detected (STYLE.md: every assertion states its power), then its notes.
        for (const a of report.assertions) {
            const notes = (a.notes ?? []).map((n) => ` ${n.replace(/\r?\n/g, " ")}`).join("");
            out.push(`- **${a.name}:** detectable deviation ${fmt(a.detectable)} (${a.method}).${notes}`);
        }
        out.push("");
    }
    const predictions = Object.entries(report.predictions);
    if (predictions.length > 0) {
        out.push("## Predictions", "", table(["Quantity", "Predicted"], predictions.map(([k, v]) => [k, fmt(v)])), "");
    }
    out.push("## Measurements", "");
    if (report.measurements.length === 0) {
        out.push("_No per-η measurements._", "");
    }
    else {
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
        out.push("<details><summary>Configuration</summary>", "", codeBlock(config, "json"), "", "</details>", "");
    }
    out.push("## Reproduce", "", codeBlock(p.command, "sh"), "");
    return out.join("\n");
}
function countVerdicts(verdicts) {
    const c = { PASS: 0, FAIL: 0, INCONCLUSIVE: 0 };
    for (const v of verdicts)
        c[v]++;
    return c;
}
function summariseCounts(c) {
    return ["PASS", "FAIL", "INCONCLUSIVE"]
        .filter((v) => c[v] > 0)
        .map((v) => `${c[v]} ${v}`)
        .join(", ");
}
/** The run's `index.md`: provenance, one row per claim (linking to `<ID>.md`), totals, and what needs a look. */
export function indexMarkdown(summary, reports) {
    const p = summary.provenance;
    const out = [];
    out.push("# Claims report", "", verdictBadge(summary.verdict), "");
    const counts = countVerdicts(summary.claims.map((c) => c.verdict));
    const assertions = summary.claims.reduce((s, c) => s + c.assertions, 0);
    const claimWall = summary.claims.reduce((s, c) => s + c.wallSeconds, 0);
    out.push("## Claims", "");
    if (summary.claims.length === 0) {
        out.push("_No claims were run._", "");
    }
    else {
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
    // Which assertions made a claim fail or stay inconclusive, so the reader knows which page to open.
    const attention = reports.flatMap((r) => r.assertions
        .filter((a) => a.verdict !== "PASS")
        .map((a) => [
        `[${r.id}](${linkTarget(`${r.id}.md`)})`,
        a.name,
        fmtInterval(a.interval),
        fmtInterval(a.band),
        verdictCell(a.verdict),
    ]));
    if (attention.length > 0) {
        out.push("## Needs attention", "");
        out.push(table(["Claim", "Assertion", "Interval", "Band", "Verdict"], attention), "");
    }
    out.push("## Provenance", "", table(["Field", "Value"], provenanceRows(p, p.wallSeconds)), "");
    out.push(`Report schema ${summary.schemaVersion}.`, "");
    out.push("## Reproduce", "", codeBlock(p.command, "sh"), "");
    return out.join("\n");
}
//# sourceMappingURL=markdown.js.map