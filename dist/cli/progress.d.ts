import type { ClaimReport } from "../report/schema.ts";
/**
 * Progress output: bars on a TTY (cli-progress), one line per finished claim otherwise (CI logs stay readable).
 * Everything goes to stderr so `--json` output on stdout stays machine-readable.
 */
export declare class Progress {
    private bars;
    private perClaim;
    constructor(ids: string[], enabled: boolean);
    update(id: string, fraction: number): void;
    done(r: ClaimReport): void;
    stop(): void;
}
//# sourceMappingURL=progress.d.ts.map