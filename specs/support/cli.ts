import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, vi } from "vitest";

export interface CliSandbox {
  /** A fresh temporary directory per test. */
  dir: string;
  /** What the CLI printed with console.error in this test, one entry a call. */
  errors: string[];
}

/**
 * Per-test setup for specs that call the CLI's `main` in-process: a fresh temp directory named `prefix…`,
 * console.error captured into `errors`, console.log silenced, and with `muteStderr` raw writes to stderr
 * (progress bars) silenced too. Registers beforeEach/afterEach in the calling file or describe block; read the
 * fields inside tests (they are replaced before each one).
 */
export function cliSandbox(prefix: string, options: { muteStderr?: boolean } = {}): CliSandbox {
  const sandbox: CliSandbox = { dir: "", errors: [] };
  beforeEach(() => {
    sandbox.dir = mkdtempSync(join(tmpdir(), prefix));
    sandbox.errors = [];
    vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void sandbox.errors.push(a.join(" ")));
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    if (options.muteStderr) vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());
  return sandbox;
}
