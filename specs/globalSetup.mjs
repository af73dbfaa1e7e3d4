// Specs spawn the real `claims` command, which runs the compiled package: build it first when sources changed.
import { ensureBuilt } from "../scripts/build.mjs";

export default function setup() {
  ensureBuilt();
}
