import { type TopLevelSpec } from "vega-lite";
import type { PlotSpec } from "./schema.ts";
export declare const PLOT_WIDTH = 520;
export declare const PLOT_HEIGHT = 340;
/** Okabe–Ito: distinguishable under the common colour-vision deficiencies; yellow last (weak on white). */
export declare const PALETTE: string[];
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
/**
 * Drops what the axes cannot show: non-finite coordinates, and zero/negative values on a log axis (vega
 * would otherwise produce an infinite extent and an empty or broken plot).
 */
export declare function plotRows(plot: PlotSpec): PlotRows;
/**
 * Tick values for a log axis: 1-2-5 per decade, or 1…9 per decade when that leaves fewer than four ticks
 * (a domain under about one decade). vega's own log ticks label every 2…9 and crowd a short axis.
 */
export declare function logTicks(domain: readonly [number, number]): number[];
/** One PlotSpec as a vega-lite v6 spec: error-bar rules and points for "points" series, lines for "line". */
export declare function plotToVegaLite(plot: PlotSpec): TopLevelSpec;
/** Several PlotSpecs stacked vertically (vconcat), each with its own scales and legend. */
export declare function plotsToVegaLite(plots: readonly PlotSpec[]): TopLevelSpec;
/**
 * Text width in px from per-character widths. vega's canvas-less fallback counts every character as 0.8 em,
 * which pads legends and titles by about half their real width.
 */
export declare function estimateTextWidth(text: string, fontSize: number): number;
/**
 * Renders a vega-lite spec headless (no canvas, no DOM) to an SVG string. Calls are serialised: the def-id
 * counter is module state, and two interleaved renders would number each other's ids.
 */
export declare function renderVegaLite(spec: TopLevelSpec): Promise<string>;
/** `<svg …>` for one plot; "no data" when nothing in it is drawable. */
export declare function renderSvg(plot: PlotSpec): Promise<string>;
/** One SVG per plot, in order. */
export declare function renderSvgs(plots: readonly PlotSpec[]): Promise<string[]>;
/** All of a claim's plots in one SVG (the runner writes exactly one `<ID>.svg` per claim). */
export declare function renderCombinedSvg(plots: readonly PlotSpec[]): Promise<string>;
export {};
//# sourceMappingURL=svg.d.ts.map