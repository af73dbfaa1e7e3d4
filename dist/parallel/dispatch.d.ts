import type { WorkerPool } from "./pool.ts";
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
 */
export interface BlockJob<N extends TaskName> {
    task: N;
    stream: string;
    particles: number;
    blockSize: number;
    /** The payload of block `index` (its particle count and stream are given). */
    payload(block: {
        index: number;
        particles: number;
        stream: string;
    }): TaskPayload<N>;
    /** Relative cost of one particle (e.g. expected iterations): orders blocks, never changes results. */
    cost?: number;
}
export declare class BlockDispatcher {
    private readonly pool;
    private readonly onProgress?;
    private queue;
    private flushing;
    private blocksDone;
    private blocksSubmitted;
    private costDone;
    private costSubmitted;
    /** `onProgress(fraction)` reports cost-weighted completion over everything submitted so far. */
    constructor(pool: WorkerPool, onProgress?: ((fraction: number, blocksDone: number, blocksSubmitted: number) => void) | undefined);
    /** Runs a job's blocks; resolves to their results in block order. */
    run<N extends TaskName>(job: BlockJob<N>): Promise<TaskResult<N>[]>;
    private schedule;
    private flush;
}
//# sourceMappingURL=dispatch.d.ts.map