import { describe, expect, test } from "vitest";
import { type Matrix, matMul, symmetricFunction } from "../../../src/linalg/dense.ts";
import { matrixExponential } from "../../../src/reference/grid/matrixExponential.ts";
import { multiplyInto, rowTimesInto, solveInPlace } from "../../../src/reference/grid/squareMatrix.ts";
import { fromSpectrum, orthonormal, uniform } from "../../support/matrices.ts";
import { fc, prop } from "../../support/prop.ts";

const flat = (A: Matrix) => Float64Array.from(A.flat());
const maxAbs = (a: ArrayLike<number>) => Array.from(a).reduce((m, v) => Math.max(m, Math.abs(v)), 0);
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

const square = (nMax: number) =>
  fc
    .integer({ min: 1, max: nMax })
    .chain((n) => fc.tuple(fc.constant(n), fc.array(uniform(-1, 1), { minLength: n * n, maxLength: n * n })));

describe("flat square-matrix kernels", () => {
  prop([square(13), fc.array(uniform(-1, 1), { minLength: 169, maxLength: 169 })], { numRuns: 40 })(
    "multiplyInto and rowTimesInto agree with the dense reference product (all n mod 4)",
    ([n, a], bAll) => {
      const A = Array.from({ length: n }, (_, i) => a.slice(i * n, i * n + n));
      const B = Array.from({ length: n }, (_, i) => bAll.slice(i * n, i * n + n));
      const C = multiplyInto(flat(A), flat(B), n, new Float64Array(n * n));
      expect(maxDiff(C, flat(matMul(A, B)))).toBeLessThan(1e-14 * n);
      const r = Float64Array.from(a.slice(0, n));
      const rB = rowTimesInto(r, flat(B), n, new Float64Array(n));
      expect(maxDiff(rB, matMul([Array.from(r)], B)[0]!)).toBeLessThan(1e-14 * n);
    },
  );

  prop([square(12)], { numRuns: 40 })(
    "solveInPlace returns X with A·X = B (A made diagonally dominant)",
    ([n, a]) => {
      const A = Float64Array.from(a, (v, k) => (Math.floor(k / n) === k % n ? v + n + 1 : v));
      const B = Float64Array.from(a, (v) => 2 * v - 0.3);
      const X = solveInPlace(A, Float64Array.from(B), n);
      expect(maxDiff(multiplyInto(A, X, n, new Float64Array(n * n)), B)).toBeLessThan(1e-12 * n);
    },
  );

  test("a singular matrix throws", () => {
    expect(() => solveInPlace(new Float64Array(4), new Float64Array(4), 2)).toThrow(/singular/);
  });
});

describe("matrix exponential (Padé-13, scaling and squaring)", () => {
  prop(
    [
      fc
        .integer({ min: 1, max: 6 })
        .chain((d) => fc.tuple(orthonormal(d), fc.array(uniform(-40, 5), { minLength: d, maxLength: d }))),
    ],
    {
      numRuns: 40,
    },
  )("symmetric M: e^M equals V e^Λ Vᵀ, also when ‖M‖ needs many squarings", ([Q, lambdas]) => {
    const d = Q.length;
    const M = fromSpectrum(Q, lambdas);
    const { value } = matrixExponential(flat(M), d);
    const exact = flat(symmetricFunction(M, Math.exp));
    expect(maxDiff(value, exact)).toBeLessThan(1e-12 * Math.max(1, maxAbs(exact)));
  });

  test("nilpotent and rotation generators: exact closed forms", () => {
    // Jordan block J (J³ = 0): e^{tJ} = I + tJ + t²J²/2.
    const t = 7;
    const J = [
      [0, t, 0],
      [0, 0, t],
      [0, 0, 0],
    ];
    const eJ = matrixExponential(flat(J), 3).value;
    expect(maxDiff(eJ, [1, t, (t * t) / 2, 0, 1, t, 0, 0, 1])).toBeLessThan(1e-12 * t * t);
    // Rotation by θ = 30: ‖M‖ = 30 forces 3 squarings.
    const theta = 30;
    const R = matrixExponential(
      flat([
        [0, -theta],
        [theta, 0],
      ]),
      2,
    );
    expect(R.squarings).toBeGreaterThan(0);
    expect(
      maxDiff(R.value, [Math.cos(theta), -Math.sin(theta), Math.sin(theta), Math.cos(theta)]),
    ).toBeLessThan(1e-13);
  });

  prop([square(8)], { numRuns: 30 })("e^M·e^{−M} = I for non-normal M", ([n, a]) => {
    const M = Float64Array.from(a, (v) => 3 * v);
    const P = matrixExponential(M, n).value;
    const Q = matrixExponential(
      M.map((v) => -v),
      n,
    ).value;
    const I = Float64Array.from({ length: n * n }, (_, k) => (Math.floor(k / n) === k % n ? 1 : 0));
    expect(maxDiff(multiplyInto(P, Q, n, new Float64Array(n * n)), I)).toBeLessThan(
      1e-11 * maxAbs(P) * maxAbs(Q),
    );
  });

  test("bad input throws", () => {
    expect(() => matrixExponential(new Float64Array(3), 2)).toThrow(/2×2/);
    expect(() => matrixExponential(Float64Array.of(Number.NaN), 1)).toThrow(/non-finite/);
  });
});
