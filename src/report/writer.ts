import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { toJson, writeAtomic } from "./atomicFile.ts";
import { claimDigestSvg, DIGEST_MIN_PANELS, forestPlotSvg } from "./forestPlot.ts";
import { claimMarkdown, indexMarkdown } from "./markdown.ts";
import type { ClaimReport, RunSummary } from "./schema.ts";
import { renderCombinedSvg } from "./svg.ts";

/** The digest file of a claim with many panels (`<ID>-digest.svg`), or null when its page needs none. */
export function digestFileName(report: ClaimReport): string | null {
  return report.plots.length > DIGEST_MIN_PANELS ? `${report.id}-digest.svg` : null;
}

/**
 * Writes <ID>.svg (and <ID>-digest.svg for a claim with many panels), <ID>.md, then <ID>.json last (the JSON
 * is what tooling reads as "the report exists").
 */
export async function writeClaimReport(dir: string, report: ClaimReport): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const svg = await renderCombinedSvg(report.plots);
  writeAtomic(join(dir, `${report.id}.svg`), svg);
  const digest = digestFileName(report);
  if (digest) writeAtomic(join(dir, digest), claimDigestSvg(report));
  writeAtomic(join(dir, `${report.id}.md`), claimMarkdown(report, `${report.id}.svg`, digest));
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
