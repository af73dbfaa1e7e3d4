#!/usr/bin/env node
// Entry point of the `claims` command: plain Node on the compiled package (dist/). In a source checkout a
// stale or missing build is rebuilt first, so `npx claims` never runs code older than the sources.
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url);
if (existsSync(new URL("scripts/build.mjs", root)) && existsSync(new URL("src", root))) {
  const { ensureBuilt } = await import(new URL("scripts/build.mjs", root).href);
  ensureBuilt();
}
const { main } = await import(new URL("dist/cli/main.js", root).href);
process.exitCode = await main(process.argv.slice(2));
