import { describe, expect, test, vi } from "vitest";
import { BlockDispatcher, type BlockJob } from "../../src/parallel/dispatch.ts";
import { WorkerPool } from "../../src/parallel/pool.ts";
import { runTask } from "../../src/parallel/tasks.ts";

/** A job of plain SGD blocks: block b owns `${stream}/${b}`. */
function job(stream: string, particles: number, blockSize: number, steps = 50): BlockJob<"sgdBlock"> {
  return {
    task: "sgdBlock",
    stream,
    particles,
    blockSize,
    cost: steps,
    payload: (b) => ({
      landscape: { kind: "double-well" },
      noise: { kind: "isotropic", sigma: 1 },
      x0: [-1],
      eta: 0.1,
      particles: b.particles,
      stream: b.stream,
      steps,
    }),
  };
}

describe("the block dispatcher", () => {
  test("block b of a job owns the stream <stream>/<b>, sizes add up, results come back in block order", async () => {
    const pool = new WorkerPool(1);
    const d = new BlockDispatcher(pool);
    const j = job("dispatch/a", 1000, 300);
    const blocks = await d.run(j);
    expect(blocks.map((b) => b.length)).toEqual([300, 300, 300, 100]);
    for (const [b, result] of blocks.entries()) {
      const direct = await runTask(
        "sgdBlock",
        j.payload({ index: b, particles: result.length, stream: `dispatch/a/${b}` }),
      );
      expect(Array.from(result)).toEqual(Array.from(direct));
    }
  });

  test("jobs submitted together run as one batch (one pool run), largest blocks first, same results", async () => {
    const pool = new WorkerPool(1);
    const spy = vi.spyOn(pool, "run");
    const d = new BlockDispatcher(pool);
    const [a, b] = await Promise.all([
      d.run(job("dispatch/x", 500, 250, 20)),
      d.run(job("dispatch/y", 500, 250, 200)),
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    const items = spy.mock.calls[0]![0];
    expect(items.map((i) => (i.payload as { stream: string }).stream)).toEqual([
      "dispatch/y/0",
      "dispatch/y/1",
      "dispatch/x/0",
      "dispatch/x/1",
    ]);
    const alone = await new BlockDispatcher(new WorkerPool(1)).run(job("dispatch/x", 500, 250, 20));
    expect(a.map((r) => Array.from(r))).toEqual(alone.map((r) => Array.from(r)));
    expect(b).toHaveLength(2);
  });

  test("a job submitted when another resolves (a schedule's next phase) joins the next batch", async () => {
    const pool = new WorkerPool(1);
    const spy = vi.spyOn(pool, "run");
    const d = new BlockDispatcher(pool);
    const chained = d.run(job("dispatch/p0", 250, 250)).then(() => d.run(job("dispatch/p1", 250, 250)));
    await Promise.all([chained, d.run(job("dispatch/q", 250, 250))]);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  test("1 and 2 workers: the same bits; progress is monotone and ends at 1", async () => {
    const results: number[][][] = [];
    for (const workers of [1, 2]) {
      const pool = new WorkerPool(workers);
      const fractions: number[] = [];
      try {
        const d = new BlockDispatcher(pool, (f) => fractions.push(f));
        const runs = await Promise.all([
          d.run(job("dispatch/w", 2000, 250)),
          d.run(job("dispatch/v", 777, 100, 10)),
        ]);
        results.push(runs.flat().map((r) => Array.from(r)));
      } finally {
        await pool.close();
      }
      expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
      expect(fractions.at(-1)).toBeCloseTo(1, 12);
    }
    expect(results[1]).toEqual(results[0]);
  });

  test("bad sizes are refused before anything runs; a failing block rejects its batch", async () => {
    const d = new BlockDispatcher(new WorkerPool(1));
    expect(() => d.run(job("dispatch/bad", 0, 10))).toThrow(/particles must be a positive integer/);
    expect(() => d.run(job("dispatch/bad", 10, 0))).toThrow(/blockSize must be a positive integer/);
    const broken = {
      ...job("dispatch/broken", 10, 10),
      payload: () => ({
        ...job("x", 1, 1).payload({ index: 0, particles: 10, stream: "s" }),
        landscape: { kind: "nope" } as never,
      }),
    };
    await expect(d.run(broken)).rejects.toThrow(/unknown kind "nope"/);
  });
});
