import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { FieldError } from "../config/fieldError.ts";
import { toJson, writeAtomic } from "./atomicFile.ts";
import type { Budget } from "./schema.ts";

/**
 * A run's output folder is never a mix of two runs and never looks complete when it is not (DESIGN.md §10):
 *  - `run.json`, the manifest (seed, budget, claims, suite commit), is written first with status "incomplete";
 *  - the files an earlier run wrote there (its claims' reports, index, summary, overview) are removed before
 *    anything new is written (other files are left alone);
 *  - each claim's files are written into `.staging/` and renamed into place once all three exist;
 *  - only after index.md and summary.json does the manifest say "complete". An interrupted run leaves
 *    status "incomplete" (with `interrupted: true` after SIGINT), no index and no summary.
 */
export const MANIFEST = "run.json";
const STAGING = ".staging";

export interface RunManifest {
  status: "incomplete" | "complete";
  seed: string;
  budget: Budget;
  claims: string[];
  suiteCommit: string | null;
  startedAt: string;
  finishedAt?: string;
  interrupted?: boolean;
}

/** A claim's files, in the order they are moved into place (the JSON, which says "the report exists", last). */
function claimFiles(id: string): string[] {
  return [`${id}.svg`, `${id}-digest.svg`, `${id}.md`, `${id}.json`];
}

/** Files every run writes beside its claims' files. */
const RUN_FILES = ["index.md", "summary.json", "overview.svg"];

/**
 * The files an earlier run wrote into `dir`: its claims' (named by its manifest, else by its summary) and the
 * run files. Only these are removed, so `--out .` never touches a README.md that merely looks like a report.
 */
function earlierRunFiles(dir: string): string[] {
  const ids = new Set<string>();
  for (const [file, key] of [
    [MANIFEST, "claims"],
    ["summary.json", "claims"],
  ] as const) {
    try {
      const list = (JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>)[key];
      if (Array.isArray(list))
        for (const c of list) {
          const id = typeof c === "string" ? c : (c as { id?: unknown } | null)?.id;
          if (typeof id === "string" && /^[A-Za-z0-9_-]+$/.test(id)) ids.add(id);
        }
    } catch {
      // no such file, or not ours: nothing to remove on its account
    }
  }
  return [...RUN_FILES, ...[...ids].flatMap(claimFiles)].filter((f) => existsSync(join(dir, f)));
}

/**
 * Checks that `dir` can hold a run before any computation: not a file, not under a file, creatable and
 * writable (a probe file is written and removed). Errors name `field` (`--out`).
 */
export function checkWritableFolder(dir: string, field: string): void {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(d)) {
      if (!statSync(d).isDirectory())
        throw new FieldError(field, `${d} is a file, not a folder${d === dir ? "" : ` (it holds ${dir})`}`);
      break;
    }
    if (dirname(d) === d) break;
  }
  try {
    makeFolder(dir);
    const probe = join(dir, `.probe-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe);
  } catch (e) {
    throw new FieldError(field, `cannot write to ${dir} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir loops forever where a level cannot be created but
 * reports ENOENT (under /proc), so it must not see user paths before this has checked them.
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

export class RunFolder {
  readonly dir: string;
  private manifest: RunManifest;

  /** Opens `dir` for a new run: removes an earlier run's files and writes the "incomplete" manifest. */
  constructor(dir: string, manifest: Omit<RunManifest, "status">) {
    this.dir = dir;
    this.manifest = { status: "incomplete", ...manifest };
    mkdirSync(dir, { recursive: true });
    rmSync(join(dir, STAGING), { recursive: true, force: true });
    const earlier = earlierRunFiles(dir);
    // The manifest goes first: from here on the folder says "incomplete" until the run completes.
    writeAtomic(join(dir, MANIFEST), toJson(this.manifest));
    for (const f of earlier) rmSync(join(dir, f), { force: true });
    mkdirSync(join(dir, STAGING));
  }

  /** Where a claim's files are written before they are moved into place. */
  get staging(): string {
    return join(this.dir, STAGING);
  }

  /** Moves a claim's finished files (SVGs and Markdown first, JSON last) from staging into place. */
  publish(id: string): void {
    for (const f of claimFiles(id)) {
      const from = join(this.staging, f);
      if (existsSync(from) || f.endsWith(".json")) renameSync(from, join(this.dir, f));
    }
  }

  /** After index and summary are written: the manifest says "complete"; staging is removed. */
  complete(): void {
    rmSync(this.staging, { recursive: true, force: true });
    this.manifest = { ...this.manifest, status: "complete", finishedAt: new Date().toISOString() };
    writeAtomic(join(this.dir, MANIFEST), toJson(this.manifest));
  }

  /** Synchronous (runs in a signal handler): marks the run interrupted; it stays "incomplete". */
  interrupt(): void {
    rmSync(this.staging, { recursive: true, force: true });
    this.manifest = { ...this.manifest, interrupted: true };
    writeAtomic(join(this.dir, MANIFEST), toJson(this.manifest));
  }
}

/**
 * Why a folder does not hold one complete run, or null when it does: a manifest that is not "complete", or
 * (older folders without a manifest) a missing summary.json.
 */
export function incompleteRun(dir: string): string | null {
  const m = join(dir, MANIFEST);
  if (existsSync(m)) {
    let manifest: Partial<RunManifest>;
    try {
      manifest = JSON.parse(readFileSync(m, "utf8")) as Partial<RunManifest>;
    } catch (e) {
      return `${m} is malformed (${(e as Error).message.split("\n")[0]})`;
    }
    if (manifest.status !== "complete")
      return `the run in ${dir} is incomplete${manifest.interrupted ? " (interrupted)" : ""} (${MANIFEST} status "${String(manifest.status)}")`;
    return null;
  }
  return existsSync(join(dir, "summary.json")) ? null : `${dir} has no ${MANIFEST} and no summary.json`;
}
