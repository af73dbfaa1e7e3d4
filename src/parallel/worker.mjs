// Worker bootstrap: the sources are TypeScript, so register tsx's loader in this thread before importing them.
import { register } from "tsx/esm/api";

register();
await import("./workerMain.ts");
