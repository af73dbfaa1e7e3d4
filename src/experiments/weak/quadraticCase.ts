import { FieldError, formatNumber } from "../../config/fieldError.ts";
import {
  readArray,
  readChoice,
  readNumber,
  readObject,
  readPositiveNumber,
  readStrictObject,
  readVector,
} from "../../config/readers.ts";
import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import { type Matrix, symmetricEigen, unflatten } from "../../linalg/dense.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import type { TestFunction } from "../../reference/testFunction.ts";
import { readCaseModel, readCaseName } from "../caseModel.ts";

/**
 * A quadratic test case of the weak-approximation claims: f = ½xᵀHx with constant noise covariance Σ, where
 * the laws of SGD and of the SDEs are Gaussian with exact moments (THEORY.md §W), so no Monte Carlo is needed.
 */
export interface QuadraticCase {
  name: string;
  landscape: LandscapeSpec;
  noise: NoiseSpec;
  H: Matrix;
  Sigma: Matrix;
  lambdaMax: number;
  x0: number[];
  T: number;
  testFunctions: TestFunction[];
  /** How assertions name the case: "user case" for one given at the top level, else "case k" (1-based). */
  key: string;
}

/** The name and key of a case a user gives at the top level of a config: one name everywhere. */
export const USER_CASE = "user case";

const CASE_KEYS = ["name", "landscape", "noise", "x0", "T", "testFunctions"] as const;

/**
 * Reads `cases`, or — when a user config sets case fields at the top level (`landscape`, `noise`, `x0`, `T`,
 * `testFunctions`) — a single case made of those fields over the first default case.
 */
export function readCases(cfg: Record<string, unknown>, path: string, needsT: boolean): QuadraticCase[] {
  const topLevel = CASE_KEYS.filter((k) => k !== "name" && cfg[k] !== undefined);
  if (topLevel.length) {
    const first = readObject(readArray(cfg.cases, "cases", (v) => v, { minLength: 1 })[0], "cases[0]");
    const userCase: Record<string, unknown> = { ...first, name: USER_CASE };
    for (const k of topLevel) userCase[k] = cfg[k];
    if (cfg.landscape !== undefined && cfg.testFunctions === undefined) delete userCase.testFunctions;
    return [{ ...readCase(userCase, path, needsT), key: USER_CASE }];
  }
  return readArray(cfg.cases, `${path}cases`, (c, p) => readCase(c, p, needsT), { minLength: 1 }).map(
    (c, i) => ({ ...c, key: `case ${i + 1}` }),
  );
}

/**
 * The landscape and noise of a case that needs the exact Gaussian reference: a quadratic with constant noise
 * covariance, returned with H, Σ and λ_max (one-line errors naming the field otherwise).
 */
export function readQuadraticModel(c: Record<string, unknown>, p: (k: string) => string) {
  const { landscapeSpec, landscape, noiseSpec, noise } = readCaseModel(c, p, (_f, spec) => {
    if (spec.kind !== "quadratic")
      throw new FieldError(
        p("landscape.kind"),
        `"${spec.kind}" has no exact weak-error reference here; this claim needs "quadratic" (nonlinear landscapes come with the master-equation and Monte-Carlo references)`,
      );
  });
  const d = landscape.dim;
  if (!noise.constant)
    throw new FieldError(p("noise.kind"), "the exact reference needs constant noise covariance");
  const H = unflatten(landscape.hessian(new Float64Array(d), new Float64Array(d * d)), d);
  const Sigma = unflatten(noise.covariance(new Float64Array(d), new Float64Array(d * d)), d);
  const lambdaMax = Math.max(...symmetricEigen(H).values.map(Math.abs));
  return { landscapeSpec, noiseSpec, H, Sigma, lambdaMax };
}

/** True when a config gives a case at the top level (its own landscape, noise, x0, T or test functions). */
export function hasUserCase(cfg: Record<string, unknown>): boolean {
  return CASE_KEYS.some((k) => k !== "name" && cfg[k] !== undefined);
}

function readCase(raw: unknown, path: string, needsT: boolean): Omit<QuadraticCase, "key"> {
  const c = readStrictObject(raw, path, CASE_KEYS);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const name = readCaseName(c, p, "case");
  const { landscapeSpec, noiseSpec, H, Sigma, lambdaMax } = readQuadraticModel(c, p);
  const d = H.length;
  // W3 (stationary laws) has no start point; the finite-horizon claims need one.
  const x0 = c.x0 === undefined && !needsT ? new Array<number>(d).fill(0) : readVector(c.x0, p("x0"), d);
  const T = needsT ? readPositiveNumber(c.T, p("T")) : 0;
  const defaultPhis: TestFunction[] = [
    { kind: "coordinate", i: 0 },
    { kind: "square", i: 0 },
    { kind: "cos", omega: new Array<number>(d).fill(1) },
  ];
  const testFunctions =
    c.testFunctions === undefined
      ? defaultPhis
      : readArray(c.testFunctions, p("testFunctions"), (v, q) => readTestFunction(v, q, d), { minLength: 1 });
  return { name, landscape: landscapeSpec, noise: noiseSpec, H, Sigma, lambdaMax, x0, T, testFunctions };
}

export function readTestFunction(raw: unknown, path: string, d: number): TestFunction {
  const o = readObject(raw, path);
  const kind = readChoice(o.kind, `${path}.kind`, ["coordinate", "square", "product", "cos", "fourth"]);
  const coord = (k: "i" | "j") => readNumber(o[k], `${path}.${k}`, { integer: true, min: 0, max: d - 1 });
  switch (kind) {
    case "coordinate":
      readStrictObject(raw, path, ["kind", "i"]);
      return { kind, i: coord("i") };
    case "square":
      readStrictObject(raw, path, ["kind", "i"]);
      return { kind, i: coord("i") };
    case "fourth":
      readStrictObject(raw, path, ["kind", "i"]);
      if (d !== 1) throw new FieldError(`${path}.kind`, "x⁴ has an exact Gaussian moment here only in 1-D");
      return { kind, i: coord("i") };
    case "product":
      readStrictObject(raw, path, ["kind", "i", "j"]);
      return { kind, i: coord("i"), j: coord("j") };
    default:
      readStrictObject(raw, path, ["kind", "omega"]);
      return { kind: "cos", omega: readVector(o.omega, `${path}.omega`, d) };
  }
}

/** SGD on a quadratic is stable only for ηλ_max < 2 (THEORY.md "Setting"); the weak claims need stability. */
export function checkStable(etas: number[], lambdaMax: number, path: string): void {
  etas.forEach((eta, i) => {
    if (!(eta * lambdaMax < 2))
      throw new FieldError(
        `${path}[${i}]`,
        `η = ${eta} ≥ 2/λ_max = ${formatNumber(2 / lambdaMax)}: SGD is unstable`,
      );
  });
}
