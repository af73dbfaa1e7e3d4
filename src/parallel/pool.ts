import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { runTask, type TaskName, type TaskPayload, type TaskResult } from "./tasks.ts";

/**
 * A worker_threads pool for block tasks. Determinism comes from the tasks, not the pool: a task is a pure
 * function of its payload (the payload names its random stream), and `map` returns results in payload order
 * whatever order workers finish in. So 1, 2 or 16 workers give bit-identical results (DESIGN.md §3).
 *
 * With one worker the tasks run in-process (no thread start-up, easier profiling) through the same `runTask`.
 */
export class WorkerPool {
  readonly size: number;
  private workers: Worker[] = [];

  constructor(size: number = availableParallelism()) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`workers must be a positive integer, got ${size}`);
    this.size = size;
  }

  private start(): void {
    if (this.size === 1 || this.workers.length) return;
    const url = new URL("./worker.mjs", import.meta.url);
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(url);
      w.unref();
      this.workers.push(w);
    }
  }

  async map<N extends TaskName>(
    task: N,
    payloads: TaskPayload<N>[],
    onDone?: (done: number, total: number) => void,
  ): Promise<TaskResult<N>[]> {
    const results = new Array<TaskResult<N>>(payloads.length);
    if (this.size === 1) {
      for (let i = 0; i < payloads.length; i++) {
        results[i] = runTask(task, payloads[i]!);
        onDone?.(i + 1, payloads.length);
        // Yield so progress output and timers get a turn between blocks.
        await new Promise((r) => setImmediate(r));
      }
      return results;
    }
    this.start();
    let next = 0;
    let done = 0;
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= payloads.length) {
                w.off("message", onMessage);
                w.off("error", onError);
                resolve();
                return;
              }
              const index = next++;
              w.postMessage({ task, index, payload: payloads[index] });
            };
            const onMessage = (msg: { index: number; result?: TaskResult<N>; error?: string }) => {
              if (msg.error !== undefined) {
                w.off("message", onMessage);
                w.off("error", onError);
                reject(new Error(msg.error));
                return;
              }
              results[msg.index] = msg.result as TaskResult<N>;
              onDone?.(++done, payloads.length);
              feed();
            };
            const onError = (e: Error) => reject(e);
            w.on("message", onMessage);
            w.on("error", onError);
            feed();
          }),
      ),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
