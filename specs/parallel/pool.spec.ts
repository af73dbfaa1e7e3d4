import { describe, expect, test } from "vitest";
import { WorkerPool } from "../../src/parallel/pool.ts";
import { type ExitBlockPayload, runTask, type SgdBlockPayload } from "../../src/parallel/tasks.ts";
import { fc, prop } from "../support/prop.ts";

/** Block payloads name their own streams, so the work split cannot change a bit of the result. */
const exitBlocks: ExitBlockPayload[] = Array.from({ length: 6 }, (_, b) => ({
  landscape: { kind: "double-well" },
  noise: { kind: "isotropic", sigma: 1 },
  x0: [-1],
  eta: 0.2,
  particles: 256,
  stream: `pool-spec/exit/${b}`,
  horizon: 20_000,
  exitSet: { kind: "half-space", normal: [1], offset: 0 },
}));
const sgdBlocks: SgdBlockPayload[] = Array.from({ length: 5 }, (_, b) => ({
  landscape: { kind: "double-well-2d", k: 1 },
  noise: { kind: "isotropic", sigma: 1 },
  x0: [-1, 0.5],
  eta: 0.05,
  particles: 128,
  stream: `pool-spec/sgd/${b}`,
  steps: 200,
}));

describe("worker pool", () => {
  test("1, 2 and 3 workers give bit-identical block results, in payload order", async () => {
    const results = [];
    for (const workers of [1, 2, 3]) {
      const pool = new WorkerPool(workers);
      try {
        results.push({
          exit: await pool.map("exitBlock", exitBlocks),
          sgd: await pool.map("sgdBlock", sgdBlocks),
        });
      } finally {
        await pool.close();
      }
    }
    for (const r of results.slice(1)) {
      expect(r.exit.map((b) => Array.from(b.exitIteration))).toEqual(
        results[0]!.exit.map((b) => Array.from(b.exitIteration)),
      );
      expect(r.sgd.map((b) => Array.from(b))).toEqual(results[0]!.sgd.map((b) => Array.from(b)));
    }
    // Distinct streams per block: no two blocks repeat each other.
    const firsts = results[0]!.exit.map((b) => b.exitIteration[0]);
    expect(new Set(firsts).size).toBeGreaterThan(1);
  });

  test("an error inside a task rejects the map with the task's message", async () => {
    const pool = new WorkerPool(2);
    try {
      await expect(
        pool.map("sgdBlock", [{ ...sgdBlocks[0]!, landscape: { kind: "nope" } as never }]),
      ).rejects.toThrow(/unknown kind "nope"/);
    } finally {
      await pool.close();
    }
  });

  prop([fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 })], { numRuns: 10 })(
    "a block's result does not depend on which blocks ran before it in the same thread (any shard split)",
    async (order) => {
      const inOrder = await Promise.all(sgdBlocks.map(async (b) => Array.from(await runTask("sgdBlock", b))));
      for (const i of order) expect(Array.from(await runTask("sgdBlock", sgdBlocks[i]!))).toEqual(inOrder[i]);
    },
  );

  test("rejects a non-positive worker count", () => {
    expect(() => new WorkerPool(0)).toThrow(/positive integer/);
  });
});
