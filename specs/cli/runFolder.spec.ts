import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { shellQuote } from "../../src/cli/shellQuote.ts";
import { MANIFEST } from "../../src/report/runFolder.ts";
import { cliSandbox } from "../support/cli.ts";
import { fc, prop } from "../support/prop.ts";

/**
 * A run folder is never a mix of two runs and never looks complete when it is not; `compare` cannot say
 * "no regression" about nothing; the Reproduce line replays the run exactly in a shell (and runs nothing else).
 */
const cli = cliSandbox("claims-run-folder-", { muteStderr: true });
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "claims.mjs");

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, MANIFEST), "utf8"));
const quick = (ids: string[], out: string, ...more: string[]) =>
  main(["run", ...ids, "--budget", "quick", "--workers", "1", "--out", out, ...more]);

describe("run folders", () => {
  test("a complete run: manifest says complete, names seed, budget, claims, commit; no staging left", async () => {
    const out = join(cli.dir, "out");
    expect(await quick(["W3"], out, "--seed", "s1")).toBe(0);
    const m = manifest(out);
    expect(m).toMatchObject({ status: "complete", seed: "s1", budget: "quick", claims: ["W3"] });
    expect("suiteCommit" in m && typeof m.finishedAt === "string").toBe(true);
    expect(readdirSync(out).sort()).toEqual(
      ["W3.json", "W3.md", "W3.svg", "index.md", "overview.svg", "run.json", "summary.json"].sort(),
    );
  });

  test("a re-run into a used folder replaces the earlier run's files, and leaves other files alone", async () => {
    const out = join(cli.dir, "out");
    expect(await quick(["W3"], out, "--seed", "first")).toBe(0);
    writeFileSync(join(out, "README.md"), "mine");
    expect(await quick(["M4"], out, "--seed", "second")).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.startsWith("W3."))).toEqual([]);
    expect(files).toContain("M4.json");
    expect(files).toContain("README.md");
    expect(manifest(out)).toMatchObject({ status: "complete", seed: "second", claims: ["M4"] });
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.provenance.seed).toBe("second");
  });

  test("SIGINT: exit 130 promptly, says so, and the folder is marked incomplete, never a mix", async () => {
    const out = join(cli.dir, "out");
    // A complete earlier run first: its index and summary must not survive beside the interrupted run.
    expect(await quick(["W3"], out, "--seed", "earlier")).toBe(0);
    const child = spawn(
      process.execPath,
      [BIN, "run", "W3", "S1", "--budget", "quick", "--workers", "1", "--seed", "later", "--out", out],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    // W3 takes well under a second, S1 about ten: interrupt once W3's report is in place.
    const t0 = Date.now();
    while (!(existsSync(join(out, "W3.json")) && manifest(out).seed === "later")) {
      if (Date.now() - t0 > 60_000) throw new Error("W3 never finished");
      await new Promise((r) => setTimeout(r, 50));
    }
    const signalled = Date.now();
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
    expect(code).toBe(130);
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(stderr).toMatch(/interrupted: 1 of 2 claim\(s\) finished; .* is marked incomplete \(run\.json\)/);
    expect(manifest(out)).toMatchObject({ status: "incomplete", interrupted: true, seed: "later" });
    const files = readdirSync(out);
    expect(files).not.toContain("summary.json");
    expect(files).not.toContain("index.md");
    expect(files).not.toContain(".staging");
    expect(files.filter((f) => f.startsWith("S1."))).toEqual([]);
    // And compare refuses it.
    cli.errors.length = 0;
    expect(await main(["compare", out, join(ROOT, "fixtures", "baselines", "quick")])).toBe(2);
    expect(cli.errors[0]).toMatch(/^error: NEW_DIR: the run in .* is incomplete \(interrupted\)/);
  }, 120_000);
});

describe("compare cannot say fine about nothing", () => {
  const BASELINES = join(ROOT, "fixtures", "baselines", "quick");
  const expectRefused = async (argv: string[], pattern: RegExp) => {
    cli.errors.length = 0;
    expect(await main(["compare", ...argv])).toBe(2);
    expect(cli.errors).toHaveLength(1);
    expect(cli.errors[0]).toMatch(pattern);
  };

  test("an empty folder", async () => {
    mkdirSync(join(cli.dir, "empty"));
    await expectRefused(
      [join(cli.dir, "empty"), BASELINES],
      /^error: NEW_DIR: .* has no run\.json and no summary\.json/,
    );
  });

  test("a folder whose manifest says incomplete (a run still going, or killed)", async () => {
    const out = join(cli.dir, "out");
    expect(await quick(["W3"], out)).toBe(0);
    writeFileSync(join(out, MANIFEST), JSON.stringify({ ...manifest(out), status: "incomplete" }));
    await expectRefused([out, BASELINES], /^error: NEW_DIR: the run in .* is incomplete \(run\.json status/);
  });

  test("a summary that lists a claim whose report is missing", async () => {
    const out = join(cli.dir, "out");
    expect(await quick(["W3"], out)).toBe(0);
    const s = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    s.claims.push({ ...s.claims[0], id: "M4" });
    writeFileSync(join(out, "summary.json"), JSON.stringify(s));
    await expectRefused(
      [out, BASELINES],
      /^error: NEW_DIR: summary\.json lists M4 but .* lacks their reports/,
    );
  });

  test('a malformed baseline (an estimate of "abc") is an error naming the field', async () => {
    const out = join(cli.dir, "out");
    expect(await quick(["W3"], out)).toBe(0);
    const base = join(cli.dir, "base");
    mkdirSync(base);
    const b = JSON.parse(readFileSync(join(BASELINES, "W3.json"), "utf8"));
    b.assertions[2].estimate = "abc";
    writeFileSync(join(base, "W3.json"), JSON.stringify(b));
    await expectRefused(
      [out, base],
      /^error: .*W3\.json: assertions\[2\]\.estimate: expected a finite number, got "abc"$/,
    );
  });

  test("a baseline of another budget or seed is an error, not a wall of regressions", async () => {
    const out = join(cli.dir, "out");
    expect(await quick(["W3"], out)).toBe(0);
    await expectRefused(
      [out, join(ROOT, "fixtures", "baselines", "standard")],
      /^error: compare: budgets differ \(W3: the new run is quick, the baseline standard\)/,
    );
    const other = join(cli.dir, "other");
    expect(await quick(["W3"], other, "--seed", "another")).toBe(0);
    await expectRefused(
      [other, BASELINES],
      /^error: compare: seeds differ \(W3: the new run has seed another/,
    );
  });

  test("a complete run of the baseline's budget and seed: no regression, exit 0", async () => {
    const out = join(cli.dir, "out");
    expect(await quick(["W3"], out)).toBe(0);
    expect(await main(["compare", out, BASELINES])).toBe(0);
  });
});

describe("the Reproduce line", () => {
  prop([fc.string({ unit: "binary", maxLength: 40 }).filter((s) => !s.includes("\0"))], { numRuns: 100 })(
    "shellQuote: sh reads back exactly the word, whatever it holds",
    (word) => {
      const r = spawnSync("sh", ["-c", `printf '%s' ${shellQuote(word)}`], { encoding: "utf8" });
      expect(r.stdout).toBe(word);
    },
  );

  test("pasted into a shell it replays the run exactly, and a hostile seed runs nothing", async () => {
    const seed = `a b/../c $(touch PWNED) \`touch PWNED\` 'x"`;
    const out = join(cli.dir, "first");
    expect(await quick(["W3"], out, "--seed", seed)).toBe(0);
    const md = readFileSync(join(out, "W3.md"), "utf8");
    const line = /## Reproduce\n\n```sh\n(.*)\n```/.exec(md)![1]!;
    expect(line.startsWith("npx claims run W3 --budget quick --seed ")).toBe(true);
    const replay = join(cli.dir, "replay");
    const r = spawnSync(
      "sh",
      [
        "-c",
        `${line.replace(/^npx claims/, `${shellQuote(process.execPath)} ${shellQuote(BIN)}`)} --out ${shellQuote(replay)}`,
      ],
      { cwd: cli.dir, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(existsSync(join(cli.dir, "PWNED"))).toBe(false);
    const a = JSON.parse(readFileSync(join(out, "W3.json"), "utf8"));
    const b = JSON.parse(readFileSync(join(replay, "W3.json"), "utf8"));
    expect(b.provenance.seed).toBe(seed);
    expect(b.assertions.map((x: { estimate: number }) => x.estimate)).toEqual(
      a.assertions.map((x: { estimate: number }) => x.estimate),
    );
  }, 60_000);
});
