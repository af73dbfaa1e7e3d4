import { describe, expect, test } from "vitest";
import { bandPosition, forestPlotSvg } from "../../src/report/forestPlot.ts";
import type { ClaimReport } from "../../src/report/schema.ts";
import type { AssertionResult } from "../../src/stats/types.ts";
import { assertionFixture } from "../support/assertions.ts";
import { fc, prop } from "../support/prop.ts";

const assertion = assertionFixture;

const claim = (id: string, assertions: AssertionResult[]): ClaimReport =>
  ({
    id,
    assertions,
    verdict: assertions.some((a) => a.verdict === "FAIL") ? "FAIL" : "PASS",
  }) as ClaimReport;

describe("run overview: every assertion scaled to its band", () => {
  test("band position: prediction 0, edges ±1, also for asymmetric and one-sided bands", () => {
    expect(bandPosition(1, [0.9, 1.1], 1)).toBe(0);
    expect(bandPosition(1.1, [0.9, 1.1], 1)).toBeCloseTo(1, 12);
    expect(bandPosition(0.9, [0.9, 1.1], 1)).toBeCloseTo(-1, 12);
    expect(bandPosition(0.95, [0.9, 1.2], 1)).toBeCloseTo(-0.5, 12);
    expect(bandPosition(1.1, [0.9, 1.2], 1)).toBeCloseTo(0.5, 12);
    // One-sided: [0, 0.01] predicted 0.
    expect(bandPosition(0.005, [0, 0.01], 0)).toBeCloseTo(0.5, 12);
    expect(bandPosition(0, [0, 0.01], 0)).toBe(0);
    expect(bandPosition(-0.001, [0, 0.01], 0)).toBe(Number.NEGATIVE_INFINITY);
  });

  prop([fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true })])(
    "inside the band ⇔ |position| ≤ 1 (symmetric bands)",
    (x, h) => {
      const u = bandPosition(x, [1 - h, 1 + h], 1);
      expect(Math.abs(u) <= 1 + 1e-12).toBe(x >= 1 - h - 1e-12 && x <= 1 + h + 1e-12);
    },
  );

  test("one row per assertion, coloured by verdict, the tightest slack named; deterministic", () => {
    const reports = [
      claim("W1", [
        assertion({}),
        assertion({ name: "W1 tight one", power: { ...assertion({}).power!, slack: 0.7 } }),
      ]),
      claim("M2", [
        assertion({ verdict: "FAIL", interval: [1.3, 1.5], estimate: 1.4 }),
        assertion({
          method: "exact",
          power: { stages: 1, scale: 1, runs: 0, slack: null, plannedBeta: 0, bias: 0 },
        }),
      ]),
    ];
    const svg = forestPlotSvg(reports);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<line [^>]*stroke-width="2"/g)).toHaveLength(4);
    expect(svg).toContain("#D55E00"); // the FAIL row
    expect(svg).toContain("tightest: 0.7 SE — tight one");
    expect(svg).toContain("4 assertions, 2 claims");
    expect(forestPlotSvg(reports)).toBe(svg);
    // An interval beyond ±2.2 band half-widths is cut with an arrow, not drawn off the frame.
    expect(forestPlotSvg([claim("X", [assertion({ interval: [0.5, 3], estimate: 2 })])])).toContain("<path");
  });
});
