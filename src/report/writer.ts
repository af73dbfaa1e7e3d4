import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { forestPlotSvg } from "./forestPlot.ts";
import { claimMarkdown, indexMarkdown } from "./markdown.ts";
import type { ClaimReport, RunSummary } from "./schema.ts";
import { renderCombinedSvg } from "./svg.ts";

/**
 * Atomic file write: write a sibling temp file, then rename over the target (rename is atomic on one file
 * system), so an interrupted run never leaves a half-written report that looks complete.
 */
export function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Stable JSON: 2-space indent and a trailing newline, so committed reports diff cleanly. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v), 2)}\n`;
}

/** Writes <ID>.svg, <ID>.md, then <ID>.json last (the JSON is what tooling reads as "the report exists"). */
export async function writeClaimReport(dir: string, report: ClaimReport): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const svg = await renderCombinedSvg(report.plots);
  writeAtomic(join(dir, `${report.id}.svg`), svg);
  writeAtomic(join(dir, `${report.id}.md`), claimMarkdown(report, `${report.id}.svg`));
  writeAtomic(join(dir, `${report.id}.json`), toJson(report));
}

/** The run's overview figure (linked from index.md). */
export const OVERVIEW_SVG = "overview.svg";

export function writeRunIndex(dir: string, summary: RunSummary, reports: ClaimReport[]): void {
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, OVERVIEW_SVG), forestPlotSvg(reports));
  writeAtomic(join(dir, "index.md"), indexMarkdown(summary, reports, OVERVIEW_SVG));
  writeAtomic(join(dir, "summary.json"), toJson(summary));
}
