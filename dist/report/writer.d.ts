import type { ClaimReport, RunSummary } from "./schema.ts";
/**
 * Atomic file write: write a sibling temp file, then rename over the target (rename is atomic on one file
 * system), so an interrupted run never leaves a half-written report that looks complete.
 */
export declare function writeAtomic(path: string, content: string): void;
/** Stable JSON: 2-space indent and a trailing newline, so committed reports diff cleanly. */
export declare function toJson(value: unknown): string;
/** Writes <ID>.svg, <ID>.md, then <ID>.json last (the JSON is what tooling reads as "the report exists"). */
export declare function writeClaimReport(dir: string, report: ClaimReport): Promise<void>;
export declare function writeRunIndex(dir: string, summary: RunSummary, reports: ClaimReport[]): void;
//# sourceMappingURL=writer.d.ts.map