#!/usr/bin/env node
// The thorough workflow (.github/workflows/thorough.yml) on one machine: runs `claims run --shard i/n` for
// i = 1…n as separate processes, one after another (as n CI machines would, each alone on its cores), then
// `claims merge`, and writes the measured wall time of every shard and of the merge to <out>/shard-times.json.
//
//   node scripts/shards.mjs [--budget thorough] [--shards 8] [--out out/sharded] [--workers N] [IDs…]
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const budget = opt("--budget", "thorough");
const n = Number(opt("--shards", "8"));
const out = resolve(opt("--out", "out/sharded"));
const workers = opt("--workers", String(availableParallelism()));
const ids = args;
if (!(Number.isInteger(n) && n >= 1)) {
  console.error(`error: --shards: must be an integer ≥ 1, got ${n}`);
  process.exit(2);
}
const claims = resolve(new URL("../bin/claims.mjs", import.meta.url).pathname);
mkdirSync(out, { recursive: true });
const timed = (argv) => {
  const t0 = performance.now();
  execFileSync(process.execPath, [claims, ...argv], { stdio: ["ignore", "inherit", "inherit"] });
  return (performance.now() - t0) / 1000;
};
const shards = [];
for (let i = 1; i <= n; i++) {
  const dir = join(out, `shard-${i}`);
  const seconds = timed(["run", ...ids, "--budget", budget, "--shard", `${i}/${n}`, "--workers", workers, "--out", dir]);
  shards.push({ shard: `${i}/${n}`, seconds: +seconds.toFixed(1) });
  console.error(`shard ${i}/${n}: ${seconds.toFixed(1)} s`);
}
const merged = join(out, "merged");
const mergeSeconds = timed(["merge", ...shards.map((_, i) => join(out, `shard-${i + 1}`)), "--workers", workers, "--out", merged]);
const slowest = Math.max(...shards.map((s) => s.seconds));
const coreHours = ((shards.reduce((a, s) => a + s.seconds, 0) + mergeSeconds) * Number(workers)) / 3600;
const summary = { budget, shards, mergeSeconds: +mergeSeconds.toFixed(1), slowestShardSeconds: slowest, workers: Number(workers), coreHours: +coreHours.toFixed(3) };
writeFileSync(join(out, "shard-times.json"), `${JSON.stringify(summary, null, 2)}\n`);
console.log(
  `${n} shard(s) at ${budget}: slowest ${slowest.toFixed(1)} s, merge ${mergeSeconds.toFixed(1)} s, ${coreHours.toFixed(3)} core-hours → ${merged}`,
);
