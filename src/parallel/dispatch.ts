import type { BlockStore } from "./blockStore.ts";
import type { TaskItem, WorkerPool } from "./pool.ts";
import type { TaskName, TaskPayload, TaskResult } from "./tasks.ts";

/**
 * The one block dispatcher (DESIGN.md §3). A job is `particles` units of work cut into blocks of `blockSize`;
 * block b owns the stream `${stream}/${b}`, so a block's result depends on its payload alone and the job's
 * results, returned in block order, are the same for 1, 2 or 16 workers and for any shard split.
 *
 * Jobs submitted in the same turn of the event loop are batched into one pool run: every simulation of a claim
 * starts together and the workers stay busy across them. Within a batch the costliest blocks start first (LPT
 * scheduling: the last worker does not finish a long block alone); the order of execution never changes a
 * result. A job whose inputs come from an earlier job (a schedule's next phase) is simply submitted once that
 * one has resolved, and joins the next batch.
 *
 * A block already run by this dispatcher (same task, block stream and size) is not run again: when sequential
 * escalation grows a simulation, its first blocks are the same runs, and only the new blocks cost anything.
 * (Within one claim a stream names one simulation: the runner refuses two different simulations on it.)
 */
export interface BlockJob<N extends TaskName> {
  task: N;
  stream: string;
  particles: number;
  blockSize: number;
  /** The payload of block `index` (its particle count and stream are given). */
  payload(block: { index: number; particles: number; stream: string }): TaskPayload<N>;
  /** Relative cost of one particle (e.g. expected iterations): orders blocks, never changes results. */
  cost?: number;
}

interface Pending {
  items: TaskItem[];
  costs: number[];
  resolve(results: unknown[]): void;
  reject(e: unknown): void;
}

export class BlockDispatcher {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private blocksDone = 0;
  private blocksSubmitted = 0;
  private costDone = 0;
  private costSubmitted = 0;
  private readonly done: Map<string, unknown>;

  /**
   * `onProgress(fraction)` reports cost-weighted completion over everything submitted so far. With a `store`,
   * finished blocks are kept there (and found there: blocks another process computed are not run again); a
   * shard's store also says which blocks this process may compute — a job with blocks it does not own runs its
   * own blocks and never resolves (the shard's work ends when the dispatcher is idle).
   */
  constructor(
    private readonly pool: WorkerPool,
    private readonly onProgress?: (fraction: number, blocksDone: number, blocksSubmitted: number) => void,
    private readonly store?: BlockStore,
  ) {
    this.done = store?.blocks ?? new Map<string, unknown>();
  }

  /** Resolves once nothing is queued or running and a turn of the event loop brought no new job. */
  async idle(): Promise<void> {
    for (;;) {
      while (this.flushing) await this.flushing;
      await new Promise((r) => setImmediate(r));
      if (!this.flushing && !this.queue.length) return;
    }
  }

  /** Runs a job's blocks; resolves to their results in block order. */
  run<N extends TaskName>(job: BlockJob<N>): Promise<TaskResult<N>[]> {
    if (!(Number.isInteger(job.particles) && job.particles > 0))
      throw new RangeError(`${job.stream}: particles must be a positive integer, got ${job.particles}`);
    if (!(Number.isInteger(job.blockSize) && job.blockSize > 0))
      throw new RangeError(`${job.stream}: blockSize must be a positive integer, got ${job.blockSize}`);
    const blocks = Math.ceil(job.particles / job.blockSize);
    const results = new Array<unknown>(blocks);
    const keys: string[] = [];
    const items: TaskItem[] = [];
    const costs: number[] = [];
    const missing: number[] = [];
    let elsewhere = false;
    for (let b = 0; b < blocks; b++) {
      const particles = Math.min(job.blockSize, job.particles - b * job.blockSize);
      const key = `${job.task}|${job.stream}/${b}|${particles}`;
      keys.push(key);
      if (this.done.has(key)) {
        results[b] = this.done.get(key);
        continue;
      }
      if (this.store && !this.store.owns(key)) {
        elsewhere = true;
        continue;
      }
      missing.push(b);
      items.push({
        task: job.task,
        payload: job.payload({ index: b, particles, stream: `${job.stream}/${b}` }),
      });
      costs.push(particles * (job.cost ?? 1));
    }
    if (!items.length && !elsewhere) return Promise.resolve(results as TaskResult<N>[]);
    if (!items.length) return new Promise<TaskResult<N>[]>(() => {});
    return new Promise<unknown[]>((resolve, reject) => {
      this.queue.push({
        items,
        costs,
        resolve: (fresh) => {
          fresh.forEach((r, i) => {
            results[missing[i]!] = r;
            this.done.set(keys[missing[i]!]!, r);
          });
          // Blocks owned by other shards: this job's result is never complete here.
          if (!elsewhere) resolve(results);
        },
        reject,
      });
      this.blocksSubmitted += items.length;
      this.costSubmitted += costs.reduce((s, c) => s + c, 0);
      this.schedule();
    }) as Promise<TaskResult<N>[]>;
  }

  private schedule(): void {
    if (this.flushing) return;
    // setImmediate, not a microtask: every simulation's run() has submitted its first job by then.
    this.flushing = new Promise<void>((r) => setImmediate(r)).then(() => this.flush());
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      const flat: { item: TaskItem; cost: number; request: number; block: number }[] = [];
      batch.forEach((p, request) =>
        p.items.forEach((item, block) => flat.push({ item, cost: p.costs[block]!, request, block })),
      );
      // Stable sort by cost, largest first.
      const order = flat.map((_, i) => i).sort((a, b) => flat[b]!.cost - flat[a]!.cost || a - b);
      const costsInOrder = order.map((i) => flat[i]!.cost);
      try {
        // Workers finish out of order; counting completions against the costs in start order keeps the
        // fraction monotone and close enough for a progress bar.
        const results = await this.pool.run(
          order.map((i) => flat[i]!.item),
          (done) => {
            this.blocksDone++;
            this.costDone += costsInOrder[done - 1] ?? 0;
            this.onProgress?.(
              this.costSubmitted > 0 ? this.costDone / this.costSubmitted : 1,
              this.blocksDone,
              this.blocksSubmitted,
            );
          },
        );
        const perRequest = batch.map((p) => new Array<unknown>(p.items.length));
        order.forEach((i, k) => {
          const f = flat[i]!;
          perRequest[f.request]![f.block] = results[k];
        });
        batch.forEach((p, r) => p.resolve(perRequest[r]!));
      } catch (e) {
        for (const p of batch) p.reject(e);
      }
      // Let continuations (a schedule's next phase) submit before deciding whether the queue is empty.
      await new Promise((r) => setImmediate(r));
    }
    this.flushing = null;
  }
}
