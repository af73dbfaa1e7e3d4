import { availableParallelism } from "node:os";
import { afterAll, describe, expect } from "vitest";
import type { ClaimContext } from "../../src/claims/claim.ts";
import { S2 } from "../../src/claims/saddle/S2.ts";
import { WorkerPool } from "../../src/parallel/pool.ts";
import { fc, prop } from "../support/prop.ts";

/**
 * Claims over a family (DESIGN.md §6): random saddles inside the claims' regime — one eigenvalue in [−2, −0.3],
 * the others in [0.3, 3], a random rotation, σ and a — must satisfy S2 (E N = exact chain), decided by the
 * claim's own code. (The S1 family needs ~10⁹ steps per case for ±10% at γ = 0.3; not yet in the quick suite.) A failing case shrinks towards a 2-D, axis-aligned saddle with round
 * numbers, and fast-check prints its seed and path.
 *
 * α: the property spends 1e-4 over its runs (Bonferroni over numRuns and each run's assertions), so a true
 * claim fails this spec with probability ≤ 2e-4.
 */
const pool = new WorkerPool(availableParallelism());
afterAll(() => pool.close());

const RUNS = 5;
const ALPHA_PER_PROPERTY = 1e-4;

function context(assertions: number): ClaimContext {
  return {
    seed: "saddle-family",
    budget: "quick",
    pool,
    alpha: ALPHA_PER_PROPERTY / RUNS,
    alphaPerAssertion: ALPHA_PER_PROPERTY / RUNS / assertions,
    progress: () => {},
  };
}

/** Q diag(λ) Qᵀ with Q a rotation by θ in the (0,1) plane then φ in the (1,2) plane. */
function rotated(eigenvalues: number[], theta: number, phi: number): number[][] {
  const d = eigenvalues.length;
  const Q: number[][] = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)),
  );
  const rotate = (a: number, b: number, t: number) => {
    for (const row of Q) {
      const [x, y] = [row[a]!, row[b]!];
      row[a] = Math.cos(t) * x - Math.sin(t) * y;
      row[b] = Math.sin(t) * x + Math.cos(t) * y;
    }
  };
  rotate(0, 1, theta);
  if (d > 2) rotate(1, 2, phi);
  return Q.map((qi) => Q.map((qj) => eigenvalues.reduce((s, l, k) => s + qi[k]! * l * qj[k]!, 0)));
}

const round = (v: number) => Math.round(v * 100) / 100;
const saddleArb = fc.record({
  unstable: fc.double({ min: -2, max: -0.3, noNaN: true }).map(round),
  stable: fc.array(fc.double({ min: 0.3, max: 3, noNaN: true }).map(round), { minLength: 1, maxLength: 2 }),
  theta: fc.double({ min: 0, max: Math.PI, noNaN: true }).map(round),
  phi: fc.double({ min: 0, max: Math.PI, noNaN: true }).map(round),
  sigma: fc.double({ min: 0.5, max: 2, noNaN: true }).map(round),
  radius: fc.double({ min: 0.5, max: 2, noNaN: true }).map(round),
});
// The claims' regime: the exit radius is ≥ 5 stationary standard deviations of the unstable coordinate at
// every η used (S2's parseConfig rejects configs outside it with a FieldError).
const inRegime = (s: Saddle, etaMax: number) =>
  s.radius >= 5 * Math.sqrt((etaMax * s.sigma ** 2) / (-s.unstable * (2 + etaMax * -s.unstable)));

type Saddle = typeof saddleArb extends fc.Arbitrary<infer T> ? T : never;

function caseConfig(s: Saddle, etas: number[]) {
  return {
    landscape: { kind: "quadratic", H: rotated([s.unstable, ...s.stable], s.theta, s.phi) },
    noise: { kind: "isotropic", sigma: s.sigma },
    radius: s.radius,
    etas,
  };
}

describe("saddle claims over random saddles", () => {
  prop([saddleArb.filter((s) => inRegime(s, 0.1))], { numRuns: RUNS })(
    "S2: simulated E N equals the exact chain within ±2%",
    async (s) => {
      const config = S2.parseConfig(
        { particles: 80000, relativeBand: 0.02, cases: { random: caseConfig(s, [0.1, 0.01]) } },
        "",
      );
      const out = await S2.run(config, context(S2.assertionCount(config)));
      expect(out.assertions.filter((a) => a.verdict !== "PASS").map((a) => a.name)).toEqual([]);
    },
  );
});
