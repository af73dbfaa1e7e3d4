/**
 * Acceptance 1: on f = λx²/2 with constant s the grid references reproduce the exact Gaussian references of
 * src/reference (quadraticWeakErrors) — THEORY.md's |E x| table to its 4 digits, and every expectation of every
 * scheme at every step to ~1e-12 of its scale. On a quadratic the backward functions of x, x², x⁴ are polynomials
 * of the same degree, so the grid is exact up to round-off; cos(ωx) is entire and resolved to round-off.
 */
import { describe, expect, test } from "vitest";
import { cosine, X, X_FOURTH, X_SQUARED } from "../../../src/reference/grid/gridTestFunction.ts";
import { gridWeakErrors } from "../../../src/reference/grid/gridWeakErrors.ts";
import {
  GAUSSIAN_NOISE,
  type NoiseLaw1d,
  noiseMoment,
  rademacherNoise,
  standardizedDiscreteNoise,
} from "../../../src/reference/grid/noiseLaw.ts";
import type { TestFunction } from "../../../src/reference/testFunction.ts";
import { quadraticWeakErrors } from "../../../src/reference/weakError.ts";
import { awayFromZero, uniform } from "../../support/matrices.ts";
import { fc, prop } from "../../support/prop.ts";

/** THEORY.md §W reference values: λ = 1, s = 1, x0 = 1, T = 1, φ = x. */
const REFERENCE = {
  eta: [0.1, 0.05, 0.025, 0.0125, 0.00625],
  sme1: [1.92e-2, 9.394e-3, 4.647e-3, 2.311e-3, 1.153e-3],
  sme2: [1.259e-3, 3.105e-4, 7.713e-5, 1.922e-5, 4.798e-6],
};

const quadratic = (lambda: number) => ({ gradient: (x: number) => lambda * x, curvature: () => lambda });
const SCHEMES = ["sme1", "sme2", "gf"] as const;
const supAbs = (a: ArrayLike<number>) => Array.from(a).reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/**
 * Per test function: max_k |grid − exact| / max_k |exact| over SGD and the three schemes (`expectations`), and
 * max_k |e_k(grid) − e_k(exact)| on the same scale (`errors`). One grid solve serves all test functions.
 */
function compareWithExact(
  lambda: number,
  s: number,
  x0: number,
  eta: number,
  steps: number,
  phis: TestFunction[],
): { expectations: number; errors: number }[] {
  const grid = gridWeakErrors({
    landscape: quadratic(lambda),
    noiseScale: s,
    sgdNoise: GAUSSIAN_NOISE,
    x0,
    eta,
    horizon: steps * eta,
    tests: phis,
  });
  return phis.map((phi, j) => {
    const exact = quadraticWeakErrors({
      H: [[lambda]],
      Sigma: [[s * s]],
      x0: [x0],
      eta,
      T: steps * eta,
      phi,
    });
    const scale = supAbs(exact.sgd);
    const difference = (g: number[], e: Float64Array) =>
      g.reduce((m, v, k) => Math.max(m, Math.abs(v - e[k]!)), 0);
    let expectations = difference(grid.sgd[j]!, exact.sgd) / scale;
    let errors = 0;
    for (const scheme of SCHEMES) {
      expectations = Math.max(
        expectations,
        difference(grid.sde[scheme]![j]!, exact[scheme].expectations) / supAbs(exact[scheme].expectations),
      );
      // The weak error is a difference of O(1) numbers: its grid error is that of the expectations.
      errors = Math.max(
        errors,
        difference(grid.errors[scheme]!.signed[j]!, exact[scheme].signedErrors) / scale,
      );
    }
    return { expectations, errors };
  });
}

describe("grid references on f = λx²/2 reproduce the exact Gaussian references", () => {
  test("THEORY.md's |E x| table (λ = s = x0 = T = 1): SME-1 and SME-2 sup errors to 4 digits, and to 1e-11 of E x", () => {
    REFERENCE.eta.forEach((eta, n) => {
      const grid = gridWeakErrors({
        landscape: quadratic(1),
        noiseScale: 1,
        sgdNoise: GAUSSIAN_NOISE,
        x0: 1,
        eta,
        horizon: 1,
        tests: [X],
      });
      const exact = quadraticWeakErrors({ H: [[1]], Sigma: [[1]], x0: [1], eta, T: 1, phi: X });
      expect(Number(grid.errors.sme1!.sup[0]!.toPrecision(4))).toBe(REFERENCE.sme1[n]);
      expect(Number(grid.errors.sme2!.sup[0]!.toPrecision(4))).toBe(REFERENCE.sme2[n]);
      expect(Math.abs(grid.errors.sme1!.sup[0]! - exact.sme1.supError)).toBeLessThan(1e-11);
      expect(Math.abs(grid.errors.sme2!.sup[0]! - exact.sme2.supError)).toBeLessThan(1e-11);
      expect(grid.errors.sme2!.argmaxStep[0]).toBe(exact.sme2.argmaxStep);
    });
  });

  test("x, x², cos(1.3x) at every step, SGD and all three schemes: within 1e-10 of the exact values (x⁴: 1e-8)", () => {
    for (const eta of [0.1, 0.025, 0.00625]) {
      const [x, x2, cos, x4] = compareWithExact(1, 1, 1, eta, Math.round(1 / eta), [
        X,
        X_SQUARED,
        cosine(1.3),
        X_FOURTH,
      ]);
      for (const r of [x!, x2!, cos!]) {
        expect(r.expectations).toBeLessThan(1e-10);
        expect(r.errors).toBeLessThan(1e-10);
      }
      // x⁴ reaches 8⁴ at the edges of the interval (the Gaussian rule needs |f'| ≥ 7.6·s there): the same
      // absolute round-off is ~1e-9 of E x⁴ ≈ 0.06.
      expect(x4!.expectations).toBeLessThan(1e-8);
    }
  });

  prop(
    [
      uniform(0.5, 2.5),
      uniform(0.3, 1.2),
      awayFromZero(0.3, 2),
      uniform(0.3, 2),
      uniform(0.02, 0.3),
      fc.integer({ min: 4, max: 40 }),
    ],
    { numRuns: 12 },
  )(
    "random λ, s, x0, ω, ηλ ≤ 0.3, K ≤ 40: every expectation within 1e-10 of the exact reference",
    (lambda, s, x0, omega, etaLambda, steps) => {
      const eta = etaLambda / lambda;
      for (const r of compareWithExact(lambda, s, x0, eta, steps, [X, X_SQUARED, cosine(omega)]))
        expect(r.expectations).toBeLessThan(1e-10);
    },
  );
});

/**
 * Discrete noise on the quadratic: x_{k+1} = μx_k + ηs·v (μ = 1 − ηλ) gives exact moment recursions in terms of
 * the law's moments, m_p ↦ Σ_q C(p,q) μ^q m_q (ηs)^{p−q} E v^{p−q} — an independent check of the discrete-noise
 * operator, including the third and fourth moments that distinguish the laws.
 */
function discreteMoments(law: NoiseLaw1d, lambda: number, s: number, x0: number, eta: number, steps: number) {
  const mu = 1 - eta * lambda;
  const v = [1, 0, 1, noiseMoment(law, 3), noiseMoment(law, 4)];
  const binomial = [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1], [1, 4, 6, 4, 1]];
  let m = [1, x0, x0 ** 2, x0 ** 3, x0 ** 4];
  const out = [m.slice()];
  for (let k = 0; k < steps; k++) {
    m = m.map((_, p) => {
      let sum = 0;
      for (let q = 0; q <= p; q++)
        sum += binomial[p]![q]! * mu ** q * m[q]! * (eta * s) ** (p - q) * v[p - q]!;
      return sum;
    });
    out.push(m.slice());
  }
  return out;
}

describe("discrete noise of matched variance on f = λx²/2", () => {
  const laws: [string, NoiseLaw1d][] = [
    ["Rademacher", rademacherNoise()],
    ["skewed 3-point", standardizedDiscreteNoise([-1, 0, 2], [0.3, 0.5, 0.2])],
  ];
  test.each(laws)("%s: E x, E x², E x³, E x⁴ of SGD match the exact moment recursion to 1e-12", (_, law) => {
    const [lambda, s, x0, eta, steps] = [1.3, 0.8, -0.9, 0.07, 30];
    const grid = gridWeakErrors({
      landscape: quadratic(lambda),
      noiseScale: s,
      sgdNoise: law,
      x0,
      eta,
      horizon: steps * eta,
      tests: [X, X_SQUARED, { kind: "custom", label: "x³", value: (x) => x ** 3 }, X_FOURTH],
      models: [],
    });
    const exact = discreteMoments(law, lambda, s, x0, eta, steps);
    for (let k = 0; k <= steps; k++)
      for (let p = 1; p <= 4; p++)
        expect(Math.abs(grid.sgd[p - 1]![k]! - exact[k]![p]!)).toBeLessThan(
          1e-12 * Math.max(1, Math.abs(exact[k]![p]!)),
        );
  });

  test("the first two moments do not see the law: Rademacher SGD equals Gaussian SGD for x and x²", () => {
    const base = {
      landscape: quadratic(1),
      noiseScale: 1,
      x0: 1,
      eta: 0.05,
      horizon: 1,
      tests: [X, X_SQUARED],
      models: [],
    };
    const gauss = gridWeakErrors({ ...base, sgdNoise: GAUSSIAN_NOISE });
    const rad = gridWeakErrors({ ...base, sgdNoise: rademacherNoise() });
    for (let j = 0; j < 2; j++)
      for (let k = 0; k <= gauss.steps; k++)
        expect(Math.abs(gauss.sgd[j]![k]! - rad.sgd[j]![k]!)).toBeLessThan(1e-12);
  });
});
