/**
 * Every landscape's derivatives are what its value says they are: ∇f against a finite difference of f, ∇²f
 * against a finite difference of ∇f, and the kernel source `gradientSource` against `gradient`. Landscapes are
 * generated as JSON specs (so a counterexample prints as a config) and built through `landscapeFromSpec`.
 */
import { readFileSync } from "node:fs";
import { describe, expect } from "vitest";
import { compileGradientSource } from "../../src/landscapes/codegen.ts";
import { MAX_TILT } from "../../src/landscapes/doubleWell.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import type { LandscapeSpec } from "../../src/landscapes/landscape.ts";
import { awayFromZero, symmetricWithSpectrum } from "../support/matrices.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

const coordinate = real(-2, 2);
const vector = (n: number) => fc.array(coordinate, { minLength: n, maxLength: n });

/** Symmetric H = Q diag(λ) Qᵀ with |λ| ∈ [0.1, 5] of random sign (so minima, maxima and saddles all occur). */
const quadraticSpec = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc
      .record({ H: symmetricWithSpectrum(n, awayFromZero(0.1, 5)), center: vector(n) })
      .map(({ H, center }): LandscapeSpec => ({ kind: "quadratic", H: H.A, center })),
  );

/** Random polynomials: dim 1–3, 1–5 terms, exponents 0–4, coefficients in [−2, 2]. */
const polynomialSpec = fc.integer({ min: 1, max: 3 }).chain((dim) =>
  fc
    .array(
      fc.record({
        c: real(-2, 2),
        p: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: dim, maxLength: dim }),
      }),
      { minLength: 1, maxLength: 5 },
    )
    .map((terms): LandscapeSpec => ({ kind: "polynomial", dim, terms })),
);

const fixture = (name: string): LandscapeSpec =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/landscapes/${name}`, import.meta.url), "utf8"),
  ) as LandscapeSpec;

const landscapeSpec: fc.Arbitrary<LandscapeSpec> = fc.oneof(
  quadraticSpec,
  polynomialSpec,
  fc.constant<LandscapeSpec>({ kind: "double-well" }),
  fc
    .double({ min: -3, max: 3, noNaN: true })
    .filter((k) => Math.abs(k) > 1e-3)
    .map((k): LandscapeSpec => ({ kind: "double-well-2d", k })),
  fc
    .double({ min: -0.99 * MAX_TILT, max: 0.99 * MAX_TILT, noNaN: true })
    .map((tilt): LandscapeSpec => ({ kind: "tilted-double-well", tilt })),
  fc.constant(fixture("polynomial-2d.json")),
);

const dimOf = (spec: LandscapeSpec): number =>
  spec.kind === "quadratic"
    ? spec.H.length
    : spec.kind === "polynomial"
      ? spec.dim
      : spec.kind === "double-well-2d"
        ? 2
        : 1;

/** Specs paired with a point in [−2, 2]^d. */
const specAndPoint = landscapeSpec.chain((spec) => vector(dimOf(spec)).map((x) => ({ spec, x })));

/**
 * The size of the terms that make up f near x (no cancellation): round-off in f, ∇f and their differences is
 * ≈ 1e-16 × this, so tolerances are relative to it.
 */
function magnitude(spec: LandscapeSpec, x: readonly number[]): number {
  const r = 1 + Math.max(...x.map(Math.abs));
  switch (spec.kind) {
    case "quadratic": {
      const c = spec.center ?? x.map(() => 0);
      const s = 1 + Math.max(...x.map((xi, i) => Math.abs(xi - c[i]!)));
      return spec.H.flat().reduce((a, h) => a + Math.abs(h), 0) * s * s;
    }
    case "polynomial":
      return spec.terms.reduce(
        (a, t) => a + Math.abs(t.c) * t.p.reduce((m, p, i) => m * (1 + Math.abs(x[i]!)) ** p, 1),
        0,
      );
    case "double-well-2d":
      return r ** 4 * (1 + Math.abs(spec.k));
    default:
      return r ** 4;
  }
}

/**
 * Fourth-order central difference (8[g(x+h) − g(x−h)] − [g(x+2h) − g(x−2h)])/(12h). Its truncation error is
 * h⁴g⁽⁵⁾/30, which vanishes for every landscape here (degree ≤ 4 in each coordinate), so what remains is
 * round-off ≈ 1.5·ε·magnitude/h ≈ 3e-14·magnitude at h = 0.01: a tolerance of 1e-9·magnitude has a wide
 * margin, and a wrong derivative misses by O(magnitude).
 */
function centralDifference(g: (x: number[]) => number, x: readonly number[], k: number, h = 0.01): number {
  const at = (t: number) => g(x.map((xi, i) => (i === k ? xi + t : xi)));
  return (8 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12 * h);
}

describe("landscape derivatives", () => {
  prop([specAndPoint])("∇f is the finite difference of f", ({ spec, x }) => {
    const f = landscapeFromSpec(spec);
    const g = f.gradient(x, new Float64Array(f.dim));
    const tol = 1e-9 * magnitude(spec, x);
    for (let k = 0; k < f.dim; k++) {
      const fd = centralDifference((y) => f.value(y), x, k);
      expect(Math.abs(g[k]! - fd), `∂f/∂x${k}: exact ${g[k]}, finite difference ${fd}`).toBeLessThanOrEqual(
        tol,
      );
    }
  });

  prop([specAndPoint])("∇²f is the finite difference of ∇f, and symmetric", ({ spec, x }) => {
    const f = landscapeFromSpec(spec);
    const d = f.dim;
    const H = f.hessian(x, new Float64Array(d * d));
    const tol = 1e-9 * magnitude(spec, x);
    for (let k = 0; k < d; k++)
      for (let i = 0; i < d; i++) {
        const fd = centralDifference((y) => f.gradient(y, new Float64Array(d))[i]!, x, k);
        expect(Math.abs(H[i * d + k]! - fd), `∂²f/∂x${i}∂x${k}`).toBeLessThanOrEqual(tol);
        expect(H[i * d + k]).toBe(H[k * d + i]);
      }
  });

  prop([specAndPoint])("gradientSource compiles and equals gradient", ({ spec, x }) => {
    const f = landscapeFromSpec(spec);
    expect(f.gradientSource!).toHaveLength(f.dim);
    const fromSource = compileGradientSource(f.gradientSource!)(x);
    const g = f.gradient(x, new Float64Array(f.dim));
    const tol = 1e-12 * magnitude(spec, x);
    fromSource.forEach((v, i) => expect(Math.abs(v - g[i]!), f.gradientSource![i]).toBeLessThanOrEqual(tol));
  });
});
