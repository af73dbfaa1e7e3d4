import { describe, expect, test } from "vitest";
import { runClaims } from "../../src/claims/runner.ts";
import { cliSandbox, expectConfigRefused } from "../support/cli.ts";

/**
 * The network claims (B6–B8) are reproducible whatever the worker count (a block is one run and owns its
 * stream by run index), and their configs are validated before anything trains: one line naming the field,
 * exit code 2, no report.
 */
const SMALL = {
  claims: {
    B6: { epochs: 20, batches: [4, 16, 124], runs: 8 },
    B7: { minimum: { gdEta: 0.5, gdSteps: 400 }, batches: [2, 3, 4], runs: 8, replicates: 20, horizon: 2000 },
    B8: { steps: [200, 200], runs: 8, minimum: { gdEta: 0.5, gdSteps: 200 }, replicates: 20 },
  },
};

async function estimates(workers: number) {
  const { reports } = await runClaims({
    claims: ["B6", "B7", "B8"],
    budget: "quick",
    seed: "spec-network",
    workers,
    userConfig: SMALL,
    command: "spec",
  });
  return reports.map((r) => ({
    id: r.id,
    assertions: r.assertions.map((a) => [a.name, a.estimate, a.se, a.interval, a.power?.runs]),
    measurements: r.measurements,
  }));
}

describe("network claims", () => {
  test("identical estimates, SEs and measurements for 1 and 2 workers", async () => {
    const one = await estimates(1);
    const two = await estimates(2);
    expect(two).toEqual(one);
    expect(one.map((r) => r.assertions.length)).toEqual([1, 2, 3]);
  }, 120_000);

  const cli = cliSandbox("claims-network-bad-");

  test.each([
    ["B6", { network: { hidden: 0 } }, /^error: network\.hidden: must be ≥ 1, got 0$/],
    [
      "B6",
      { network: { dataset: "penguins" } },
      /^error: network\.dataset: unknown value "penguins" \(expected iris\)$/,
    ],
    ["B6", { network: { fold: 7 } }, /^error: network\.fold: must be ≤ 4, got 7$/],
    ["B6", { network: { sampling: "bootstrap" } }, /^error: network\.sampling: unknown value "bootstrap"/],
    ["B6", { network: { weightDecay: 0 } }, /^error: network\.weightDecay: must be > 0, got 0$/],
    ["B6", { network: { depth: 2 } }, /^error: network\.depth: unknown field/],
    ["B6", { batches: [1, 2, 500] }, /^error: batches\[2\]: must be ≤ 124, got 500$/],
    ["B6", { batches: [4, 2, 8] }, /^error: batches\[1\]: batch sizes must increase, got 2 after 4$/],
    ["B6", { runs: 3 }, /^error: runs: needs at least 8 runs for a standard error, got 3$/],
    ["B6", { eta: -0.1 }, /^error: eta: must be > 0, got -0.1$/],
    ["B7", { every: 0 }, /^error: every: must be ≥ 1, got 0$/],
    ["B7", { horizon: 5, every: 1 }, /^error: horizon: must allow at least 10 checks \(every = 1\), got 5$/],
    ["B7", { level: 0 }, /^error: level: must be > 0, got 0$/],
    ["B7", { minimum: { gdSteps: 1.5 } }, /^error: minimum\.gdSteps: must be an integer, got 1\.5$/],
    ["B8", { small: 32, large: 8 }, /^error: large: must exceed small = 32, got 8$/],
    ["B8", { steps: [100] }, /^error: steps: must be \[K₁, K₂\]/],
    ["B8", { replicates: 5 }, /^error: replicates: must be ≥ 20, got 5$/],
  ])("%s %j → one line, exit 2", async (claim, overrides, pattern) => {
    await expectConfigRefused(cli, claim as string, overrides, pattern as RegExp);
  });
});
