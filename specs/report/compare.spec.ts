import { describe, expect, test } from "vitest";
import { type Baseline, compareBaselines, EXACT_RELATIVE_TOLERANCE } from "../../src/report/compare.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

const verdictArb = fc.constantFrom("PASS" as const, "FAIL" as const, "INCONCLUSIVE" as const);
const assertionArb = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }),
  estimate: real(-100, 100),
  se: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1, noNaN: true })),
  verdict: verdictArb,
});
const baselineArb = fc.uniqueArray(assertionArb, { minLength: 1, maxLength: 6, selector: (a) => a.name }).map(
  (assertions): Baseline => ({
    id: "X1",
    budget: "quick",
    seed: "s",
    verdict: "PASS",
    assertions: assertions.map((a) => ({ ...a, method: a.se === 0 ? "exact" : "monte-carlo" })),
  }),
);

describe("baseline compare", () => {
  prop([baselineArb])("a run equal to its baseline has no findings", (b) => {
    expect(compareBaselines([b], [structuredClone(b)])).toEqual([]);
  });

  prop([baselineArb, fc.nat()])("an exact estimate moved beyond 1e-9 relative is a drift", (b, k) => {
    const exact = b.assertions.filter((a) => a.se === 0);
    fc.pre(exact.length > 0);
    const target = exact[k % exact.length]!;
    const moved = structuredClone(b);
    const m = moved.assertions.find((a) => a.name === target.name)!;
    m.estimate += 10 * EXACT_RELATIVE_TOLERANCE * Math.max(1, Math.abs(m.estimate));
    const findings = compareBaselines([moved], [b]);
    expect(findings.some((f) => f.kind === "drift" && f.quantity === target.name)).toBe(true);
  });

  prop([baselineArb, fc.nat()])(
    "a Monte-Carlo estimate moved by 10 combined SEs is a drift; 0.5 SE is not",
    (b, k) => {
      const mc = b.assertions.filter((a) => a.se > 0);
      fc.pre(mc.length > 0);
      const target = mc[k % mc.length]!;
      const shift = (z: number) => {
        const moved = structuredClone(b);
        const m = moved.assertions.find((a) => a.name === target.name)!;
        m.estimate += z * Math.SQRT2 * m.se;
        return compareBaselines([moved], [b]).filter((f) => f.kind === "drift");
      };
      expect(shift(10).length).toBe(1);
      expect(shift(0.5)).toEqual([]);
    },
  );

  prop([baselineArb, fc.nat()])("any verdict change is reported", (b, k) => {
    const target = b.assertions[k % b.assertions.length]!;
    const changed = structuredClone(b);
    const a = changed.assertions.find((x) => x.name === target.name)!;
    a.verdict = a.verdict === "PASS" ? "FAIL" : "PASS";
    expect(
      compareBaselines([changed], [b]).some((f) => f.kind === "verdict-change" && f.quantity === target.name),
    ).toBe(true);
  });

  test("a claim without a baseline is reported as missing", () => {
    const b: Baseline = { id: "X1", budget: "quick", seed: "s", verdict: "PASS", assertions: [] };
    expect(compareBaselines([b], [])[0]?.kind).toBe("missing");
  });
});
