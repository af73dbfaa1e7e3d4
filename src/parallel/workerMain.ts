import { parentPort } from "node:worker_threads";
import { runTask, type TaskName } from "./tasks.ts";

parentPort?.on("message", async (msg: { task: TaskName; index: number; payload: unknown }) => {
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the payload type is fixed by the task name
    const result = await runTask(msg.task, msg.payload as any);
    parentPort?.postMessage({ index: msg.index, result });
  } catch (e) {
    parentPort?.postMessage({ index: msg.index, error: e instanceof Error ? e.message : String(e) });
  }
});
