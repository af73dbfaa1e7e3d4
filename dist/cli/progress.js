import cliProgress from "cli-progress";
/**
 * Progress output: bars on a TTY (cli-progress), one line per finished claim otherwise (CI logs stay readable).
 * Everything goes to stderr so `--json` output on stdout stays machine-readable.
 */
export class Progress {
    bars = null;
    perClaim = new Map();
    constructor(ids, enabled) {
        if (!enabled || !process.stderr.isTTY)
            return;
        this.bars = new cliProgress.MultiBar({
            format: " {id} [{bar}] {percentage}% {status}",
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: false,
        }, cliProgress.Presets.shades_classic);
        for (const id of ids)
            this.perClaim.set(id, this.bars.create(100, 0, { id: id.padEnd(4), status: "" }));
    }
    update(id, fraction) {
        this.perClaim.get(id)?.update(Math.round(100 * Math.min(1, fraction)));
    }
    done(r) {
        const line = `${r.id.padEnd(4)} ${r.verdict.padEnd(12)} ${String(r.assertions.length).padStart(3)} assertions  ${r.provenance.wallSeconds.toFixed(1)} s  ${r.title}`;
        const bar = this.perClaim.get(r.id);
        if (bar)
            bar.update(100, { status: r.verdict });
        else
            process.stderr.write(`${line}\n`);
    }
    stop() {
        this.bars?.stop();
    }
}
//# sourceMappingURL=progress.js.map