import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FieldError } from "../config/fieldError.ts";
import { BlockStore, decodeBlock, encodeBlock, type ShardSpec } from "../parallel/blockStore.ts";

/**
 * A shard's output folder (`claims run --shard i/n --out DIR`): `blocks.json` (the blocks it computed) and
 * `shard.json` (what run it is a part of), written in that order so that a folder without `shard.json` is an
 * interrupted shard, never mistaken for a finished one. `claims merge` reads the folders back and refuses a set
 * that is not one run's n shards exactly once each.
 */
export const SHARD_META = "shard.json";
const BLOCKS = "blocks.json";

export interface ShardMeta {
  kind: "claims-shard";
  shard: ShardSpec;
  claims: string[];
  budget: string;
  seed: string;
  /** The --config path as given (the merge reads it again), if any. */
  config?: string;
  maxWork?: string;
  suiteCommit: string | null;
  blocks: number;
}

export function writeShard(dir: string, meta: Omit<ShardMeta, "kind" | "blocks">, store: BlockStore): void {
  rmSync(join(dir, SHARD_META), { force: true });
  const blocks: Record<string, unknown> = {};
  for (const [k, v] of store.blocks) blocks[k] = encodeBlock(v);
  writeFileSync(join(dir, BLOCKS), JSON.stringify(blocks));
  const full: ShardMeta = { kind: "claims-shard", ...meta, blocks: store.blocks.size };
  writeFileSync(join(dir, SHARD_META), `${JSON.stringify(full, null, 2)}\n`);
}

/** The shards' common run and every block they computed; one-line FieldErrors for a set that is not one run. */
export function readShards(dirs: readonly string[]): { meta: ShardMeta; store: BlockStore } {
  if (!dirs.length) throw new FieldError("merge", "give the shard folders to merge");
  const metas = dirs.map((d) => {
    const f = join(d, SHARD_META);
    if (!existsSync(f))
      throw new FieldError(
        "merge",
        `${d} has no ${SHARD_META}: not a finished shard (interrupted, or not a shard folder)`,
      );
    let m: ShardMeta;
    try {
      m = JSON.parse(readFileSync(f, "utf8")) as ShardMeta;
    } catch {
      throw new FieldError("merge", `${f} is not valid JSON`);
    }
    if (m?.kind !== "claims-shard") throw new FieldError("merge", `${f} is not a claims shard`);
    return m;
  });
  const first = metas[0]!;
  const same = (m: ShardMeta) =>
    JSON.stringify([
      m.claims,
      m.budget,
      m.seed,
      m.config ?? null,
      m.maxWork ?? null,
      m.suiteCommit,
      m.shard.count,
    ]) ===
    JSON.stringify([
      first.claims,
      first.budget,
      first.seed,
      first.config ?? null,
      first.maxWork ?? null,
      first.suiteCommit,
      first.shard.count,
    ]);
  metas.forEach((m, i) => {
    if (!same(m))
      throw new FieldError(
        "merge",
        `${dirs[i]} is a shard of another run (claims, budget, seed, config, suite commit or shard count differ from ${dirs[0]})`,
      );
  });
  const seen = new Set(metas.map((m) => m.shard.index));
  if (seen.size !== metas.length) throw new FieldError("merge", "a shard is given twice");
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw new FieldError(
      "merge",
      `shard(s) ${missing.map((i) => `${i}/${first.shard.count}`).join(", ")} missing`,
    );
  const store = new BlockStore();
  dirs.forEach((d) => {
    const blocks = JSON.parse(readFileSync(join(d, BLOCKS), "utf8")) as Record<string, unknown>;
    for (const [k, v] of Object.entries(blocks)) store.blocks.set(k, decodeBlock(v));
  });
  return { meta: first, store };
}
