import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Which suite produced a report: its own package version and commit — never the commit of a project that
 * installed it. Built packages carry `dist/build-info.json`, written by scripts/build-info.mjs at build time
 * from the suite's own checkout; a source checkout asks git, but only if the package root is the top of the
 * work tree (inside node_modules of another repository, git would answer with that repository's commit).
 */
const PACKAGE_ROOT = new URL("../../", import.meta.url);

let cachedVersion: string | undefined;
export function suiteVersion(): string {
  cachedVersion ??= (
    JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8")) as { version: string }
  ).version;
  return cachedVersion;
}

let cachedCommit: string | null | undefined;
export function suiteCommit(): string | null {
  if (cachedCommit !== undefined) return cachedCommit;
  // In the suite's own checkout the live commit wins over the build stamp: dist/ is rebuilt only when a source
  // changes, so a stamp can name the commit (or "-dirty" tree) the build was made from, not the one committed
  // since with the same sources.
  const live = ownGitCommit(fileURLToPath(PACKAGE_ROOT));
  if (live !== null) {
    cachedCommit = live;
    return cachedCommit;
  }
  const info = new URL("dist/build-info.json", PACKAGE_ROOT);
  if (!import.meta.url.endsWith(".ts") && existsSync(info)) {
    cachedCommit = (JSON.parse(readFileSync(info, "utf8")) as { gitCommit: string | null }).gitCommit;
    return cachedCommit;
  }
  cachedCommit = null;
  return cachedCommit;
}

/**
 * HEAD of the git work tree whose top is `root`, with "-dirty" when tracked files under src/ differ from it,
 * or null (not a checkout, or `root` is inside another one).
 */
export function ownGitCommit(root: string): string | null {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim();
    const top = git("rev-parse", "--show-toplevel");
    if (realpathSync(top) !== realpathSync(root)) return null;
    const dirty = git("status", "--porcelain", "--untracked-files=no", "--", "src") !== "";
    return `${git("rev-parse", "HEAD")}${dirty ? "-dirty" : ""}`;
  } catch {
    return null;
  }
}
