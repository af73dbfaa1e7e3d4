import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

/**
 * The package as others get it (issue: a package others can import): `npm pack` the suite, install the tarball
 * into a fresh project that is a git repository of its own, and run that project's own vitest spec
 * (specs/package/consumer/claim.spec.mjs), which defines a claim on its own landscape module and runs it on two
 * worker threads. Plain Node: the tarball holds compiled JS, and no TypeScript loader is installed there.
 */
const ROOT = new URL("../../", import.meta.url).pathname;
const HERE = new URL("./consumer/", import.meta.url).pathname;

test("pack, install into a fresh project, run the consumer's own claim spec", { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "sgd-consumer-"));
  // The build is fresh (globalSetup); skip prepare so packing does not rebuild.
  execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dir, "--silent"], { cwd: ROOT });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
  const listed = execFileSync("tar", ["-tzf", join(dir, tarball)]).toString();
  expect(listed).toContain("package/dist/index.js");
  expect(listed).toContain("package/dist/index.d.ts");
  expect(listed).not.toContain("package/src/");

  const project = join(dir, "project");
  execFileSync("mkdir", ["-p", project]);
  const vitestVersion = JSON.parse(
    readFileSync(join(ROOT, "node_modules/vitest/package.json"), "utf8"),
  ).version;
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      dependencies: { "sgd-diffusion-claims": `file:../${tarball}` },
      devDependencies: { vitest: vitestVersion },
    }),
  );
  for (const f of ["landscape.mjs", "claim.spec.mjs"]) copyFileSync(join(HERE, f), join(project, f));
  // A repository of its own: the reports must still name the suite's commit, not this one.
  for (const args of [
    ["init", "-q"],
    ["add", "."],
    ["-c", "user.email=c@example.org", "-c", "user.name=c", "commit", "-qm", "consumer"],
  ])
    execFileSync("git", args, { cwd: project });

  const install = spawnSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
    {
      cwd: project,
      encoding: "utf8",
    },
  );
  expect(install.status, install.stderr).toBe(0);
  expect(readdirSync(join(project, "node_modules"))).not.toContain("tsx");

  const run = spawnSync(process.execPath, [join(project, "node_modules/vitest/vitest.mjs"), "run"], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", VITEST: undefined, VITEST_WORKER_ID: undefined, CI: "true" },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toMatch(/3 passed/);
});
