import type { AssertionResult } from "../../src/stats/types.ts";

/** A decided assertion for report specs: a PASS at 1 ± 0.02 in the band [0.9, 1.1], with a one-stage design. */
export function assertionFixture(over: Partial<AssertionResult> = {}): AssertionResult {
  return {
    name: "A1 something [case]",
    quantity: "q",
    estimate: 1,
    se: 0.01,
    interval: [0.98, 1.02],
    predicted: 1,
    band: [0.9, 1.1],
    bandWhy: "w",
    alpha: 1e-6,
    verdict: "PASS",
    detectable: 0.1,
    method: "monte-carlo",
    power: { stages: 1, scale: 1, runs: 1000, slack: 3.2, plannedBeta: 1e-6, bias: 0 },
    ...over,
  };
}
