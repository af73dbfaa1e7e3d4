/**
 * The grid SGD operator on nonlinear landscapes against references that share none of its machinery: with a
 * discrete noise law the law of x_K is a finite set of atoms, so E φ(x_K) is an exact finite sum over all noise
 * paths (2^K for Rademacher, 3^K for a 3-point law); with Gaussian noise and K ≤ 2, nested 60-point
 * Gauss–Hermite quadrature of the composed map (no interpolation anywhere).
 */
import { describe, expect, test } from "vitest";
import { doubleWell, tiltedDoubleWell } from "../../../src/landscapes/doubleWell.ts";
import { gaussHermiteRule } from "../../../src/reference/grid/gaussHermite.ts";
import { cosine, X, X_FOURTH, X_SQUARED } from "../../../src/reference/grid/gridTestFunction.ts";
import { gridWeakErrors } from "../../../src/reference/grid/gridWeakErrors.ts";
import {
  GAUSSIAN_NOISE,
  type NoiseLaw1d,
  rademacherNoise,
  standardizedDiscreteNoise,
} from "../../../src/reference/grid/noiseLaw.ts";
import { type Landscape1d, landscape1d } from "../../../src/reference/grid/setting1d.ts";
import { uniform } from "../../support/matrices.ts";
import { fc, prop } from "../../support/prop.ts";

const PHIS = [X, X_SQUARED, cosine(2), X_FOURTH];
const phiValue = [
  (x: number) => x,
  (x: number) => x * x,
  (x: number) => Math.cos(2 * x),
  (x: number) => x ** 4,
];

/** E φ(x_K) by summing over every path of a finite noise law (nodes, weights). */
function enumerate(
  landscape: Landscape1d,
  s: (x: number) => number,
  nodes: ArrayLike<number>,
  weights: ArrayLike<number>,
  x0: number,
  eta: number,
  steps: number,
): number[] {
  const sums = PHIS.map(() => 0);
  const walk = (x: number, k: number, p: number) => {
    if (k === steps) {
      phiValue.forEach((phi, j) => {
        sums[j]! += p * phi(x);
      });
      return;
    }
    const mean = x - eta * landscape.gradient(x);
    const spread = eta * s(x);
    for (let q = 0; q < nodes.length; q++) walk(mean + spread * nodes[q]!, k + 1, p * weights[q]!);
  };
  walk(x0, 0, 1);
  return sums;
}

const wells: [string, Landscape1d][] = [
  ["double well", landscape1d(doubleWell())],
  ["tilted double well (tilt 0.2)", landscape1d(tiltedDoubleWell(0.2))],
];
const laws: [string, NoiseLaw1d, number][] = [
  ["Rademacher", rademacherNoise(), 10],
  ["skewed 3-point", standardizedDiscreteNoise([-1, 0, 2], [0.3, 0.5, 0.2]), 7],
];

describe("grid SGD on nonlinear landscapes equals exact path enumeration", () => {
  for (const [wellName, landscape] of wells)
    for (const [lawName, law, maxSteps] of laws)
      prop(
        [
          uniform(-1.4, 1.4),
          uniform(0.01, 0.1),
          uniform(0.3, 1.5),
          uniform(0, 0.5),
          fc.integer({ min: 1, max: maxSteps }),
        ],
        { numRuns: 10 },
      )(
        `${wellName}, ${lawName} noise, state-dependent s(x): E φ(x_k) at every k ≤ K to 1e-13`,
        (x0, eta, s0, wobble, steps) => {
          const s = (x: number) => s0 * (1 + wobble * Math.sin(x));
          const grid = gridWeakErrors({
            landscape,
            noiseScale: s,
            sgdNoise: law,
            x0,
            eta,
            horizon: steps * eta,
            tests: PHIS,
            models: [],
          });
          if (law.kind !== "discrete") throw new Error("unreachable");
          for (let k = 1; k <= steps; k++) {
            const exact = enumerate(landscape, s, law.values, law.probs, x0, eta, k);
            exact.forEach((v, j) => {
              expect(Math.abs(grid.sgd[j]![k]! - v)).toBeLessThan(1e-13 * Math.max(1, Math.abs(v)));
            });
          }
        },
      );

  test("Gaussian noise, K = 1, 2: nested 60-point Gauss–Hermite of the composed map, to 1e-13", () => {
    const landscape = wells[0]![1];
    const rule = gaussHermiteRule(60, 0);
    for (const [x0, eta, s0] of [
      [0.5, 0.05, 1],
      [-1.2, 0.1, 0.7],
      [0.05, 0.02, 1.3],
    ] as const) {
      const s = (x: number) => s0 * Math.sqrt(1 + 0.5 * x * x);
      const grid = gridWeakErrors({
        landscape,
        noiseScale: s,
        sgdNoise: GAUSSIAN_NOISE,
        x0,
        eta,
        horizon: 2 * eta,
        tests: PHIS,
        models: [],
      });
      for (const k of [1, 2]) {
        const exact = enumerate(landscape, s, rule.nodes, rule.weights, x0, eta, k);
        exact.forEach((v, j) => {
          expect(Math.abs(grid.sgd[j]![k]! - v)).toBeLessThan(1e-13 * Math.max(1, Math.abs(v)));
        });
      }
    }
  });
});
