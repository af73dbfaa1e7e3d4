import { describe, expect, test } from "vitest";
import { solve } from "../../../src/linalg/dense.ts";
import { BandedChain } from "../../../src/reference/exit/bandedChain.ts";
import { uniform } from "../../support/matrices.ts";
import { fc, prop } from "../../support/prop.ts";

/** A random substochastic banded chain: raw weights per row, normalised with a separate exit share. */
const chainCase = fc
  .record({
    n: fc.integer({ min: 1, max: 25 }),
    lower: fc.integer({ min: 0, max: 4 }),
    upper: fc.integer({ min: 0, max: 4 }),
    seedWeights: fc.array(uniform(0, 1), { minLength: 25 * 9, maxLength: 25 * 9 }),
    exits: fc.array(uniform(0.001, 0.5), { minLength: 25, maxLength: 25 }),
    rhs: fc.array(uniform(0, 3), { minLength: 25, maxLength: 25 }),
  })
  .map(({ n, lower, upper, seedWeights, exits, rhs }) => {
    const dense = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const c = new BandedChain(n, lower, upper);
    for (let i = 0; i < n; i++) {
      const js: number[] = [];
      for (let j = Math.max(0, i - lower); j <= Math.min(n - 1, i + upper); j++) js.push(j);
      const raw = js.map((_, k) => seedWeights[i * 9 + k]!);
      const total = raw.reduce((a, b) => a + b, 0) || 1;
      const stay = 1 - exits[i]!;
      js.forEach((j, k) => {
        const p = (raw[k]! / total) * stay;
        c.transition[c.index(i, j)] = p;
        dense[i]![j] = p;
      });
      c.exit[i] = raw.reduce((a, b) => a + b, 0) > 0 ? exits[i]! : 1;
    }
    return { c, dense, b: rhs.slice(0, n) };
  });

describe("banded GTH solve of (I − P)x = b", () => {
  prop([chainCase], { numRuns: 60 })("agrees with a dense solve", ({ c, dense, b }) => {
    const A = dense.map((row, i) => row.map((p, j) => (i === j ? 1 : 0) - p));
    const expected = solve(A, b);
    const x = c.factor().solve(b);
    for (let i = 0; i < b.length; i++)
      expect(Math.abs(x[i]! - expected[i]!)).toBeLessThan(1e-10 * (1 + Math.abs(expected[i]!)));
  });

  test("keeps full relative accuracy when the exit probability is 1e-14 (plain LU would lose it)", () => {
    // States 0 → 1 → … → n−1 advance with probability p; n−1 exits with probability q: E N from 0 = (n−1)/p + 1/q.
    const n = 50;
    const p = 0.3;
    const q = 1e-14;
    const c = new BandedChain(n, 0, 1);
    for (let i = 0; i < n - 1; i++) {
      c.transition[c.index(i, i)] = 1 - p;
      c.transition[c.index(i, i + 1)] = p;
    }
    c.transition[c.index(n - 1, n - 1)] = 1 - q;
    c.exit[n - 1] = q;
    const T = c.factor().solve(new Float64Array(n).fill(1));
    const exact = (n - 1) / p + 1 / q;
    expect(Math.abs(T[0]! / exact - 1)).toBeLessThan(1e-14);
  });

  test("misuse throws", () => {
    const c = new BandedChain(3, 1, 1);
    expect(() => c.index(0, 2)).toThrow(/outside the band/);
    expect(() => c.solve([1, 1, 1])).toThrow(/factor/);
    expect(() => c.factor()).toThrow(/cannot reach the exit/);
    expect(() => new BandedChain(0, 1, 1)).toThrow(/size/);
  });
});
