#!/usr/bin/env node
// Builds the package: the TypeScript sources to dist/ (JS + .d.ts, tsconfig.build.json), then
// dist/build-info.json with the suite's own version and commit, so reports record which suite made them even
// when it is installed inside another project (provenance must not name the consumer's commit).
//   node scripts/build.mjs           build (incremental)
//   node scripts/build.mjs --if-stale  build only when a source is newer than the last build (bin, test setup)
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist", "build-info.json");

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when dist/ is missing or older than a file of src/ or the build configs. */
export function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  const configs = ["tsconfig.json", "tsconfig.build.json", "package.json"].map((f) => statSync(join(root, f)).mtimeMs);
  return Math.max(newestSource(join(root, "src")), ...configs) > built;
}

function ownCommit() {
  try {
    const git = (...args) => execFileSync("git", args, { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    if (realpathSync(git("rev-parse", "--show-toplevel")) !== realpathSync(root)) return null;
    const dirty = git("status", "--porcelain", "--untracked-files=no", "--", "src") !== "";
    return `${git("rev-parse", "HEAD")}${dirty ? "-dirty" : ""}`;
  } catch {
    return null;
  }
}

export function build() {
  // An incremental build trusts dist/.tsbuildinfo; without the stamp of a completed build (a copied or partly
  // deleted dist/) it must not, or tsc would skip files it believes it emitted.
  if (!existsSync(stamp)) rmSync(join(root, "dist", ".tsbuildinfo"), { force: true });
  const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`tsc failed (exit ${r.status})`);
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  mkdirSync(join(root, "dist"), { recursive: true });
  writeFileSync(stamp, `${JSON.stringify({ version, gitCommit: ownCommit(), builtAt: new Date().toISOString() }, null, 2)}\n`);
}

/** Builds when stale; a source checkout only (an installed package has no src/ to build from). */
export function ensureBuilt() {
  if (existsSync(join(root, "src")) && existsSync(join(root, "tsconfig.build.json")) && isStale()) build();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  if (process.argv.includes("--if-stale")) ensureBuilt();
  else build();
}
