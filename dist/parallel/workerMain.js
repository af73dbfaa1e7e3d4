import { parentPort } from "node:worker_threads";
import { runTask } from "./tasks.js";
parentPort?.on("message", async (msg) => {
    try {
        // biome-ignore lint/suspicious/noExplicitAny: the payload type is fixed by the task name
        const result = await runTask(msg.task, msg.payload);
        parentPort?.postMessage({ index: msg.index, result });
    }
    catch (e) {
        parentPort?.postMessage({ index: msg.index, error: e instanceof Error ? e.message : String(e) });
    }
});
//# sourceMappingURL=workerMain.js.map