import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { runTask } from "./tasks.js";
/**
 * A worker_threads pool for block tasks. Determinism comes from the tasks, not the pool: a task is a pure
 * function of its payload (the payload names its random stream), and `run` returns results in item order
 * whatever order workers finish in. So 1, 2 or 16 workers give bit-identical results (DESIGN.md §3).
 *
 * With one worker the tasks run in-process (no thread start-up, easier profiling) through the same `runTask`.
 * Workers load the compiled JS when the package runs from dist/, the TypeScript sources through tsx otherwise.
 */
export class WorkerPool {
    size;
    workers = [];
    busy = false;
    constructor(size = availableParallelism()) {
        if (!Number.isInteger(size) || size < 1)
            throw new Error(`workers must be a positive integer, got ${size}`);
        this.size = size;
    }
    start() {
        if (this.size === 1 || this.workers.length)
            return;
        const fromSources = import.meta.url.endsWith(".ts");
        const url = new URL(fromSources ? "./worker.mjs" : "./workerMain.js", import.meta.url);
        for (let i = 0; i < this.size; i++) {
            const w = new Worker(url);
            w.unref();
            this.workers.push(w);
        }
    }
    /** Runs one task over many payloads (results in payload order). */
    map(task, payloads, onDone) {
        return this.run(payloads.map((payload) => ({ task, payload })), onDone);
    }
    /**
     * Runs items of any tasks, handing the next item to whichever worker is free; results in item order. Not
     * re-entrant (one `run` at a time): callers batch their work (parallel/dispatch.ts does).
     */
    async run(items, onDone) {
        if (this.busy)
            throw new Error("WorkerPool.run is not re-entrant: batch the work into one call");
        this.busy = true;
        try {
            return await this.runItems(items, onDone);
        }
        finally {
            this.busy = false;
        }
    }
    async runItems(items, onDone) {
        const results = new Array(items.length);
        if (this.size === 1) {
            for (let i = 0; i < items.length; i++) {
                results[i] = await runTask(items[i].task, items[i].payload);
                onDone?.(i + 1, items.length);
                // Yield so progress output, timers and signals get a turn between blocks.
                await new Promise((r) => setImmediate(r));
            }
            return results;
        }
        this.start();
        let next = 0;
        let done = 0;
        await Promise.all(this.workers.map((w) => new Promise((resolve, reject) => {
            const detach = () => {
                w.off("message", onMessage);
                w.off("error", onError);
            };
            const feed = () => {
                if (next >= items.length) {
                    detach();
                    resolve();
                    return;
                }
                const index = next++;
                w.postMessage({ task: items[index].task, index, payload: items[index].payload });
            };
            const onMessage = (msg) => {
                if (msg.error !== undefined) {
                    detach();
                    reject(new Error(msg.error));
                    return;
                }
                results[msg.index] = msg.result;
                onDone?.(++done, items.length);
                feed();
            };
            const onError = (e) => {
                detach();
                reject(e);
            };
            w.on("message", onMessage);
            w.on("error", onError);
            feed();
        })));
        return results;
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
        this.workers = [];
    }
}
//# sourceMappingURL=pool.js.map