import { describe, expect, test } from "vitest";
import { compileGradientSource } from "../../src/landscapes/codegen.ts";
import { parsePolynomialJson, polynomial } from "../../src/landscapes/polynomial.ts";
import { fieldError } from "../support/fieldError.ts";
import { fc, prop } from "../support/prop.ts";

const doubleWellJson = {
  kind: "polynomial",
  dim: 1,
  terms: [
    { c: 0.25, p: [4] },
    { c: -0.5, p: [2] },
  ],
  criticalPoints: [
    { label: "left", x: [-1], kind: "minimum" },
    { label: "barrier", x: [0], kind: "saddle" },
  ],
};

describe("polynomial landscape Σ c·Π x_i^{p_i}", () => {
  prop([
    fc.integer({ min: 1, max: 4 }).chain((dim) =>
      fc.record({
        dim: fc.constant(dim),
        terms: fc.integer({ min: 1, max: 5 }),
        bad: fc.nat(),
        arity: fc.integer({ min: 0, max: 6 }).filter((a) => a !== dim),
      }),
    ),
  ])(
    "a term with the wrong number of exponents is rejected, naming terms[i].p",
    ({ dim, terms, bad, arity }) => {
      const i = bad % terms;
      const spec = {
        kind: "polynomial",
        dim,
        terms: Array.from({ length: terms }, (_, t) => ({
          c: 1,
          p: new Array(t === i ? arity : dim).fill(1),
        })),
      };
      const e = fieldError(() => parsePolynomialJson(spec));
      expect(e.field).toBe(`landscape.terms[${i}].p`);
      expect(e.message).toBe(`landscape.terms[${i}].p: has ${arity} exponents, expected dim = ${dim}`);
      expect(() => polynomial(spec)).toThrow(`terms[${i}].p: has ${arity} exponents, expected dim = ${dim}`);
    },
  );

  test.each([
    [{ dim: 0, terms: [] }, "landscape.dim: expected a positive integer, got 0"],
    [{ dim: 1.5, terms: [] }, "landscape.dim: expected a positive integer, got 1.5"],
    [{ dim: "2", terms: [] }, 'landscape.dim: expected a positive integer, got "2"'],
    [{ dim: 1, terms: {} }, "landscape.terms: expected an array of {c, p} terms"],
    [
      { dim: 1, terms: [{ c: 1, p: [-1] }] },
      "landscape.terms[0].p[0]: expected a non-negative integer, got -1",
    ],
    [
      { dim: 2, terms: [{ c: 1, p: [1, 0.5] }] },
      "landscape.terms[0].p[1]: expected a non-negative integer, got 0.5",
    ],
    [
      {
        dim: 1,
        terms: [
          { c: 1, p: [1] },
          { c: null, p: [1] },
        ],
      },
      "landscape.terms[1].c: expected a finite number, got null",
    ],
    [{ dim: 1, terms: [{ c: 1, p: [1], q: 2 }] }, 'landscape.terms[0]: unknown field "q" (allowed: c, p)'],
    [
      { dim: 1, terms: [], criticalPoints: [{ label: "a", x: [0, 0], kind: "minimum" }] },
      "landscape.criticalPoints[0].x: has 2 entries, expected dim = 1",
    ],
    [
      { dim: 1, terms: [], criticalPoints: [{ label: "a", x: [0], kind: "minimal" }] },
      'landscape.criticalPoints[0].kind: expected one of minimum, saddle, maximum, got "minimal"',
    ],
  ])("rejects bad input with one line naming the field: %j", (fields, message) => {
    expect(() => parsePolynomialJson({ kind: "polynomial", ...fields })).toThrow(message);
  });

  test("parses JSON and verifies its declared critical points", () => {
    const f = parsePolynomialJson(doubleWellJson);
    expect(f.dim).toBe(1);
    expect(f.value([2])).toBe(2);
    expect(f.gradient([2], new Float64Array(1))[0]).toBe(6);
    expect(f.criticalPoints.map((c) => c.kind)).toEqual(["minimum", "saddle"]);
    expect(f.spec).toEqual(doubleWellJson);
    const wrong = { ...doubleWellJson, criticalPoints: [{ label: "barrier", x: [0], kind: "minimum" }] };
    expect(() => parsePolynomialJson(wrong, "claims[3].landscape")).toThrow(
      "claims[3].landscape.criticalPoints[0]: declared minimum at (0) is a saddle (Hessian eigenvalues -1)",
    );
  });

  test("like terms are collected; equal and opposite terms cancel exactly", () => {
    const f = polynomial({
      dim: 2,
      terms: [
        { c: 1, p: [2, 1] },
        { c: -1, p: [2, 1] },
        { c: 3, p: [0, 0] },
      ],
    });
    expect(f.gradientSource!).toEqual(["0", "0"]);
    expect(f.value([1.7, -0.3])).toBe(3);
  });

  test("small powers unroll to multiplication, large ones use Math.pow (and stay exact)", () => {
    const f = polynomial({
      dim: 2,
      terms: [
        { c: 0.25, p: [4, 0] },
        { c: -2, p: [11, 3] },
      ],
    });
    expect(f.gradientSource![0]).toBe("(1*x0*x0*x0 + (-22)*Math.pow(x0, 10)*x1*x1*x1)");
    expect(f.gradientSource![1]).toBe("((-6)*Math.pow(x0, 11)*x1*x1)");
    const x = [1.1, -0.7];
    const g = f.gradient(x, new Float64Array(2));
    const analytic = [x[0]! ** 3 - 22 * x[0]! ** 10 * x[1]! ** 3, -6 * x[0]! ** 11 * x[1]! ** 2];
    g.forEach((v, i) => expect(v).toBeCloseTo(analytic[i]!, 12));
    expect(compileGradientSource(f.gradientSource!)(x)).toEqual(Array.from(g));
    const H = f.hessian(x, new Float64Array(4));
    expect(H[1]).toBeCloseTo(-66 * x[0]! ** 10 * x[1]! ** 2, 11);
    expect(H[1]).toBe(H[2]);
  });
});
