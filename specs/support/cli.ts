import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { main } from "../../src/cli/main.ts";

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

/**
 * `claims run CLAIM --config {overrides}` in the sandbox must be refused as bad input: exit code 2, exactly one
 * line on stderr matching `pattern`, and no report folder (DESIGN.md §10).
 */
export async function expectConfigRefused(
  cli: CliSandbox,
  claim: string,
  overrides: unknown,
  pattern: RegExp,
): Promise<void> {
  const file = join(cli.dir, "config.json");
  writeFileSync(file, JSON.stringify(overrides));
  const out = join(cli.dir, "out");
  const code = await main(["run", claim, "--config", file, "--out", out, "--workers", "1"]);
  expect(code).toBe(2);
  expect(cli.errors).toHaveLength(1);
  expect(cli.errors[0]!.split("\n")).toHaveLength(1);
  expect(cli.errors[0]).toMatch(pattern);
  expect(existsSync(out)).toBe(false);
}
