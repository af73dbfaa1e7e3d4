/**
 * `<ID>.svg`: a claim's PlotSpecs as vega-lite, rendered headless to SVG (DESIGN.md §7).
 *
 * No canvas package is installed, so text is measured by estimate (per-character widths, `estimateTextWidth`).
 * Rendering is deterministic: the same PlotSpec gives byte-identical SVG.
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { PlotSpec } from "./schema.ts";

export const PLOT_WIDTH = 520;
export const PLOT_HEIGHT = 340;

/** Okabe–Ito: distinguishable under the common colour-vision deficiencies; yellow last (weak on white). */
export const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#E69F00",
  "#000000",
  "#F0E442",
];

const FONT = "Helvetica, Arial, sans-serif";
const TITLE_WRAP = 72;

/** A point of a "points" series, after filtering; `lo`/`hi` only when its error bar is drawable. */
interface PointRow {
  series: string;
  x: number;
  y: number;
  lo?: number;
  hi?: number;
}

interface LineRow {
  series: string;
  x: number;
  y: number;
}

/** Whether `v` can be placed on an axis of this scale type (log axes take only positive finite values). */
function onAxis(v: number | undefined, scale: "linear" | "log"): v is number {
  return v !== undefined && Number.isFinite(v) && (scale === "linear" || v > 0);
}

interface PlotRows {
  points: PointRow[];
  bars: Required<PointRow>[];
  lines: LineRow[];
  /** Series names in first-appearance order, deduplicated (the colour domain). */
  names: string[];
  /** Axis domains: the drawn values padded by 4% of the span (in log space on log axes); null if no data. */
  xDomain: [number, number] | null;
  yDomain: [number, number] | null;
}

/** Fraction of the data span added on each side, so points on the extremes are not cut by the frame. */
const DOMAIN_PAD = 0.04;

function paddedDomain(values: readonly number[], scale: "linear" | "log"): [number, number] | null {
  if (values.length === 0) return null;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (scale === "log") {
    const [a, b] = [Math.log10(lo), Math.log10(hi)];
    const pad = b > a ? DOMAIN_PAD * (b - a) : 0.3; // a single value: ±0.3 decade, about ×2 either side
    return [10 ** (a - pad), 10 ** (b + pad)];
  }
  const pad = hi > lo ? DOMAIN_PAD * (hi - lo) : Math.max(Math.abs(lo) * 0.1, 1);
  return [lo - pad, hi + pad];
}

/**
 * Drops what the axes cannot show: non-finite coordinates, and zero/negative values on a log axis (vega
 * would otherwise produce an infinite extent and an empty or broken plot).
 */
export function plotRows(plot: PlotSpec): PlotRows {
  const points: PointRow[] = [];
  const lines: LineRow[] = [];
  const pending: { row: PointRow; lo: number | undefined; hi: number | undefined }[] = [];
  const names: string[] = [];
  const seen = new Set<string>();
  for (const s of plot.series) {
    const n = Math.min(s.x.length, s.y.length);
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const x = s.x[i];
      const y = s.y[i];
      if (!onAxis(x, plot.xScale) || !onAxis(y, plot.yScale)) continue;
      kept++;
      if (s.mark === "line") {
        lines.push({ series: s.name, x, y });
      } else {
        const row: PointRow = { series: s.name, x, y };
        points.push(row);
        pending.push({ row, lo: s.yLo?.[i], hi: s.yHi?.[i] });
      }
    }
    if (kept > 0 && !seen.has(s.name)) {
      seen.add(s.name);
      names.push(s.name);
    }
  }
  const drawable = pending.filter(
    (p): p is { row: PointRow; lo: number; hi: number } =>
      p.lo !== undefined && Number.isFinite(p.lo) && onAxis(p.hi, plot.yScale),
  );
  const xs = [...points, ...lines].map((r) => r.x);
  const ys = [...points, ...lines].map((r) => r.y);
  for (const { lo, hi } of drawable) {
    if (onAxis(lo, plot.yScale)) ys.push(lo);
    ys.push(hi);
  }
  const xDomain = paddedDomain(xs, plot.xScale);
  const yDomain = paddedDomain(ys, plot.yScale);
  // On a log axis a lower bound ≤ 0 means "the interval reaches zero": draw the bar to the bottom of the
  // frame rather than dropping it, which would make an uncertain point look precise.
  const bars: Required<PointRow>[] = [];
  for (const { row, lo, hi } of drawable) {
    row.lo = onAxis(lo, plot.yScale) ? lo : (yDomain?.[0] ?? row.y);
    row.hi = hi;
    bars.push({ ...row, lo: row.lo, hi });
  }
  return { points, bars, lines, names, xDomain, yDomain };
}

/**
 * Tick values for a log axis: 1-2-5 per decade, or 1…9 per decade when that leaves fewer than four ticks
 * (a domain under about one decade). vega's own log ticks label every 2…9 and crowd a short axis.
 */
export function logTicks(domain: readonly [number, number]): number[] {
  const [lo, hi] = domain;
  const ticks = (mantissas: readonly number[]) => {
    const out: number[] = [];
    for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
      for (const m of mantissas) {
        // Through toPrecision so 3e-2 is 0.03 exactly, not 0.030000000000000002, which "~g" would print.
        const v = Number((m * 10 ** k).toPrecision(12));
        if (v >= lo && v <= hi) out.push(v);
      }
    }
    return out;
  };
  const coarse = ticks([1, 2, 5]);
  return coarse.length >= 4 ? coarse : ticks([1, 2, 3, 4, 5, 6, 7, 8, 9]);
}

/** Splits a long title into lines of at most ~TITLE_WRAP characters at spaces. */
function wrapTitle(title: string): string | string[] {
  if (title.length <= TITLE_WRAP) return title;
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/)) {
    if (line && line.length + 1 + word.length > TITLE_WRAP) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const CONFIG = {
  font: FONT,
  view: { stroke: "#d0d0d0" },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: "normal",
    gridColor: "#ececec",
    domainColor: "#888",
    tickColor: "#888",
    labelColor: "#333",
    titleColor: "#222",
  },
  // Legend labels are never cut (labelLimit 0: no limit; B4's were cut mid-word at 260 px).
  legend: { labelFontSize: 11, titleFontSize: 11, symbolSize: 70, labelLimit: 0 },
  title: { fontSize: 14, fontWeight: "bold", anchor: "start", color: "#222", offset: 10 },
} as const;

type UnitOrLayer = Record<string, unknown>;

/** The body of one plot (no $schema/config): a layer of rules, points and lines, or a "no data" panel. */
function plotBody(plot: PlotSpec): UnitOrLayer {
  const { points, bars, lines, names, xDomain, yDomain } = plotRows(plot);
  const title = wrapTitle(plot.title);
  if (points.length === 0 && lines.length === 0) {
    return {
      title,
      width: PLOT_WIDTH,
      height: PLOT_HEIGHT,
      view: { stroke: "#d0d0d0" },
      data: { values: [{ text: "no data" }] },
      mark: { type: "text", fontSize: 18, color: "#888", align: "center", baseline: "middle" },
      encoding: { text: { field: "text", type: "nominal" } },
    };
  }
  // Domains are computed here (padded, not "nice"): vega's nice log domains can add most of a decade of
  // empty space beside the data.
  const axisScale = (type: "linear" | "log", domain: [number, number] | null) => ({
    type,
    ...(domain ? { domain, nice: false } : {}),
    ...(type === "linear" ? { zero: false } : {}),
  });
  // "~g" keeps labels short (0.001, not 0.0010000); greedy overlap removal is the backstop for crowding.
  const axisOf = (type: "linear" | "log", domain: [number, number] | null) => ({
    format: "~g",
    labelOverlap: "greedy",
    ...(type === "log" && domain ? { values: logTicks(domain) } : {}),
  });
  // Given ticks replace the continuum's: integers as integers, categories by name (labelExpr looks the value
  // up in the label list, so a schedule reads "small → large", not 1.4).
  const xTicks = plot.xTicks?.filter((v) => onAxis(v, plot.xScale));
  const xAxis = xTicks?.length
    ? {
        ...axisOf(plot.xScale, xDomain),
        values: xTicks,
        ...(xTicks.every(Number.isInteger) ? { format: "d" } : {}),
        ...(plot.xTickLabels?.length === plot.xTicks?.length
          ? {
              labelExpr: `${JSON.stringify(Object.fromEntries(plot.xTicks!.map((v, i) => [String(v), plot.xTickLabels![i]!])))}[datum.value + ""]`,
              labelAngle: 0,
            }
          : {}),
      }
    : axisOf(plot.xScale, xDomain);
  const x = {
    field: "x",
    type: "quantitative",
    title: plot.xLabel,
    scale: axisScale(plot.xScale, xDomain),
    axis: xAxis,
  };
  const y = {
    field: "y",
    type: "quantitative",
    title: plot.yLabel,
    scale: axisScale(plot.yScale, yDomain),
    axis: axisOf(plot.yScale, yDomain),
  };
  const color = {
    field: "series",
    type: "nominal",
    title: null,
    scale: { domain: names, range: names.map((_, i) => PALETTE[i % PALETTE.length]) },
  };
  const layer: UnitOrLayer[] = [];
  if (bars.length > 0) {
    layer.push({
      data: { values: bars },
      mark: { type: "rule", strokeWidth: 1.5, opacity: 0.8 },
      encoding: { x, y: { ...y, field: "lo" }, y2: { field: "hi" }, color },
    });
  }
  if (lines.length > 0) {
    layer.push({
      data: { values: lines },
      mark: { type: "line", strokeWidth: 2 },
      encoding: { x, y, color, order: { field: "x", type: "quantitative" } },
    });
  }
  if (points.length > 0) {
    layer.push({
      data: { values: points },
      mark: { type: "point", filled: true, size: 55, opacity: 1 },
      encoding: { x, y, color },
    });
  }
  // Layers share scales (vega-lite's default), so one legend covers the points, bars and lines of a series.
  return { title, width: PLOT_WIDTH, height: PLOT_HEIGHT, layer };
}

function topLevel(body: UnitOrLayer): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    background: "white",
    padding: 12,
    config: CONFIG,
    ...body,
  } as TopLevelSpec;
}

/** One PlotSpec as a vega-lite v6 spec: error-bar rules and points for "points" series, lines for "line". */
export function plotToVegaLite(plot: PlotSpec): TopLevelSpec {
  return topLevel(plotBody(plot));
}

/** Several PlotSpecs stacked vertically (vconcat), each with its own scales and legend. */
export function plotsToVegaLite(plots: readonly PlotSpec[]): TopLevelSpec {
  if (plots.length === 0) return plotToVegaLite(emptyPlot());
  if (plots.length === 1) return plotToVegaLite(plots[0]!);
  // Small multiples: two panels per row once there are more than two (a claim with one panel per case and
  // test function stays scannable instead of becoming a tall strip).
  const layout =
    plots.length > 2 ? { concat: plots.map(plotBody), columns: 2 } : { vconcat: plots.map(plotBody) };
  return topLevel({
    ...layout,
    spacing: 36,
    resolve: { scale: { color: "independent" }, legend: { color: "independent" } },
  });
}

function emptyPlot(): PlotSpec {
  return { title: "no plot", xLabel: "", yLabel: "", xScale: "linear", yScale: "linear", series: [] };
}

/**
 * Advance widths in em of the narrow and wide characters; others count 0.6 em (0.72 uppercase). These are
 * Helvetica's widths rounded up towards DejaVu Sans, the wider fallback where Helvetica/Arial are missing, so
 * text is not clipped whichever of them renders the SVG.
 */
const CHAR_EM = new Map<string, number>([
  ..."ijl|'".split("").map((c) => [c, 0.28] as [string, number]),
  ..." .,:;!ftI[]/\\".split("").map((c) => [c, 0.34] as [string, number]),
  ..."r()-²³¹⁻".split("").map((c) => [c, 0.4] as [string, number]),
  ..."mwMW—∞".split("").map((c) => [c, 0.92] as [string, number]),
]);

/**
 * Text width in px from per-character widths. vega's canvas-less fallback counts every character as 0.8 em,
 * which pads legends and titles by about half their real width.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += CHAR_EM.get(c) ?? (c >= "A" && c <= "Z" ? 0.72 : 0.6);
  return Math.ceil(em * fontSize);
}

interface TextItem {
  fontSize?: number | string;
  limit?: number;
}

/** vega-scenegraph's text measurer (exported by vega, absent from its typings). */
const textMetrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } })
  .textMetrics;

function helveticaWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  return estimateTextWidth(text == null ? "" : String(text).trim(), size);
}

/** Tail of the render queue: renders run one at a time (see renderVegaLite). */
let renderQueue: Promise<unknown> = Promise.resolve();

async function renderNow(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec).spec;
  // Clip-path and gradient ids come from a module-level counter in vega-scenegraph; reset it so the output
  // does not depend on what was rendered before in this process.
  vega.resetSVGDefIds();
  const previousWidth = textMetrics.width;
  textMetrics.width = helveticaWidth;
  const view = new vega.View(vega.parse(compiled as vega.Spec), { renderer: "none", logLevel: vega.Warn });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
    textMetrics.width = previousWidth;
  }
}

/**
 * Renders a vega-lite spec headless (no canvas, no DOM) to an SVG string. Calls are serialised: the def-id
 * counter is module state, and two interleaved renders would number each other's ids.
 */
export function renderVegaLite(spec: TopLevelSpec): Promise<string> {
  const result = renderQueue.then(() => renderNow(spec));
  renderQueue = result.catch(() => undefined);
  return result;
}

/** `<svg …>` for one plot; "no data" when nothing in it is drawable. */
export function renderSvg(plot: PlotSpec): Promise<string> {
  return renderVegaLite(plotToVegaLite(plot));
}

/** One SVG per plot, in order. */
export function renderSvgs(plots: readonly PlotSpec[]): Promise<string[]> {
  return Promise.all(plots.map(renderSvg));
}

/** All of a claim's plots in one SVG (the runner writes exactly one `<ID>.svg` per claim). */
export function renderCombinedSvg(plots: readonly PlotSpec[]): Promise<string> {
  return renderVegaLite(plotsToVegaLite(plots));
}
