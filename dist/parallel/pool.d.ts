import { type TaskName, type TaskPayload, type TaskResult } from "./tasks.ts";
/** One unit of work for the pool: a task name and its payload (which names its own random stream). */
export interface TaskItem<N extends TaskName = TaskName> {
    task: N;
    payload: TaskPayload<N>;
}
/**
 * A worker_threads pool for block tasks. Determinism comes from the tasks, not the pool: a task is a pure
 * function of its payload (the payload names its random stream), and `run` returns results in item order
 * whatever order workers finish in. So 1, 2 or 16 workers give bit-identical results (DESIGN.md §3).
 *
 * With one worker the tasks run in-process (no thread start-up, easier profiling) through the same `runTask`.
 * Workers load the compiled JS when the package runs from dist/, the TypeScript sources through tsx otherwise.
 */
export declare class WorkerPool {
    readonly size: number;
    private workers;
    private busy;
    constructor(size?: number);
    private start;
    /** Runs one task over many payloads (results in payload order). */
    map<N extends TaskName>(task: N, payloads: TaskPayload<N>[], onDone?: (done: number, total: number) => void): Promise<TaskResult<N>[]>;
    /**
     * Runs items of any tasks, handing the next item to whichever worker is free; results in item order. Not
     * re-entrant (one `run` at a time): callers batch their work (parallel/dispatch.ts does).
     */
    run(items: TaskItem[], onDone?: (done: number, total: number) => void): Promise<unknown[]>;
    private runItems;
    close(): Promise<void>;
}
//# sourceMappingURL=pool.d.ts.map