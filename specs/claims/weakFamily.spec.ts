import { availableParallelism } from "node:os";
import { afterAll, describe, expect } from "vitest";
import { type RunClaimOptions, runClaim } from "../../src/claims/runner.ts";
import { W1 } from "../../src/claims/weak/W1.ts";
import { W2 } from "../../src/claims/weak/W2.ts";
import { WorkerPool } from "../../src/parallel/pool.ts";
import { fc, prop } from "../support/prop.ts";

/**
 * Claims over a family (DESIGN.md §6): random 1-D quartics with a single well, f = a·x⁴/4 + c·x³/3 + b·x²/2 with
 * c² < 4ab (so f' = x(ax² + cx + b) vanishes only at 0), started away from the minimum, with random σ and ω —
 * the grid-based W1 (SME-1, order 1) and W2 (SME-2, order 2) must hold, decided by the claims' own code, with
 * Gaussian SGD noise for both and Rademacher noise for W1. The decisions are exact (no sampling), so a failure
 * is a property of the case: fast-check shrinks it towards round coefficients and prints its seed and path.
 *
 * η grid: four halvings from η₀ = 0.03/ν, ν the larger of κ = max |f''| over the region the law visits
 * (|x| ≤ |x₀| + 1) and the noise-to-drift rate σ²/(f''(0)x₀²), so that the O(νη) drift of the local slopes is well
 * inside the ±0.1 band (the claims' fixed grids start at ηκ ≈ 0.0125·f''(1) = 0.025 on the double well for the
 * same reason). FC_SEED=11 found the noise rate: a = 0.2, b = 0.5, x₀ = 0.5, σ = 0.92 sat at 0.900 with κ alone.
 */
const pool = new WorkerPool(availableParallelism());
afterAll(() => pool.close());

const RUNS = 4;

function context(): RunClaimOptions {
  return { seed: "weak-family", budget: "quick", pool, alpha: 1e-4 };
}

const round = (v: number) => Math.round(v * 100) / 100;
const quarticArb = fc
  .record({
    a: fc.double({ min: 0.2, max: 1, noNaN: true }).map(round),
    b: fc.double({ min: 0.5, max: 2, noNaN: true }).map(round),
    skew: fc.double({ min: -0.9, max: 0.9, noNaN: true }).map(round),
    x0: fc.double({ min: 0.5, max: 1.5, noNaN: true }).map(round),
    sigma: fc.double({ min: 0.3, max: 1.2, noNaN: true }).map(round),
    omega: fc.double({ min: 0.5, max: 2, noNaN: true }).map(round),
  })
  .map((q) => ({ ...q, c: round(q.skew * Math.sqrt(4 * q.a * q.b)) }));
type Quartic = typeof quarticArb extends fc.Arbitrary<infer T> ? T : never;

function gridCase(q: Quartic, sgdNoise: "gaussian" | "rademacher") {
  const r = Math.abs(q.x0) + 1;
  const kappa = Math.max(...[-r, 0, r].map((x) => Math.abs(3 * q.a * x * x + 2 * q.c * x + q.b)));
  // The noise competes with the O(η) drift error at rate σ²/(f''(0)·x₀²) (the covariance enters only at O(η²)),
  // as in specs/reference/weakError.spec.ts: the grid starts where both rates times η are ≤ 0.03.
  const nu = Math.max(kappa, q.sigma ** 2 / (q.b * q.x0 ** 2));
  const eta0 = 0.03 / nu;
  return {
    name: `quartic a = ${q.a}, c = ${q.c}, b = ${q.b}`,
    landscape: {
      kind: "polynomial",
      dim: 1,
      terms: [
        { c: q.a / 4, p: [4] },
        { c: q.c / 3, p: [3] },
        { c: q.b / 2, p: [2] },
      ],
    },
    noise: { kind: "isotropic", sigma: q.sigma },
    sgdNoise,
    x0: [q.x0],
    T: 1,
    testFunctions: [
      { kind: "coordinate", i: 0 },
      { kind: "square", i: 0 },
      { kind: "cos", omega: [q.omega] },
    ],
    etas: [1, 2, 4, 8, 16].map((h) => eta0 / h),
  };
}

/** The quadratic cases are not the point here; one tiny exact case satisfies the config's `cases`. */
const QUADRATIC = [
  {
    name: "1-D quadratic",
    landscape: { kind: "quadratic", H: [[1]] },
    noise: { kind: "isotropic", sigma: 1 },
    x0: [1],
    T: 1,
    testFunctions: [{ kind: "coordinate", i: 0 }],
  },
];

describe("weak claims over random single-well quartics (grid references)", () => {
  prop([quarticArb], { numRuns: RUNS })("W1 (Gaussian and Rademacher SGD noise) and W2 hold", async (q) => {
    const etas = [0.05, 0.025, 0.0125, 0.00625];
    const w1 = W1.parseConfig(
      { etas, cases: QUADRATIC, gridCases: [gridCase(q, "gaussian"), gridCase(q, "rademacher")] },
      "",
    );
    const w2 = W2.parseConfig({ etas, cases: QUADRATIC, gridCases: [gridCase(q, "gaussian")] }, "");
    const out1 = await runClaim(W1, w1, context());
    const out2 = await runClaim(W2, w2, context());
    const failing = [...out1.assertions, ...out2.assertions]
      .filter((a) => a.verdict !== "PASS")
      .map((a) => `${a.name}: ${a.estimate.toFixed(3)} [${a.interval.map((v) => v.toFixed(3)).join(", ")}]`);
    expect(failing).toEqual([]);
  });
});
