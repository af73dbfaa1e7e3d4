/**
 * Minimal argv parser: positional arguments plus `--flag value` / `--flag=value` / boolean `--flag`.
 * Unknown flags are bad input (exit code 2), not silently ignored.
 */
export interface ParsedArgs {
    positional: string[];
    flags: Map<string, string | true>;
}
export declare function parseArgs(argv: string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs;
//# sourceMappingURL=args.d.ts.map