import cliProgress from "cli-progress";
import type { ClaimReport } from "../report/schema.ts";

/**
 * Progress output: bars on a TTY (cli-progress), one line per finished claim otherwise (CI logs stay readable).
 * Everything goes to stderr so `--json` output on stdout stays machine-readable.
 */
export class Progress {
  private bars: cliProgress.MultiBar | null = null;
  private perClaim = new Map<string, cliProgress.SingleBar>();
  private finished = 0;
  private readonly total: number;

  constructor(ids: string[], enabled: boolean) {
    this.total = ids.length;
    if (!enabled || !process.stderr.isTTY) return;
    this.bars = new cliProgress.MultiBar(
      {
        format: " {id} [{bar}] {percentage}% · ETA {eta_formatted} {status}",
        etaBuffer: 20,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    for (const id of ids) this.perClaim.set(id, this.bars.create(100, 0, { id: id.padEnd(4), status: "" }));
  }

  update(id: string, fraction: number): void {
    this.perClaim.get(id)?.update(Math.round(100 * Math.min(1, fraction)));
  }

  done(r: ClaimReport): void {
    this.finished++;
    const count = `[${String(this.finished).padStart(String(this.total).length)}/${this.total}]`;
    const line = `${count} ${r.id.padEnd(4)} ${r.verdict.padEnd(12)} ${String(r.assertions.length).padStart(3)} assertions  ${r.provenance.wallSeconds.toFixed(1)} s  ${r.title}`;
    const bar = this.perClaim.get(r.id);
    if (bar) bar.update(100, { status: `${r.verdict} ${count}` });
    else process.stderr.write(`${line}\n`);
  }

  stop(): void {
    this.bars?.stop();
  }
}
