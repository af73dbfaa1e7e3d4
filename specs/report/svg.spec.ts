import { describe, expect, it } from "vitest";
import type { PlotSpec } from "../../src/report/schema.ts";
import {
  estimateTextWidth,
  logTicks,
  plotRows,
  plotsToVegaLite,
  plotToVegaLite,
  renderCombinedSvg,
  renderSvg,
  renderSvgs,
} from "../../src/report/svg.ts";

const etas = [0.2, 0.1, 0.05, 0.025];

const logLog: PlotSpec = {
  title: "Weak error of SME-1 vs η",
  xLabel: "step size η",
  yLabel: "weak error",
  xScale: "log",
  yScale: "log",
  series: [
    {
      name: "SME-1 error",
      mark: "points",
      x: etas,
      y: etas.map((e) => 0.3 * e),
      yLo: etas.map((e) => 0.25 * e),
      yHi: etas.map((e) => 0.35 * e),
    },
    { name: "predicted slope 1", mark: "line", x: [0.025, 0.2], y: [0.0075, 0.06] },
  ],
};

const linear: PlotSpec = {
  title: "ln(ηE N) vs 1/η",
  xLabel: "1/η",
  yLabel: "ln(η E N)",
  xScale: "linear",
  yScale: "linear",
  series: [
    { name: "measured", mark: "points", x: [5, 10, 20], y: [1.1, 2.0, 4.1] },
    { name: "Arrhenius fit", mark: "line", x: [5, 20], y: [1, 4.1] },
  ],
};

/** The vega-lite spec as a plain object, for structural checks. */
function asRecord(spec: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
}

interface Layer {
  mark: { type: string };
  data: { values: Record<string, number | string>[] };
  encoding: Record<string, { field?: string; title?: string; scale?: { type?: string; domain?: unknown } }>;
}

function layers(spec: object): Layer[] {
  return (asRecord(spec).layer ?? []) as Layer[];
}

describe("plotToVegaLite", () => {
  it("builds rule, line and point layers with log scales and axis titles", () => {
    const spec = asRecord(plotToVegaLite(logLog));
    expect(spec.$schema).toMatch(/vega-lite\/v6/);
    expect(spec.background).toBe("white");
    expect(spec.width).toBe(520);
    expect(spec.height).toBe(340);
    const ls = layers(spec);
    expect(ls.map((l) => l.mark.type)).toEqual(["rule", "line", "point"]);
    for (const l of ls) {
      expect(l.encoding.x?.scale?.type).toBe("log");
      expect(l.encoding.y?.scale?.type).toBe("log");
      expect(l.encoding.x?.title).toBe("step size η");
      expect(l.encoding.color?.field).toBe("series");
    }
    const rule = ls[0]!;
    expect(rule.encoding.y?.field).toBe("lo");
    expect(rule.encoding.y2?.field).toBe("hi");
    expect(rule.data.values).toHaveLength(4);
    expect(ls[2]!.data.values.map((r) => r.series)).toEqual(Array(4).fill("SME-1 error"));
  });

  it("uses linear scales without forced zero when asked, and no rule layer without error bars", () => {
    const ls = layers(plotToVegaLite(linear));
    expect(ls.map((l) => l.mark.type)).toEqual(["line", "point"]);
    const scale = ls[0]!.encoding.x?.scale as { type: string; zero: boolean; domain: [number, number] };
    expect(scale.type).toBe("linear");
    expect(scale.zero).toBe(false);
    // 4% padding of the span [5, 20] each side.
    expect(scale.domain[0]).toBeCloseTo(4.4, 10);
    expect(scale.domain[1]).toBeCloseTo(20.6, 10);
  });

  it("colours series in first-appearance order with one entry per name", () => {
    const plot: PlotSpec = {
      ...linear,
      series: [...linear.series, { name: "measured", mark: "points", x: [30], y: [6] }],
    };
    const color = layers(plotToVegaLite(plot))[0]!.encoding.color as {
      scale: { domain: string[]; range: string[] };
    };
    expect(color.scale.domain).toEqual(["measured", "Arrhenius fit"]);
    expect(color.scale.range).toHaveLength(2);
    expect(new Set(color.scale.range).size).toBe(2);
  });

  it("filters non-finite values, and non-positive ones on log axes", () => {
    const plot: PlotSpec = {
      ...logLog,
      series: [
        {
          name: "noisy",
          mark: "points",
          x: [0.1, Number.NaN, 0.05, 0, -0.1, 0.02, 0.01],
          y: [1, 2, Number.POSITIVE_INFINITY, 3, 4, -1, 0.5],
        },
        { name: "all bad", mark: "line", x: [0, 1], y: [1, Number.NaN] },
      ],
    };
    const rows = plotRows(plot);
    expect(rows.points.map((r) => [r.x, r.y])).toEqual([
      [0.1, 1],
      [0.01, 0.5],
    ]);
    expect(rows.lines).toEqual([]);
    expect(rows.names).toEqual(["noisy"]);
    // The same values on linear axes keep the zero/negative entries but still drop NaN/∞.
    const lin = plotRows({ ...plot, xScale: "linear", yScale: "linear" });
    expect(lin.points.map((r) => r.x)).toEqual([0.1, 0, -0.1, 0.02, 0.01]);
    expect(lin.lines).toEqual([{ series: "all bad", x: 0, y: 1 }]);
  });

  it("draws a log-axis error bar whose lower end is ≤ 0 down to the bottom of the frame", () => {
    const plot: PlotSpec = {
      ...logLog,
      series: [
        { name: "e", mark: "points", x: [0.1, 0.2], y: [0.01, 0.1], yLo: [-0.002, 0.05], yHi: [0.02, 0.2] },
      ],
    };
    const rows = plotRows(plot);
    expect(rows.bars).toHaveLength(2);
    expect(rows.yDomain).not.toBeNull();
    expect(rows.bars[0]!.lo).toBe(rows.yDomain![0]);
    expect(rows.yDomain![0]).toBeLessThan(0.01);
    expect(rows.bars[1]!.lo).toBe(0.05);
    // A non-finite bar end drops the bar, not the point.
    const nan = plotRows({ ...plot, series: [{ ...plot.series[0]!, yHi: [Number.NaN, 0.2] }] });
    expect(nan.points).toHaveLength(2);
    expect(nan.bars).toHaveLength(1);
  });

  it("stacks several plots with vconcat and independent colour scales", () => {
    const spec = asRecord(plotsToVegaLite([logLog, linear]));
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.resolve).toEqual({ scale: { color: "independent" }, legend: { color: "independent" } });
    expect(asRecord(plotsToVegaLite([linear])).layer).toBeDefined();
  });
});

describe("logTicks", () => {
  it("uses 1-2-5 per decade on a long axis and every integer mantissa on a short one", () => {
    expect(logTicks([0.009, 0.25])).toEqual([0.01, 0.02, 0.05, 0.1, 0.2]);
    expect(logTicks([0.011, 0.045])).toEqual([0.02, 0.03, 0.04]);
  });
});

describe("estimateTextWidth", () => {
  it("gives wide letters more room than narrow ones, and far less than vega's 0.8 em fallback", () => {
    expect(estimateTextWidth("MMMM", 10)).toBeGreaterThan(estimateTextWidth("iiii", 10) * 2);
    expect(estimateTextWidth("step size η", 12)).toBeLessThan(0.8 * 11 * 12);
  });
});

describe("renderSvg", () => {
  it("renders an SVG containing the title, axis titles and series names", async () => {
    const svg = await renderSvg(logLog);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.length).toBeGreaterThan(2000);
    for (const text of [
      "Weak error of SME-1 vs η",
      "step size η",
      "weak error",
      "SME-1 error",
      "predicted slope 1",
    ]) {
      expect(svg).toContain(text);
    }
    // Every point and error bar is drawn, and the line (vega emits one path per series).
    const count = (role: string) => svg.split(`aria-roledescription="${role}"`).length - 1;
    expect(count("point")).toBe(4);
    expect(count("rule mark")).toBe(4);
    expect(count("line mark")).toBe(1);
  });

  it("is deterministic: two renders are byte-identical, also with another render in between", async () => {
    const a = await renderSvg(logLog);
    await renderCombinedSvg([linear, logLog]);
    const b = await renderSvg(logLog);
    expect(b).toBe(a);
    const [c, d] = await Promise.all([renderSvg(linear), renderSvg(linear)]);
    expect(c).toBe(d);
  });

  it("escapes markup in labels", async () => {
    const svg = await renderSvg({ ...linear, title: "a < b & c" });
    expect(svg).toContain("a &lt; b &amp; c");
  });

  it("renders 'no data' for a plot with nothing drawable", async () => {
    const empty: PlotSpec = {
      ...logLog,
      title: "Survival vs Exp(1)",
      series: [{ name: "s", mark: "points", x: [0, Number.NaN], y: [1, 1] }],
    };
    for (const plot of [empty, { ...empty, series: [] }]) {
      const svg = await renderSvg(plot);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain("no data");
      expect(svg).toContain("Survival vs Exp(1)");
      expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    }
  });

  it("renders all of a claim's plots in one SVG, and one per plot on request", async () => {
    const combined = await renderCombinedSvg([logLog, linear]);
    expect(combined.match(/<svg/g)).toHaveLength(1);
    for (const text of ["step size η", "1/η", "SME-1 error", "Arrhenius fit"])
      expect(combined).toContain(text);
    const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)?.[1]);
    const separate = await renderSvgs([logLog, linear]);
    expect(separate).toHaveLength(2);
    expect(height(combined)).toBeGreaterThan(height(separate[0]!) + height(separate[1]!) - 50);
    expect(await renderCombinedSvg([])).toContain("no data");
    expect(await renderCombinedSvg([linear])).toBe(separate[1]);
  });
});
