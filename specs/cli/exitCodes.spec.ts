import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { cliSandbox } from "../support/cli.ts";
import { fc, prop } from "../support/prop.ts";

/** Exit codes: 0 all PASS, 1 some FAIL, 2 bad input, 3 INCONCLUSIVE without FAIL. */
const cli = cliSandbox("claims-exit-", { muteStderr: true });

/**
 * W1 on its exact quadratic cases only: the grid, rotated-grid and Monte-Carlo sections take seconds and decide
 * nothing about exit codes (their own bad input is specced in badInput.spec.ts and their readers' specs).
 */
const QUADRATIC_ONLY = { gridCases: null, rotatedGridCases: null, monteCarloCases: null };

const run = (cfg: Record<string, unknown>) => {
  const f = join(cli.dir, `c${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, JSON.stringify({ ...QUADRATIC_ONLY, ...cfg }));
  return main([
    "run",
    "W1",
    "--budget",
    "quick",
    "--workers",
    "1",
    "--config",
    f,
    "--out",
    join(cli.dir, "out"),
  ]);
};

describe("exit codes", () => {
  test("0 when every assertion passes (the default W1's quadratic cases)", async () => {
    expect(await run({})).toBe(0);
  });

  test("3 when an assertion cannot be decided: x0 = 0 makes E x_k ≡ 0, no order to fit", async () => {
    expect(await run({ x0: [0], testFunctions: [{ kind: "coordinate", i: 0 }] })).toBe(3);
  });

  test("1 when an assertion fails: at x0 = 0 the error in E x² is O(η²), not the sharp O(η)", async () => {
    expect(await run({ x0: [0], testFunctions: [{ kind: "square", i: 0 }] })).toBe(1);
  });

  prop(
    [
      fc.dictionary(
        fc.constantFrom("etas", "x0", "T", "landscape", "noise", "testFunctions", "cases", "bogus"),
        fc.jsonValue(),
        { maxKeys: 3 },
      ),
    ],
    {
      numRuns: 60,
    },
  )("arbitrary JSON configs never crash the CLI: bad input is exit 2 with one line", async (cfg) => {
    cli.errors.length = 0;
    const code = await run(cfg);
    expect([0, 1, 2, 3]).toContain(code);
    if (code === 2) {
      expect(cli.errors).toHaveLength(1);
      expect(cli.errors[0]).toMatch(/^error: \S.*: /);
      expect(cli.errors[0]!.includes("\n")).toBe(false);
    }
  });
});
