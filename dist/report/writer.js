import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { claimMarkdown, indexMarkdown } from "./markdown.js";
import { renderCombinedSvg } from "./svg.js";
/**
 * Atomic file write: write a sibling temp file, then rename over the target (rename is atomic on one file
 * system), so an interrupted run never leaves a half-written report that looks complete.
 */
export function writeAtomic(path, content) {
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, content);
    renameSync(tmp, path);
}
/** Stable JSON: 2-space indent and a trailing newline, so committed reports diff cleanly. */
export function toJson(value) {
    return `${JSON.stringify(value, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v), 2)}\n`;
}
/** Writes <ID>.svg, <ID>.md, then <ID>.json last (the JSON is what tooling reads as "the report exists"). */
export async function writeClaimReport(dir, report) {
    mkdirSync(dir, { recursive: true });
    const svg = await renderCombinedSvg(report.plots);
    writeAtomic(join(dir, `${report.id}.svg`), svg);
    writeAtomic(join(dir, `${report.id}.md`), claimMarkdown(report, `${report.id}.svg`));
    writeAtomic(join(dir, `${report.id}.json`), toJson(report));
}
export function writeRunIndex(dir, summary, reports) {
    mkdirSync(dir, { recursive: true });
    writeAtomic(join(dir, "index.md"), indexMarkdown(summary, reports));
    writeAtomic(join(dir, "summary.json"), toJson(summary));
}
//# sourceMappingURL=writer.js.map