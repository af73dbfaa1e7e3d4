/**
 * `overview.svg` of a run (linked from index.md): a forest plot of every assertion of every claim, each estimate
 * and (1 − α) interval drawn in units of its own band — the prediction at 0, the band's edges at ±1 — so a reader
 * sees at a glance which claims have room and which are tight. One block per claim, one thin row per assertion
 * (in the claim's order), coloured by verdict; intervals that run past ±2.2 band half-widths are cut with an
 * arrow. The right column names each claim's tightest Monte-Carlo assertion and its slack in SE.
 *
 * Hand-written SVG (no layout engine: rows are fixed-height), deterministic byte for byte.
 */
import type { AssertionResult, Verdict } from "../stats/types.ts";
import { fmt } from "./format.ts";
import type { ClaimReport } from "./schema.ts";

const COLOR: Record<Verdict, string> = { PASS: "#009E73", INCONCLUSIVE: "#E69F00", FAIL: "#D55E00" };
const FONT = "Helvetica, Arial, sans-serif";
const WIDTH = 980;
const LEFT = 70;
const PLOT_W = 560;
const RIGHT_X = LEFT + PLOT_W + 20;
const TOP = 64;
const ROW = 3;
const BLOCK_PAD = 6;
const LIMIT = 2.2;

/**
 * A value's position relative to a band: (x − predicted)/(hi − predicted) above the prediction, and
 * (x − predicted)/(predicted − lo) below it, so both edges sit at ±1 even when the band is not symmetric. On a
 * one-sided band (an edge at the prediction) values beyond that edge are outside the natural range: ∓∞.
 */
export function bandPosition(x: number, band: readonly [number, number], predicted: number): number {
  const [lo, hi] = band;
  if (!Number.isFinite(x)) return x;
  if (x >= predicted) {
    const w = hi - predicted;
    return w > 0 ? (x - predicted) / w : x > predicted ? Number.POSITIVE_INFINITY : 0;
  }
  const w = predicted - lo;
  return w > 0 ? (x - predicted) / w : Number.NEGATIVE_INFINITY;
}

const px = (u: number) => LEFT + ((Math.max(-LIMIT, Math.min(LIMIT, u)) + LIMIT) / (2 * LIMIT)) * PLOT_W;
const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r2 = (v: number) => Math.round(v * 100) / 100;
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const middle = (s: string, n: number) =>
  s.length > n ? `${s.slice(0, Math.ceil(n / 2) - 1)}…${s.slice(s.length - Math.floor(n / 2))}` : s;

function tightest(assertions: readonly AssertionResult[]): AssertionResult | null {
  let best: AssertionResult | null = null;
  for (const a of assertions) {
    const s = a.power?.slack;
    if (s == null || !Number.isFinite(s)) continue;
    if (!best || s < best.power!.slack!) best = a;
  }
  return best;
}

export function forestPlotSvg(reports: readonly ClaimReport[]): string {
  const body: string[] = [];
  let y = TOP;
  reports.forEach((r, ci) => {
    const n = Math.max(1, r.assertions.length);
    const h = n * ROW + 2 * BLOCK_PAD;
    if (ci % 2 === 0) body.push(`<rect x="0" y="${y}" width="${WIDTH}" height="${h}" fill="#f4f4f4"/>`);
    body.push(
      `<text x="8" y="${r2(y + h / 2 + 4)}" font-size="12" font-weight="bold" fill="${COLOR[r.verdict]}">${esc(r.id)}</text>`,
    );
    r.assertions.forEach((a, k) => {
      const yy = r2(y + BLOCK_PAD + k * ROW + ROW / 2);
      const lo = bandPosition(a.interval[0], a.band, a.predicted);
      const hi = bandPosition(a.interval[1], a.band, a.predicted);
      const est = bandPosition(a.estimate, a.band, a.predicted);
      const color = COLOR[a.verdict];
      const [x0, x1] = [r2(px(Math.min(lo, hi))), r2(px(Math.max(lo, hi)))];
      body.push(
        `<line x1="${x0}" x2="${Math.max(x1, x0 + 1)}" y1="${yy}" y2="${yy}" stroke="${color}" stroke-width="${ROW - 1}"${a.method === "exact" ? ' stroke-opacity="0.55"' : ""}><title>${esc(`${a.name}: ${fmt(a.estimate)} in [${fmt(a.interval[0])}, ${fmt(a.interval[1])}], band [${fmt(a.band[0])}, ${fmt(a.band[1])}] — ${a.verdict}`)}</title></line>`,
      );
      if (Number.isFinite(est) && Math.abs(est) <= LIMIT)
        body.push(`<rect x="${r2(px(est) - 1)}" y="${r2(yy - 1.5)}" width="2" height="3" fill="#000"/>`);
      if (Math.min(lo, hi) < -LIMIT) body.push(arrow(px(-LIMIT), yy, -1, color));
      if (Math.max(lo, hi) > LIMIT) body.push(arrow(px(LIMIT), yy, 1, color));
    });
    const t = tightest(r.assertions);
    const label = t
      ? `tightest: ${fmt(t.power!.slack!, 3)} SE — ${short(t.name.replace(/^\S+\s/, ""), 44)}`
      : "all exact";
    body.push(
      `<text x="${RIGHT_X}" y="${r2(y + h / 2 + 4)}" font-size="10" fill="#333">${esc(label)}</text>`,
    );
    y += h;
  });
  const height = y + 40;
  const grid = bandGrid(px, TOP - 6, y, y + 16);
  const counts = reports.reduce((s, r) => s + r.assertions.length, 0);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="bold">Every assertion scaled to its band (${counts} assertions, ${reports.length} claims)</text>`,
    `<text x="8" y="38" font-size="11" fill="#333">estimate (black tick) and (1 − α) interval; 0 = prediction, ±1 = the band's edges; green PASS, orange INCONCLUSIVE, red FAIL; faint = exact reference</text>`,
    ...body,
    ...grid,
    `<text x="${r2(LEFT + PLOT_W / 2)}" y="${y + 32}" font-size="11" text-anchor="middle">position in the band (band half-widths from the prediction)</text>`,
    "</svg>",
    "",
  ].join("\n");
}

/** Vertical guides at −2…2 band half-widths (dashed at the band's edges) with their labels below. */
function bandGrid(xOf: (u: number) => number, y0: number, y1: number, labelY: number): string[] {
  return [-2, -1, 0, 1, 2].map((u) => {
    const x = r2(xOf(u));
    const style =
      Math.abs(u) === 1
        ? 'stroke="#555" stroke-dasharray="4 3"'
        : u === 0
          ? 'stroke="#000" stroke-width="0.8"'
          : 'stroke="#ccc"';
    const text = u === 0 ? "predicted" : Math.abs(u) === 1 ? "band edge" : String(u);
    return `<line x1="${x}" x2="${x}" y1="${y0}" y2="${y1}" ${style}/><text x="${x}" y="${labelY}" font-size="10" text-anchor="middle">${text}</text>`;
  });
}

function arrow(x: number, y: number, dir: -1 | 1, color: string): string {
  const tip = r2(x + dir * 5);
  return `<path d="M${r2(x)} ${r2(y - 2.5)} L${tip} ${y} L${r2(x)} ${r2(y + 2.5)} Z" fill="${color}"/>`;
}

/** Claims with more plot panels than this get a digest on their page, with the panels below it. */
export const DIGEST_MIN_PANELS = 6;

const D_LABEL_W = 360;
const D_ROW = 16;

/**
 * `<ID>-digest.svg`: one labelled row per assertion of a claim, its estimate and interval in units of its own
 * band (as in the overview) — the page of a claim with dozens of panels opens with this one picture, which says
 * which case and test function has room and which is tight; the per-case panels follow it.
 */
export function claimDigestSvg(report: ClaimReport): string {
  const pxd = (u: number) => D_LABEL_W + px(u) - LEFT;
  const top = 56;
  const rows = report.assertions.map((a, k) => {
    const yy = top + k * D_ROW + D_ROW / 2;
    const lo = bandPosition(a.interval[0], a.band, a.predicted);
    const hi = bandPosition(a.interval[1], a.band, a.predicted);
    const est = bandPosition(a.estimate, a.band, a.predicted);
    const color = COLOR[a.verdict];
    const [x0, x1] = [r2(pxd(Math.min(lo, hi))), r2(pxd(Math.max(lo, hi)))];
    // The case and test function (the bracket of the name) identify a row; the claim's ID is the page's.
    // Long names are cut in the middle: the case's start and the test function at the end both stay.
    const label = middle(a.name.replace(new RegExp(`^${report.id}\\s+`), ""), 64);
    const parts = [
      k % 2 === 0
        ? `<rect x="0" y="${yy - D_ROW / 2}" width="${WIDTH}" height="${D_ROW}" fill="#f4f4f4"/>`
        : "",
      `<text x="${D_LABEL_W - 8}" y="${r2(yy + 4)}" font-size="10" text-anchor="end">${esc(label)}</text>`,
      `<line x1="${x0}" x2="${Math.max(x1, x0 + 1)}" y1="${yy}" y2="${yy}" stroke="${color}" stroke-width="4"${a.method === "exact" ? ' stroke-opacity="0.55"' : ""}><title>${esc(`${a.name}: ${fmt(a.estimate)} in [${fmt(a.interval[0])}, ${fmt(a.interval[1])}], band [${fmt(a.band[0])}, ${fmt(a.band[1])}] — ${a.verdict}`)}</title></line>`,
    ];
    if (Number.isFinite(est) && Math.abs(est) <= LIMIT)
      parts.push(`<rect x="${r2(pxd(est) - 1)}" y="${r2(yy - 4)}" width="2" height="8" fill="#000"/>`);
    if (Math.min(lo, hi) < -LIMIT) parts.push(arrow(pxd(-LIMIT), yy, -1, color));
    if (Math.max(lo, hi) > LIMIT) parts.push(arrow(pxd(LIMIT), yy, 1, color));
    return parts.join("");
  });
  const bottom = top + report.assertions.length * D_ROW;
  const width = D_LABEL_W + PLOT_W + 30;
  const height = bottom + 44;
  const grid = bandGrid(pxd, top - 4, bottom, bottom + 14);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="bold">${esc(report.id)}: every assertion scaled to its band (${report.assertions.length})</text>`,
    `<text x="8" y="38" font-size="11" fill="#333">estimate (black tick) and (1 − α) interval; 0 = prediction, ±1 = the band's edges; green PASS, orange INCONCLUSIVE, red FAIL; faint = exact</text>`,
    ...rows,
    ...grid,
    `<text x="${r2(D_LABEL_W + PLOT_W / 2)}" y="${bottom + 32}" font-size="11" text-anchor="middle">position in the band (band half-widths from the prediction)</text>`,
    "</svg>",
    "",
  ].join("\n");
}
