import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { decodeBlock, encodeBlock, fnv1a, parseShard } from "../../src/parallel/blockStore.ts";
import type { ClaimReport } from "../../src/report/schema.ts";
import { cliSandbox } from "../support/cli.ts";
import { fc, prop } from "../support/prop.ts";

/**
 * Sharded runs (DESIGN.md §9): `claims run --shard i/4` ×4 and `claims merge` give the unsharded run's reports bit
 * for bit — assertions, measurements, plots, predictions, verdicts. The claims cover every way a simulation
 * reaches the dispatcher: exact-only (W3), sampler blocks (B1), exit kernels (S4), scalar exit recursions (V2),
 * schedules whose next phase is submitted only when the last has resolved (B5), and the network (B6).
 */
const CLAIMS = ["W3", "B1", "S4", "V2", "B5", "B6"];
const SAME = [
  "assertions",
  "measurements",
  "plots",
  "predictions",
  "verdict",
  "config",
  "statement",
] as const;

describe("claims run --shard i/n + claims merge", () => {
  const cli = cliSandbox("claims-shard-", { muteStderr: true });

  test("4 shards merged equal the unsharded quick run bit for bit", async () => {
    const full = join(cli.dir, "full");
    expect(await main(["run", ...CLAIMS, "--budget", "quick", "--out", full])).toBe(0);
    const shards = [1, 2, 3, 4].map((i) => join(cli.dir, `shard${i}`));
    for (const [k, dir] of shards.entries())
      expect(await main(["run", ...CLAIMS, "--budget", "quick", "--shard", `${k + 1}/4`, "--out", dir])).toBe(
        0,
      );
    // Every shard computed something: the blocks are spread, not one claim per shard.
    const counts = shards.map(
      (d) => (JSON.parse(readFileSync(join(d, "shard.json"), "utf8")) as { blocks: number }).blocks,
    );
    for (const c of counts) expect(c).toBeGreaterThan(0);
    const merged = join(cli.dir, "merged");
    // Shards given in any order.
    expect(await main(["merge", ...[...shards].reverse(), "--out", merged])).toBe(0);
    for (const id of CLAIMS) {
      const a = JSON.parse(readFileSync(join(full, `${id}.json`), "utf8")) as ClaimReport;
      const b = JSON.parse(readFileSync(join(merged, `${id}.json`), "utf8")) as ClaimReport;
      for (const k of SAME) expect(b[k], `${id}.${k}`).toEqual(a[k]);
    }

    // Bad merges are bad input: one line, exit 2.
    const refused = async (args: string[], pattern: RegExp) => {
      cli.errors.length = 0;
      expect(await main(["merge", ...args, "--out", join(cli.dir, "bad")])).toBe(2);
      expect(cli.errors).toHaveLength(1);
      expect(cli.errors[0]).toMatch(pattern);
    };
    await refused(shards.slice(0, 3), /^error: merge: shard\(s\) 4\/4 missing$/);
    await refused([...shards, shards[0]!], /^error: merge: a shard is given twice$/);
    const other = join(cli.dir, "other");
    expect(await main(["run", "W3", "--budget", "quick", "--shard", "1/4", "--out", other])).toBe(0);
    await refused([...shards.slice(0, 3), other], /is a shard of another run/);
    // A shard folder without shard.json (interrupted) is not taken for a finished one.
    rmSync(join(shards[0]!, "shard.json"));
    await refused(shards, /no shard\.json: not a finished shard/);
  });

  test("rare-event points (splitting, cycle and head blocks): 1 or 2 workers and 3 shards give the same M1 report", async () => {
    const cfg = join(cli.dir, "m1.json");
    writeFileSync(
      cfg,
      JSON.stringify({
        particles: 200,
        splittingRuns: 40,
        cases: {
          "double-well-2d": null,
          tilted: null,
          "double-well": { etas: [0.2, 0.133333333333, 0.1], splittingEtas: [0.1, 0.05, 0.03] },
        },
      }),
    );
    const run = async (dir: string, ...extra: string[]) => {
      expect(await main(["run", "M1", "--budget", "quick", "--config", cfg, "--out", dir, ...extra])).toBe(0);
      return dir;
    };
    const one = await run(join(cli.dir, "m1-w1"), "--workers", "1");
    const two = await run(join(cli.dir, "m1-w2"), "--workers", "2");
    const shards = [];
    for (const i of [1, 2, 3]) shards.push(await run(join(cli.dir, `m1-s${i}`), "--shard", `${i}/3`));
    const merged = join(cli.dir, "m1-merged");
    expect(await main(["merge", ...shards, "--out", merged])).toBe(0);
    const a = JSON.parse(readFileSync(join(one, "M1.json"), "utf8")) as ClaimReport;
    expect(a.measurements.filter((m) => m.estimator === "splitting")).toHaveLength(3);
    for (const dir of [two, merged]) {
      const b = JSON.parse(readFileSync(join(dir, "M1.json"), "utf8")) as ClaimReport;
      for (const k of SAME) expect(b[k], `${dir}: M1.${k}`).toEqual(a[k]);
    }
  });

  test.each(["0/4", "5/4", "a/b", "1/0", "2"])("--shard %s is refused (one line, exit 2)", async (s) => {
    expect(await main(["run", "W3", "--budget", "quick", "--shard", s, "--out", join(cli.dir, "x")])).toBe(2);
    expect(cli.errors).toHaveLength(1);
    expect(cli.errors[0]).toMatch(/^error: --shard: must be i\/n with 1 ≤ i ≤ n/);
  });
});

describe("block store", () => {
  prop([
    fc.array(fc.oneof(fc.double(), fc.integer(), fc.constant(-0), fc.constant(Number.NaN)), {
      maxLength: 20,
    }),
  ])("typed arrays and numbers round-trip exactly through JSON", (xs) => {
    const v = {
      a: Float64Array.from(xs),
      b: xs,
      c: Uint32Array.from(xs.map((x) => (Number.isFinite(x) ? Math.abs(x) % 2 ** 32 : 0))),
      d: "s",
    };
    const back = decodeBlock(JSON.parse(JSON.stringify(encodeBlock(v)))) as typeof v;
    expect(back.a).toEqual(v.a);
    expect(Array.from(back.a).map((x) => Object.is(x, -0))).toEqual(
      Array.from(v.a).map((x) => Object.is(x, -0)),
    );
    expect(back.b).toEqual(v.b);
    expect(back.c).toEqual(v.c);
    expect(back.d).toBe("s");
  });

  test("ownership is spread over the shards and stable", () => {
    const counts = [0, 0, 0, 0];
    for (let b = 0; b < 4000; b++) counts[fnv1a(`exitBlock|seed/M1/eta/${b}|100`) % 4]! += 1;
    // Binomial(4000, ¼): SD ≈ 27; 6 SD either way.
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(165);
    expect(fnv1a("abc")).toBe(0x1a47e90b);
    expect(parseShard("3/8")).toEqual({ index: 3, count: 8 });
    expect(parseShard("9/8")).toBeNull();
  });
});
