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

  /** Values a hostile or careless user writes: extremes of range, huge counts, non-grids, prototype keys. */
  const hostile = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(1e308, -1e308, 1e-300, 0, -1, 1e9, 1e12, 3.5),
    fc.array(fc.constantFrom(1e308, 1e-300, 1e-9, 0.05, 0.025, 0.03, 0, -0.01), {
      minLength: 1,
      maxLength: 4,
    }),
  );
  prop(
    [
      fc.dictionary(
        fc.constantFrom(
          "etas",
          "x0",
          "T",
          "landscape",
          "noise",
          "testFunctions",
          "cases",
          "bogus",
          "claims",
          "__proto__",
        ),
        hostile,
        { maxKeys: 3 },
      ),
    ],
    {
      numRuns: 80,
    },
  )(
    "arbitrary and hostile JSON configs never crash the CLI: exit 0–3, bad input is exit 2 with one line within 2 s, never a stack",
    async (cfg) => {
      cli.errors.length = 0;
      const t0 = performance.now();
      const code = await run(cfg);
      const seconds = (performance.now() - t0) / 1000;
      expect([0, 1, 2, 3]).toContain(code);
      // A crash also exits 1: no printed line may carry a stack frame, whatever the code.
      for (const e of cli.errors) expect(e).not.toMatch(/\n\s+at /);
      if (code === 2) {
        expect(cli.errors).toHaveLength(1);
        expect(cli.errors[0]).toMatch(/^error: \S.*: /);
        expect(cli.errors[0]!.includes("\n")).toBe(false);
        expect(seconds).toBeLessThan(2);
      }
    },
  );
});
