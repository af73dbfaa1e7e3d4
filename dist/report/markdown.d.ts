/**
 * `<ID>.md` and `index.md` (DESIGN.md §7): what a reader opens first. Verdict on top, then what was claimed,
 * the plot, the decision table, the data behind it, and the command that reproduces it all.
 */
import type { Verdict } from "../stats/types.ts";
import type { ClaimReport, Measurement, RunSummary } from "./schema.ts";
/** "**Verdict: PASS** ✅" */
export declare function verdictBadge(verdict: Verdict): string;
/**
 * Text made safe for one GFM table cell: `|` escaped (GFM splits cells on it even inside code spans), line
 * breaks as `<br>` (a newline would end the row).
 */
export declare function escapeCell(text: string): string;
/** A GFM table with every cell escaped. */
export declare function table(header: readonly string[], rows: readonly (readonly string[])[]): string;
/** Columns of the per-η table: eta, n, estimate, se, censored first, then the rest in first-seen order. */
export declare function measurementColumns(rows: readonly Measurement[]): string[];
/** The per-claim page `<ID>.md`; `svgFileName` is the plot beside it (normally `<ID>.svg`). */
export declare function claimMarkdown(report: ClaimReport, svgFileName: string): string;
/** The run's `index.md`: provenance, one row per claim (linking to `<ID>.md`), totals, and what needs a look. */
export declare function indexMarkdown(summary: RunSummary, reports: readonly ClaimReport[]): string;
//# sourceMappingURL=markdown.d.ts.map