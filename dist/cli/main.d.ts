/** Default master seed: fixed so CI is deterministic (the paper's arXiv number); `--seed random` draws one. */
export declare const DEFAULT_SEED = "1705.07562";
/** Runs the CLI and returns its exit code (the bin sets process.exitCode; specs call this directly). */
export declare function main(argv: string[]): Promise<number>;
//# sourceMappingURL=main.d.ts.map