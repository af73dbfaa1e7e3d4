#!/usr/bin/env node
// Entry point of the `claims` command. The sources are TypeScript; tsx's loader is registered from this
// file's own location so `npx claims` works from any working directory.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
