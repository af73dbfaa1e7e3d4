import { describe, expect, test } from "vitest";
import { add, type Matrix, matMul, matVec } from "../../../src/linalg/dense.ts";
import {
  lyapunovSolve,
  quadraticQuasiPotential,
  quasiPotential1d,
} from "../../../src/reference/exit/quasiPotential.ts";
import { maxAbs, spd, uniform } from "../../support/matrices.ts";
import { fc, prop } from "../../support/prop.ts";

const doubleWell = (x: number) => x ** 4 / 4 - x ** 2 / 2;
const doubleWellGradient = (x: number) => x ** 3 - x;

describe("M5 — quasi-potentials", () => {
  test("constant Σ = σ²: V(z) = 2Δf/σ² (the Arrhenius exponent of M1); batch B divides Σ, multiplies V", () => {
    for (const sigma2 of [1, 0.5, 2]) {
      const v = quasiPotential1d({
        gradient: doubleWellGradient,
        noiseVariance: () => sigma2,
        minimum: -1,
        at: 0,
      });
      expect(v.value).toBeCloseTo(0.5 / sigma2, 14);
      expect(v.errorEstimate).toBeLessThan(1e-14);
    }
  });

  prop([uniform(-2.5, 2.5), uniform(0.2, 3)], { numRuns: 40 })(
    "constant Σ: V(y) = 2(f(y) − f(x*))/σ² on either side of the minimizer",
    (y, sigma2) => {
      const v = quasiPotential1d({
        gradient: doubleWellGradient,
        noiseVariance: () => sigma2,
        minimum: 1,
        at: y,
      });
      const exact = (2 * (doubleWell(y) - doubleWell(1))) / sigma2;
      expect(Math.abs(v.value - exact)).toBeLessThan(1e-12 * (1 + Math.abs(exact)));
    },
  );

  test("f' = u, Σ = 1 + u²: V(y) = ln(1 + y²) (noise growing with the gradient flattens V)", () => {
    for (const y of [-3, -0.5, 0.7, 2]) {
      const v = quasiPotential1d({ gradient: (u) => u, noiseVariance: (u) => 1 + u * u, minimum: 0, at: y });
      expect(v.value).toBeCloseTo(Math.log1p(y * y), 13);
    }
  });

  prop([uniform(0.2, 3), uniform(0.1, 2), uniform(-0.99, 0.99)], { numRuns: 30 })(
    "Hessian-shaped noise Σ = c(3u² + a) on the double well: closed form with a logarithm",
    (c, a, y) => {
      // (u³ − u)/(3u² + a) = u/3 − (1 + a/3)·u/(3u² + a).
      const antiderivative = (u: number) => (u * u) / 6 - ((1 + a / 3) / 6) * Math.log(3 * u * u + a);
      const exact = (2 / c) * (antiderivative(y) - antiderivative(-1));
      const v = quasiPotential1d({
        gradient: doubleWellGradient,
        noiseVariance: (u) => c * (3 * u * u + a),
        minimum: -1,
        at: y,
      });
      expect(Math.abs(v.value - exact)).toBeLessThan(1e-12 * (1 + Math.abs(exact)));
    },
  );

  prop([fc.integer({ min: 1, max: 4 }).chain((d) => fc.tuple(spd(d, 0.1, 5), spd(d, 0.1, 3)))], {
    numRuns: 30,
  })("Lyapunov: HS + SH = Σ₀ for random SPD H and Σ₀; S is symmetric", ([H, Sigma0]) => {
    const S = lyapunovSolve(H.A, Sigma0.A);
    const residual = add(add(matMul(H.A, S), matMul(S, H.A)), Sigma0.A, -1);
    expect(maxAbs(residual)).toBeLessThan(1e-12 * (1 + maxAbs(Sigma0.A)));
    for (let i = 0; i < S.length; i++) for (let j = 0; j < i; j++) expect(S[i]![j]).toBe(S[j]![i]);
  });

  prop(
    [
      fc
        .integer({ min: 1, max: 4 })
        .chain((d) =>
          fc.tuple(spd(d, 0.1, 5), spd(d, 0.2, 3), fc.array(uniform(-2, 2), { minLength: d, maxLength: d })),
        ),
    ],
    { numRuns: 30 },
  )("the quadratic V = ½yᵀS⁻¹y solves the Hamilton–Jacobi equation ½∇VᵀΣ₀∇V = ∇f·∇V", ([H, Sigma0, y]) => {
    // ∇V = S⁻¹y; check through V itself: directional derivatives by central differences of a quadratic are exact.
    const V = (p: number[]) => quadraticQuasiPotential(H.A, Sigma0.A, p);
    const d = y.length;
    const grad = Array.from({ length: d }, (_, i) => {
      const e = y.map((_, j) => (j === i ? 1e-3 : 0));
      return (V(y.map((v, j) => v + e[j]!)) - V(y.map((v, j) => v - e[j]!))) / 2e-3;
    });
    const lhs = 0.5 * grad.reduce((s, g, i) => s + g * matVec(Sigma0.A, grad)[i]!, 0);
    const rhs = matVec(H.A, y).reduce((s, g, i) => s + g * grad[i]!, 0);
    expect(Math.abs(lhs - rhs)).toBeLessThan(1e-7 * (1 + Math.abs(rhs)));
  });

  prop(
    [
      fc
        .integer({ min: 1, max: 4 })
        .chain((d) => fc.tuple(spd(d, 0.1, 5), fc.array(uniform(-2, 2), { minLength: d, maxLength: d }))),
      uniform(0.2, 3),
    ],
    { numRuns: 30 },
  )("isotropic Σ₀ = σ²I: V = yᵀHy/σ² = 2f/σ²", ([H, y], sigma2) => {
    const d = y.length;
    const Sigma0: Matrix = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i === j ? sigma2 : 0)),
    );
    const yHy = matVec(H.A, y).reduce((s, v, i) => s + v * y[i]!, 0);
    expect(Math.abs(quadraticQuasiPotential(H.A, Sigma0, y) - yHy / sigma2)).toBeLessThan(
      1e-11 * (1 + yHy / sigma2),
    );
  });

  test("1-D: the quadratic formula and the quadrature agree (f = λx²/2, constant Σ): V = λy²/Σ", () => {
    const [lambda, sigma2, y] = [3, 0.7, -1.3];
    const quad = quadraticQuasiPotential([[lambda]], [[sigma2]], [y]);
    const oneD = quasiPotential1d({
      gradient: (u) => lambda * u,
      noiseVariance: () => sigma2,
      minimum: 0,
      at: y,
    });
    expect(quad).toBeCloseTo((lambda * y * y) / sigma2, 13);
    expect(oneD.value).toBeCloseTo(quad, 13);
  });

  test("bad arguments throw one-line errors", () => {
    const base = { gradient: doubleWellGradient, noiseVariance: () => 1, minimum: -1, at: 0 };
    expect(() => quasiPotential1d({ ...base, noiseVariance: () => 0 })).toThrow(
      /noiseVariance\(.*\) must be/,
    );
    expect(() => quasiPotential1d({ ...base, at: Number.POSITIVE_INFINITY })).toThrow(/at must be a finite/);
    expect(() => lyapunovSolve([[-1]], [[1]])).toThrow(/H must be positive definite/);
    expect(() =>
      lyapunovSolve(
        [
          [1, 2],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ),
    ).toThrow(/H must be symmetric/);
    expect(() => quadraticQuasiPotential([[1]], [[0]], [1])).toThrow(/Sigma0 must be positive definite/);
    expect(() => quadraticQuasiPotential([[1]], [[1]], [1, 2])).toThrow(/y must be 1 finite numbers/);
  });
});
