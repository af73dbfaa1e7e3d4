export class BlockDispatcher {
    pool;
    onProgress;
    queue = [];
    flushing = null;
    blocksDone = 0;
    blocksSubmitted = 0;
    costDone = 0;
    costSubmitted = 0;
    /** `onProgress(fraction)` reports cost-weighted completion over everything submitted so far. */
    constructor(pool, onProgress) {
        this.pool = pool;
        this.onProgress = onProgress;
    }
    /** Runs a job's blocks; resolves to their results in block order. */
    run(job) {
        if (!(Number.isInteger(job.particles) && job.particles > 0))
            throw new RangeError(`${job.stream}: particles must be a positive integer, got ${job.particles}`);
        if (!(Number.isInteger(job.blockSize) && job.blockSize > 0))
            throw new RangeError(`${job.stream}: blockSize must be a positive integer, got ${job.blockSize}`);
        const blocks = Math.ceil(job.particles / job.blockSize);
        const items = [];
        const costs = [];
        for (let b = 0; b < blocks; b++) {
            const particles = Math.min(job.blockSize, job.particles - b * job.blockSize);
            items.push({
                task: job.task,
                payload: job.payload({ index: b, particles, stream: `${job.stream}/${b}` }),
            });
            costs.push(particles * (job.cost ?? 1));
        }
        return new Promise((resolve, reject) => {
            this.queue.push({ items, costs, resolve, reject });
            this.blocksSubmitted += blocks;
            this.costSubmitted += costs.reduce((s, c) => s + c, 0);
            this.schedule();
        });
    }
    schedule() {
        if (this.flushing)
            return;
        // setImmediate, not a microtask: every simulation's run() has submitted its first job by then.
        this.flushing = new Promise((r) => setImmediate(r)).then(() => this.flush());
    }
    async flush() {
        while (this.queue.length) {
            const batch = this.queue;
            this.queue = [];
            const flat = [];
            batch.forEach((p, request) => p.items.forEach((item, block) => flat.push({ item, cost: p.costs[block], request, block })));
            // Stable sort by cost, largest first.
            const order = flat.map((_, i) => i).sort((a, b) => flat[b].cost - flat[a].cost || a - b);
            const costsInOrder = order.map((i) => flat[i].cost);
            try {
                // Workers finish out of order; counting completions against the costs in start order keeps the
                // fraction monotone and close enough for a progress bar.
                const results = await this.pool.run(order.map((i) => flat[i].item), (done) => {
                    this.blocksDone++;
                    this.costDone += costsInOrder[done - 1] ?? 0;
                    this.onProgress?.(this.costSubmitted > 0 ? this.costDone / this.costSubmitted : 1, this.blocksDone, this.blocksSubmitted);
                });
                const perRequest = batch.map((p) => new Array(p.items.length));
                order.forEach((i, k) => {
                    const f = flat[i];
                    perRequest[f.request][f.block] = results[k];
                });
                batch.forEach((p, r) => p.resolve(perRequest[r]));
            }
            catch (e) {
                for (const p of batch)
                    p.reject(e);
            }
            // Let continuations (a schedule's next phase) submit before deciding whether the queue is empty.
            await new Promise((r) => setImmediate(r));
        }
        this.flushing = null;
    }
}
//# sourceMappingURL=dispatch.js.map