import { describe, expect, test } from "vitest";
import { FieldError } from "../../src/config/fieldError.ts";
import { classify, hessianSignature, verifyCriticalPoints } from "../../src/landscapes/criticalPoints.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import { quadratic } from "../../src/landscapes/quadratic.ts";
import { awayFromZero, symmetricWithSpectrum } from "../support/matrices.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

/** H = Q diag(λ) Qᵀ with a generated spectrum of mixed signs, |λ| ∈ [0.05, 5]. */
const spectrumCase = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    H: symmetricWithSpectrum(n, awayFromZero(0.05, 5)),
    center: fc.array(real(-3, 3), { minLength: n, maxLength: n }),
  }),
);

describe("quadratic landscape ½(x−c)ᵀH(x−c)", () => {
  prop([spectrumCase])(
    "the declared kind of the center follows the generated spectrum, and verifies",
    ({ H: { A: H, lambdas }, center }) => {
      const f = quadratic(H, center);
      const expected = lambdas.every((l) => l > 0)
        ? "minimum"
        : lambdas.every((l) => l < 0)
          ? "maximum"
          : "saddle";
      expect(f.criticalPoints).toHaveLength(1);
      expect(f.criticalPoints[0]!.kind).toBe(expected);
      expect(f.criticalPoints[0]!.x).toEqual(center);
      const [verified] = verifyCriticalPoints(f);
      const sorted = [...lambdas].sort((a, b) => a - b);
      verified!.signature.eigenvalues.forEach((l, i) => expect(l).toBeCloseTo(sorted[i]!, 10));
      expect(f.value(center)).toBe(0);
      // Index counts from the Hessian match the spectrum's signs.
      const sig = hessianSignature(f, center);
      expect(sig.negative).toBe(lambdas.filter((l) => l < 0).length);
      expect(classify(sig)).not.toBe("degenerate");
    },
  );

  test("rejects a non-square H, naming the row", () => {
    expect(() => quadratic([[1, 0], [0]])).toThrow(
      "H[1]: has 1 entries, expected 2 (the matrix must be square)",
    );
    expect(() => landscapeFromSpec({ kind: "quadratic", H: [[1, 0], [0]] })).toThrow(
      /^landscape\.H\[1\]: has 1 entries/,
    );
  });

  test("rejects an asymmetric H, naming the entries", () => {
    expect(() =>
      quadratic([
        [1, 2],
        [3, 1],
      ]),
    ).toThrow("H: not symmetric ([0][1] = 2 but [1][0] = 3)");
  });

  test("rejects a singular H: the center would not be a hyperbolic critical point", () => {
    expect(() =>
      quadratic([
        [1, 1],
        [1, 1],
      ]),
    ).toThrow(/^H: is singular \(eigenvalues 0, 2\)/);
    expect(() => quadratic([[0]])).toThrow(/singular/);
  });

  test("rejects a center of the wrong length and non-finite entries", () => {
    expect(() => quadratic([[1]], [0, 0])).toThrow("center: has 2 entries, expected dim = 1");
    expect(() => quadratic([[Number.NaN]])).toThrow("H[0][0]: expected a finite number, got NaN");
    try {
      quadratic([[1]], [Number.POSITIVE_INFINITY]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FieldError);
      expect((e as FieldError).field).toBe("center[0]");
    }
  });

  test("gradientSource keeps full precision and handles negative numbers", () => {
    const f = quadratic(
      [
        [0.1, -1 / 3],
        [-1 / 3, -2],
      ],
      [-0.5, 0],
    );
    expect(f.gradientSource![0]).toBe(`(0.1*(x0 - (-0.5)) + (${-1 / 3})*x1)`);
    expect(f.gradientSource![1]).toBe(`((${-1 / 3})*(x0 - (-0.5)) + (-2)*x1)`);
  });
});
