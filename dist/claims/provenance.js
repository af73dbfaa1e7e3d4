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
let cachedVersion;
export function suiteVersion() {
    cachedVersion ??= JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8")).version;
    return cachedVersion;
}
let cachedCommit;
export function suiteCommit() {
    if (cachedCommit !== undefined)
        return cachedCommit;
    const info = new URL("dist/build-info.json", PACKAGE_ROOT);
    if (!import.meta.url.endsWith(".ts") && existsSync(info)) {
        cachedCommit = JSON.parse(readFileSync(info, "utf8")).gitCommit;
        return cachedCommit;
    }
    cachedCommit = ownGitCommit(fileURLToPath(PACKAGE_ROOT));
    return cachedCommit;
}
/** HEAD of the git work tree whose top is `root`, or null (not a checkout, or `root` is inside another one). */
export function ownGitCommit(root) {
    try {
        const git = (...args) => execFileSync("git", args, { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
            .toString()
            .trim();
        const top = git("rev-parse", "--show-toplevel");
        if (realpathSync(top) !== realpathSync(root))
            return null;
        return git("rev-parse", "HEAD");
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=provenance.js.map