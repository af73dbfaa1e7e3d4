import { describe, expect, test } from "vitest";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import type { LandscapeSpec } from "../../src/landscapes/landscape.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import { sgdMomentTrajectory } from "../../src/reference/quadraticSgd.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { sgdKernel } from "../../src/simulate/sgdKernel.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

/** z for a two-sided check at α = 1e-6 per assertion (fixed seeds make it deterministic in CI). */
const Z = 4.89;

const polynomialArb = fc.integer({ min: 1, max: 3 }).chain((dim) =>
  fc.record({
    dim: fc.constant(dim),
    terms: fc.array(
      fc.record({
        c: real(-2, 2),
        p: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: dim, maxLength: dim }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    x0: fc.array(real(-1, 1), { minLength: dim, maxLength: dim }),
  }),
);

function gradientDescent(spec: LandscapeSpec, x0: number[], eta: number, steps: number): number[] {
  const f = landscapeFromSpec(spec);
  const x = Float64Array.from(x0);
  const g = new Float64Array(x0.length);
  for (let k = 0; k < steps; k++) {
    f.gradient(x, g);
    for (let i = 0; i < x.length; i++) x[i] = x[i]! - eta * g[i]!;
  }
  return Array.from(x);
}

describe("SGD ensemble kernel", () => {
  prop([polynomialArb], { numRuns: 40 })(
    "with zero noise it is gradient descent (compiled gradient = landscape.gradient)",
    ({ dim, terms, x0 }) => {
      const spec: LandscapeSpec = { kind: "polynomial", dim, terms };
      const f = landscapeFromSpec(spec);
      const n = 3;
      const x = new Float64Array(dim * n);
      for (let i = 0; i < dim; i++) x.fill(x0[i]!, i * n, (i + 1) * n);
      sgdKernel(f, null)(x, n, 0, n, 5, 0.01, Xoshiro128.fromName("unused"));
      const gd = gradientDescent(spec, x0, 0.01, 5);
      for (let i = 0; i < dim; i++)
        for (let p = 0; p < n; p++) {
          const a = x[i * n + p]!;
          const b = gd[i]!;
          if (Number.isFinite(b))
            expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
        }
    },
  );

  prop([fc.double({ min: 0.25, max: 4, noNaN: true }), fc.integer({ min: 0, max: 1000 })], {
    numRuns: 30,
  })("rescaling f by c, σ by c and η by 1/c leaves SGD unchanged (same stream)", (c, seed) => {
    const run = (scale: number) => {
      const f = landscapeFromSpec({
        kind: "polynomial",
        dim: 1,
        terms: [
          { c: 0.25 * scale, p: [4] },
          { c: -0.5 * scale, p: [2] },
        ],
      });
      const noise = noiseFromSpec({ kind: "isotropic", sigma: scale }, f);
      const x = new Float64Array(16).fill(-1);
      sgdKernel(f, noise)(x, 16, 0, 16, 50, 0.05 / scale, Xoshiro128.fromName(`rescale/${seed}`));
      return x;
    };
    const a = run(1);
    const b = run(c);
    a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThan(1e-10));
  });

  test("mean and covariance on a 3-D quadratic with correlated noise match the exact recursion", () => {
    const H = [
      [2, 0.5, 0],
      [0.5, 1, 0.3],
      [0, 0.3, 0.6],
    ];
    const Sigma = [
      [1, 0.3, 0],
      [0.3, 0.5, 0.1],
      [0, 0.1, 2],
    ];
    const f = landscapeFromSpec({ kind: "quadratic", H });
    const noise = noiseFromSpec({ kind: "covariance", Sigma }, f);
    const x0 = [1, -0.8, 0.6];
    const eta = 0.1;
    const steps = 20;
    const n = 200_000;
    const x = new Float64Array(3 * n);
    for (let i = 0; i < 3; i++) x.fill(x0[i]!, i * n, (i + 1) * n);
    sgdKernel(f, noise)(x, n, 0, n, steps, eta, Xoshiro128.fromName("quadratic-moments"));
    const exact = sgdMomentTrajectory({ H, Sigma, x0, eta, steps });
    const m = exact.means[steps]!;
    const C = exact.covariances[steps]!;
    for (let i = 0; i < 3; i++) {
      let s = 0;
      for (let p = 0; p < n; p++) s += x[i * n + p]!;
      const mean = s / n;
      // SE of a sample mean: √(C_ii/n).
      expect(Math.abs(mean - m[i]!)).toBeLessThan(Z * Math.sqrt(C[i]![i]! / n));
      for (let j = 0; j <= i; j++) {
        let sc = 0;
        for (let p = 0; p < n; p++) sc += (x[i * n + p]! - m[i]!) * (x[j * n + p]! - m[j]!);
        const cov = sc / n;
        // Gaussian law: Var of the (i,j) sample product moment = (C_ii C_jj + C_ij²)/n.
        const se = Math.sqrt((C[i]![i]! * C[j]![j]! + C[i]![j]! ** 2) / n);
        expect(Math.abs(cov - C[i]![j]!)).toBeLessThan(Z * se);
      }
    }
  });
});
