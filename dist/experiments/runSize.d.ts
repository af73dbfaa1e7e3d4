/** How many runs per η and how they are cut into blocks (each block owns a stream). */
export interface RunSize {
    particles: number;
    blockSize: number;
}
/** `particles` (≥ 100: fewer cannot support an interval) and optional `blockSize` of a claim config. */
export declare function readRunSize(cfg: Record<string, unknown>, path: string): RunSize;
/** A relative half-width of a band around a prediction, in (0, 1). */
export declare function readRelativeBand(v: unknown, field: string): number;
//# sourceMappingURL=runSize.d.ts.map