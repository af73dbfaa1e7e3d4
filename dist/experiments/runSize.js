import { FieldError } from "../config/fieldError.js";
import { readNumber, readPositiveInteger } from "../config/readers.js";
import { DEFAULT_BLOCK_SIZE } from "./exit/exitRuns.js";
/** `particles` (≥ 100: fewer cannot support an interval) and optional `blockSize` of a claim config. */
export function readRunSize(cfg, path) {
    const p = (k) => (path ? `${path}.${k}` : k);
    const particles = readPositiveInteger(cfg.particles, p("particles"));
    if (particles < 100)
        throw new FieldError(p("particles"), `needs at least 100 runs per η for an interval, got ${particles}`);
    const blockSize = cfg.blockSize === undefined ? DEFAULT_BLOCK_SIZE : readPositiveInteger(cfg.blockSize, p("blockSize"));
    return { particles, blockSize };
}
/** A relative half-width of a band around a prediction, in (0, 1). */
export function readRelativeBand(v, field) {
    return readNumber(v, field, { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true });
}
//# sourceMappingURL=runSize.js.map