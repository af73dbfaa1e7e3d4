import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { cliSandbox } from "../support/cli.ts";

/**
 * The README's "your own landscape" example, taken from the README itself (its first JSON block after the
 * heading) and run as the README says: it must PASS and check only the user's case.
 */
const cli = cliSandbox("claims-readme-", { muteStderr: true });

test("the README's own-landscape example passes and checks only the user's case", async () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Running a claim on your own landscape"));
  const json = /```json\n([\s\S]*?)\n```/.exec(section)![1]!;
  const config = join(cli.dir, "my.json");
  writeFileSync(config, json);
  const out = join(cli.dir, "my-report");
  expect(await main(["run", "W1", "--config", config, "--out", out, "--budget", "quick"])).toBe(0);
  const report = JSON.parse(readFileSync(join(out, "W1.json"), "utf8"));
  const names: string[] = report.assertions.map((a: { name: string }) => a.name);
  expect(names).toEqual([
    "W1 order of SME-1 [user case, φ = x₀·x₁]",
    "W1 order of SME-1 [user case, φ = cos(ωᵀx), ω = (1, 2)]",
  ]);
  expect(report.verdict).toBe("PASS");
});
