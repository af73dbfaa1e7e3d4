import { expect } from "vitest";
import { binomialTest, binomialUpperTail } from "../../src/stats/tests.ts";

/**
 * Interval coverage over many independent replications: the number of intervals that missed the truth must be
 * compatible with Binomial(K, α) — a two-sided exact test at the spec's own level 1e-6, so an interval that is
 * too narrow (or too wide) by a few per cent of α·K fails and a correct one practically never does.
 */
export function expectCoverage(misses: number, replications: number, alpha: number, what: string): void {
  const { p } = binomialTest(misses, replications, alpha);
  expect(
    p,
    `${what}: ${misses} of ${replications} (1 − ${alpha}) intervals missed, expected ≈ ${alpha * replications}`,
  ).toBeGreaterThan(1e-6);
}

/**
 * Coverage of a conservative interval (Clopper–Pearson, DKW): the misses may be fewer than α·K, never
 * significantly more — a one-sided exact test at the spec's level 1e-6.
 */
export function expectConservativeCoverage(
  misses: number,
  replications: number,
  alpha: number,
  what: string,
): void {
  const p = binomialUpperTail(misses, replications, alpha);
  expect(
    p,
    `${what}: ${misses} of ${replications} (1 − ${alpha}) intervals missed, at most ≈ ${alpha * replications} expected`,
  ).toBeGreaterThan(1e-6);
}
