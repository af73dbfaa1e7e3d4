import { FieldError } from "../../config/fieldError.ts";
import {
  readArray,
  readEtaGrid,
  readFiniteNumber,
  readPositiveNumber,
  readStrictObject,
  readString,
  readVector,
} from "../../config/readers.ts";
import type { PolynomialSpec } from "../../landscapes/polynomial.ts";
import {
  type CustomTestFunction,
  GAUSSIAN_NOISE,
  type GridScheme,
  type GridWeakErrors,
  gridWeakErrors,
  type Landscape1d,
} from "../../reference/grid/index.ts";
import type { TestFunction } from "../../reference/testFunction.ts";
import { testFunctionLabel } from "../../reference/testFunction.ts";
import { readTestFunction } from "./quadraticCase.ts";

/**
 * A 2-D nonconvex polynomial whose weak errors are exact: f(x) = g₀(y₀) + g₁(y₁) with y = Rx, R the rotation by
 * θ, g_k 1-D polynomials (one of them nonconvex), isotropic Gaussian noise σ²I. In the x coordinates f has mixed
 * monomials (x₀³x₁, x₀x₁, …) and none of its critical points lies on an axis; but an orthogonal change of
 * variables maps SGD, SME-1, SME-2 and gradient flow on f to two *independent* 1-D chains/diffusions:
 *
 *   y' = Rx' = y − η·g'(y) + √η σ·Rξ,  Rξ ~ N(0, I)          (SGD)
 *   ∇(f + (η/4)|∇f|²) = Rᵀ(g_k' + (η/2)g_k''g_k')_k          (SME-2: |∇f|² = Σ_k g_k'(y_k)², R orthogonal)
 *
 * so every expectation of a test function in x factorizes over the components: E x_i = Σ_k R_ki E y_k,
 * E x_i x_j = Σ_kl R_ki R_lj E y_k y_l with E y₀y₁ = E y₀·E y₁, and cos(ωᵀx) = Re e^{i aᵀy}, a = Rω, so
 * E cos(ωᵀx) = C₀C₁ − S₀S₁ with C_k = E cos(a_k y_k), S_k = E sin(a_k y_k). Each 1-D expectation comes from the
 * grid references (master equation for SGD, backward semigroup for the SDEs), at the base and at the refined
 * resolution; the 2-D weak error and its grid error are formed from the combined expectations at every step.
 * This is how W2 reaches a 2-D nonconvex polynomial with exact errors of size η² (Monte Carlo, whose coupled
 * differences have SD ∝ η^1.5, cannot resolve them at a test-suite budget). Only Gaussian noise is rotation
 * invariant, so this case has no discrete-noise variant.
 */
export interface RotatedGridCase {
  name: string;
  /** Coefficients of g₀ and g₁: g_k(y) = Σ_j components[k][j]·y^j. */
  components: [number[], number[]];
  /** Rotation angle θ (radians): y₀ = cos θ·x₀ + sin θ·x₁, y₁ = −sin θ·x₀ + cos θ·x₁. */
  angle: number;
  sigma: number;
  x0: [number, number];
  T: number;
  tests: TestFunction[];
  etas?: number[];
}

const KEYS = ["name", "components", "angle", "sigma", "x0", "T", "testFunctions", "etas"] as const;

export function readRotatedGridCases(raw: unknown, path: string): RotatedGridCase[] {
  return readArray(raw, path, readRotatedGridCase, { minLength: 1 });
}

function readRotatedGridCase(raw: unknown, path: string): RotatedGridCase {
  const c = readStrictObject(raw, path, KEYS);
  const p = (k: string) => `${path}.${k}`;
  const name = c.name === undefined ? "rotated separable 2-D polynomial" : readString(c.name, p("name"));
  const comps = readArray(c.components, p("components"), (v, f) => readVector(v, f), { minLength: 2 });
  if (comps.length !== 2) throw new FieldError(p("components"), `has ${comps.length} entries, expected 2`);
  comps.forEach((g, k) => {
    const top = g.findLastIndex((a) => a !== 0);
    if (top < 2 || top % 2 !== 0 || !(g[top]! > 0))
      throw new FieldError(
        `${p("components")}[${k}]`,
        "must be a polynomial of even degree ≥ 2 with a positive leading coefficient (a confining landscape)",
      );
  });
  const angle = readFiniteNumber(c.angle, p("angle"));
  const sigma = readPositiveNumber(c.sigma, p("sigma"));
  const x0 = readVector(c.x0, p("x0"), 2) as [number, number];
  const T = readPositiveNumber(c.T, p("T"));
  const tests =
    c.testFunctions === undefined
      ? [
          { kind: "coordinate", i: 0 } as TestFunction,
          { kind: "square", i: 1 } as TestFunction,
          { kind: "product", i: 0, j: 1 } as TestFunction,
          { kind: "cos", omega: [1, 1] } as TestFunction,
        ]
      : readArray(c.testFunctions, p("testFunctions"), (v, f) => readTestFunctionOf2d(v, f), {
          minLength: 1,
        });
  const etas = c.etas === undefined ? undefined : readEtaGrid(c.etas, p("etas"));
  return {
    name,
    components: [comps[0]!, comps[1]!],
    angle,
    sigma,
    x0,
    T,
    tests,
    ...(etas ? { etas } : {}),
  };
}

/** The d-D test functions in 2-D; x_i⁴ is allowed here (it factorizes like any polynomial). */
function readTestFunctionOf2d(raw: unknown, path: string): TestFunction {
  const o = raw as { kind?: unknown; i?: unknown };
  if (o && typeof o === "object" && o.kind === "fourth") {
    readStrictObject(raw, path, ["kind", "i"]);
    const i = readFiniteNumber(o.i, `${path}.i`);
    if (i !== 0 && i !== 1) throw new FieldError(`${path}.i`, `must be 0 or 1, got ${i}`);
    return { kind: "fourth", i };
  }
  return readTestFunction(raw, path, 2);
}

/** R with y = Rx: rows are the component directions. */
export function rotation(angle: number): [[number, number], [number, number]] {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [
    [c, s],
    [-s, c],
  ];
}

/** g'(y) and g''(y) of a coefficient list, by Horner. */
export function componentLandscape(coefficients: readonly number[]): Landscape1d {
  const deriv = (a: readonly number[]) => a.slice(1).map((v, j) => v * (j + 1));
  const d1 = deriv(coefficients);
  const d2 = deriv(d1);
  const horner = (a: readonly number[], y: number) => a.reduceRight((acc, v) => acc * y + v, 0);
  return { gradient: (y) => horner(d1, y), curvature: (y) => horner(d2, y) };
}

/**
 * The case's landscape as a 2-D polynomial spec in x (for reports and for the kernels): g_k((Rx)_k) expanded by
 * the binomial theorem, monomials with equal exponents merged, exact zeros dropped.
 */
export function rotatedPolynomial(c: Pick<RotatedGridCase, "components" | "angle">): PolynomialSpec {
  const R = rotation(c.angle);
  const terms = new Map<string, number>();
  const add = (p: number, q: number, v: number) => {
    const key = `${p},${q}`;
    terms.set(key, (terms.get(key) ?? 0) + v);
  };
  c.components.forEach((g, k) => {
    const [u, v] = R[k]!;
    g.forEach((a, j) => {
      if (a === 0 || j === 0) return;
      for (let m = 0; m <= j; m++) add(m, j - m, a * binomial(j, m) * u ** m * v ** (j - m));
    });
  });
  return {
    dim: 2,
    terms: [...terms.entries()]
      .filter(([, v]) => Math.abs(v) > 1e-15)
      .map(([key, v]) => ({ c: v, p: key.split(",").map(Number) })),
  };
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** A polynomial in (y₀, y₁): "p,q" → coefficient. */
type Bivariate = Map<string, number>;

function linearForm(R: number[][], i: number): Bivariate {
  // x = Rᵀy: x_i = R_0i y₀ + R_1i y₁.
  return new Map([
    ["1,0", R[0]![i]!],
    ["0,1", R[1]![i]!],
  ]);
}

function multiply(a: Bivariate, b: Bivariate): Bivariate {
  const out: Bivariate = new Map();
  for (const [ka, va] of a)
    for (const [kb, vb] of b) {
      const [p1, q1] = ka.split(",").map(Number) as [number, number];
      const [p2, q2] = kb.split(",").map(Number) as [number, number];
      const key = `${p1 + p2},${q1 + q2}`;
      out.set(key, (out.get(key) ?? 0) + va * vb);
    }
  return out;
}

/** How a 2-D test function reads in y: a polynomial, or cos(aᵀy). */
type Factorized = { kind: "polynomial"; poly: Bivariate } | { kind: "cos"; a: [number, number] };

export function factorize(phi: TestFunction, angle: number): Factorized {
  const R = rotation(angle);
  switch (phi.kind) {
    case "coordinate":
      return { kind: "polynomial", poly: linearForm(R, phi.i) };
    case "square": {
      const l = linearForm(R, phi.i);
      return { kind: "polynomial", poly: multiply(l, l) };
    }
    case "fourth": {
      const l = linearForm(R, phi.i);
      const sq = multiply(l, l);
      return { kind: "polynomial", poly: multiply(sq, sq) };
    }
    case "product":
      return { kind: "polynomial", poly: multiply(linearForm(R, phi.i), linearForm(R, phi.j)) };
    case "cos": {
      const [w0, w1] = phi.omega as [number, number];
      return { kind: "cos", a: [R[0]![0]! * w0 + R[0]![1]! * w1, R[1]![0]! * w0 + R[1]![1]! * w1] };
    }
  }
}

const MAX_POWER = 4;

/** The 1-D test functions component k needs: y, …, y⁴, then cos(a_k y), sin(a_k y) per cosine test. */
function componentTests(factorized: Factorized[], k: 0 | 1): CustomTestFunction[] {
  const tests: CustomTestFunction[] = [];
  for (let m = 1; m <= MAX_POWER; m++) tests.push({ kind: "custom", label: `y^${m}`, value: (y) => y ** m });
  for (const f of factorized)
    if (f.kind === "cos") {
      const a = f.a[k];
      tests.push({ kind: "custom", label: `cos(${a}y)`, value: (y) => Math.cos(a * y) });
      tests.push({ kind: "custom", label: `sin(${a}y)`, value: (y) => Math.sin(a * y) });
    }
  return tests;
}

/** E φ(x) from the components' 1-D expectations `m[k][t]` (order of componentTests). */
function combine(factorized: Factorized[], m: [number[], number[]]): number[] {
  let cosIndex = MAX_POWER;
  return factorized.map((f) => {
    if (f.kind === "cos") {
      const [c0, s0, c1, s1] = [m[0][cosIndex]!, m[0][cosIndex + 1]!, m[1][cosIndex]!, m[1][cosIndex + 1]!];
      cosIndex += 2;
      return c0 * c1 - s0 * s1;
    }
    let sum = 0;
    for (const [key, v] of f.poly) {
      const [p, q] = key.split(",").map(Number) as [number, number];
      if (p > MAX_POWER || q > MAX_POWER)
        throw new Error(`degree ${p + q} test exceeds the moments computed`);
      sum += v * (p === 0 ? 1 : m[0][p - 1]!) * (q === 0 ? 1 : m[1][q - 1]!);
    }
    return sum;
  });
}

export interface RotatedSweep {
  etas: number[];
  tests: string[];
  /** sup_k |e_k| per model, [test][η]. */
  supErrors: Partial<Record<GridScheme, number[][]>>;
  /** max_k |e_k − e_k(refined)| per model, [test][η]. */
  gridErrors: Partial<Record<GridScheme, number[][]>>;
  /** Time kη of the sup, per model, [test][η]. */
  argmaxTimes: Partial<Record<GridScheme, number[][]>>;
  /** Combined E φ(x_K) of SGD at each η, [test][η] (the spec checks it against the 2-D kernels). */
  sgdFinal: number[][];
  degree: number;
}

/** The exact 2-D weak errors of a rotated case over an η grid, each with its refinement (grid-error) solve. */
export function rotatedCaseSweep(
  c: RotatedGridCase,
  etas: readonly number[],
  models: readonly GridScheme[],
): RotatedSweep {
  const factorized = c.tests.map((t) => factorize(t, c.angle));
  const R = rotation(c.angle);
  const y0 = [R[0][0] * c.x0[0] + R[0][1] * c.x0[1], R[1][0] * c.x0[0] + R[1][1] * c.x0[1]];
  const nt = c.tests.length;
  const empty = () => c.tests.map(() => new Array<number>(etas.length));
  const supErrors: Partial<Record<GridScheme, number[][]>> = {};
  const gridErrors: Partial<Record<GridScheme, number[][]>> = {};
  const argmaxTimes: Partial<Record<GridScheme, number[][]>> = {};
  for (const m of models) {
    supErrors[m] = empty();
    gridErrors[m] = empty();
    argmaxTimes[m] = empty();
  }
  const sgdFinal = empty();
  // What does not depend on η: each component's landscape, start and 1-D test functions.
  const components = ([0, 1] as const).map((k) => ({
    landscape: componentLandscape(c.components[k]),
    noiseScale: c.sigma,
    sgdNoise: GAUSSIAN_NOISE,
    x0: y0[k]!,
    tests: componentTests(factorized, k),
  }));
  let degree = 0;
  etas.forEach((eta, e) => {
    const solves = ([0, 1] as const).map((k) =>
      gridWeakErrors({ ...components[k]!, eta, horizon: c.T, models, estimateGridError: true }),
    ) as [GridWeakErrors, GridWeakErrors];
    degree = Math.max(degree, solves[0].resolution.degree, solves[1].resolution.degree);
    const checkpoints = solves[0].checkpoints;
    const at = (values: [number[][], number[][]], ci: number) =>
      combine(factorized, [values[0].map((row) => row[ci]!), values[1].map((row) => row[ci]!)]);
    const last = checkpoints.length - 1;
    const final = at([solves[0].sgd, solves[1].sgd], last);
    for (let j = 0; j < nt; j++) sgdFinal[j]![e] = final[j]!;
    for (const m of models) {
      const sup = new Array<number>(nt).fill(-1);
      const argmax = new Array<number>(nt).fill(0);
      const grid = new Array<number>(nt).fill(0);
      checkpoints.forEach((k, ci) => {
        const sgd = at([solves[0].sgd, solves[1].sgd], ci);
        const sde = at([solves[0].sde[m]!, solves[1].sde[m]!], ci);
        const sgdFine = at([solves[0].gridError!.sgdValues, solves[1].gridError!.sgdValues], ci);
        const sdeFine = at([solves[0].gridError!.sdeValues[m]!, solves[1].gridError!.sdeValues[m]!], ci);
        for (let j = 0; j < nt; j++) {
          const err = sgd[j]! - sde[j]!;
          if (Math.abs(err) > sup[j]!) {
            sup[j] = Math.abs(err);
            argmax[j] = k * eta;
          }
          grid[j] = Math.max(grid[j]!, Math.abs(err - (sgdFine[j]! - sdeFine[j]!)));
        }
      });
      for (let j = 0; j < nt; j++) {
        supErrors[m]![j]![e] = sup[j]!;
        argmaxTimes[m]![j]![e] = argmax[j]!;
        gridErrors[m]![j]![e] = grid[j]!;
      }
    }
  });
  return {
    etas: [...etas],
    tests: c.tests.map(testFunctionLabel),
    supErrors,
    gridErrors,
    argmaxTimes,
    sgdFinal,
    degree,
  };
}
