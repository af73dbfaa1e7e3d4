import { FieldError, withinField } from "../../config/fieldError.ts";
import {
  readArray,
  readChoice,
  readEtaGrid,
  readNumber,
  readObject,
  readPositiveNumber,
  readStrictObject,
  readVector,
} from "../../config/readers.ts";
import type { LandscapeSpec } from "../../landscapes/landscape.ts";
import type { NoiseSpec } from "../../noise/noise.ts";
import {
  GAUSSIAN_NOISE,
  type GridScheme,
  type GridTestFunction,
  type GridWeakErrorSweep,
  gridWeakErrorSweep,
  type Landscape1d,
  landscape1d,
  type NoiseLaw1d,
  rademacherNoise,
  standardizedDiscreteNoise,
} from "../../reference/grid/index.ts";
import { readCaseModel, readCaseName } from "../caseModel.ts";

/**
 * A nonlinear 1-D case of the weak-approximation claims, decided by the deterministic grid references
 * (reference/grid): the laws of SGD (master equation, one-step kernel Gaussian or a finite mixture) and of the
 * SDEs (collocated backward Kolmogorov semigroup) are propagated on a Chebyshev grid, so each weak error is the
 * difference of two deterministic numbers. Every solve is repeated at a finer resolution; the difference is the
 * grid error, which a claim must show to be ≤ 1% of the smallest weak error it fits.
 */
export interface GridCase {
  name: string;
  landscape: LandscapeSpec;
  noise: NoiseSpec;
  f: Landscape1d;
  /** s(x) with s² = Σ(x). */
  noiseScale: (x: number) => number;
  /** Law of SGD's standardized noise (Gaussian, Rademacher, or a standardized finite law). */
  sgdNoise: NoiseLaw1d;
  sgdNoiseName: string;
  x0: number;
  T: number;
  tests: GridTestFunction[];
  /** The case's own η grid, when given (nonlinear cases reach the asymptotic regime at smaller η). */
  etas?: number[];
}

const GRID_CASE_KEYS = [
  "name",
  "landscape",
  "noise",
  "sgdNoise",
  "x0",
  "T",
  "testFunctions",
  "etas",
] as const;

export function readGridCases(raw: unknown, path: string): GridCase[] {
  return readArray(raw, path, (c, p) => readGridCase(c, p), { minLength: 1 });
}

function readGridCase(raw: unknown, path: string): GridCase {
  const c = readStrictObject(raw, path, GRID_CASE_KEYS);
  const p = (k: string) => `${path}.${k}`;
  const name = readCaseName(c, p, "grid case");
  const { landscapeSpec, landscape, noiseSpec, noise } = readCaseModel(c, p, (f) => {
    if (f.dim !== 1)
      throw new FieldError(
        p("landscape"),
        `has dimension ${f.dim}; the grid (master-equation) reference is 1-D (d-D cases use Monte Carlo)`,
      );
  });
  const L = new Float64Array(1);
  const noiseScale = (x: number) => noise.factor([x], L)[0]!;
  const { law, label } = readSgdNoise(c.sgdNoise, p("sgdNoise"));
  const x0 = readVector(c.x0, p("x0"), 1)[0]!;
  const T = readPositiveNumber(c.T, p("T"));
  const tests =
    c.testFunctions === undefined
      ? defaultTests()
      : readArray(c.testFunctions, p("testFunctions"), readGridTest, { minLength: 1 });
  const etas = c.etas === undefined ? undefined : readEtaGrid(c.etas, p("etas"));
  return {
    ...(etas ? { etas } : {}),
    name,
    landscape: landscapeSpec,
    noise: noiseSpec,
    f: landscape1d(landscape),
    noiseScale,
    sgdNoise: law,
    sgdNoiseName: label,
    x0,
    T,
    tests,
  };
}

function defaultTests(): GridTestFunction[] {
  return [
    { kind: "coordinate", i: 0 },
    { kind: "square", i: 0 },
    { kind: "cos", omega: [2] },
  ];
}

function readGridTest(raw: unknown, path: string): GridTestFunction {
  const o = readObject(raw, path);
  const kind = readChoice(o.kind, `${path}.kind`, ["coordinate", "square", "fourth", "cos"]);
  if (kind === "cos") {
    readStrictObject(raw, path, ["kind", "omega"]);
    return { kind, omega: readVector(o.omega, `${path}.omega`, 1) };
  }
  readStrictObject(raw, path, ["kind", "i"]);
  if (o.i !== undefined) readNumber(o.i, `${path}.i`, { integer: true, min: 0, max: 0 });
  return { kind, i: 0 };
}

/** "gaussian" (default), "rademacher", or {values, probabilities} standardized to mean 0, variance 1. */
function readSgdNoise(raw: unknown, path: string): { law: NoiseLaw1d; label: string } {
  if (raw === undefined || raw === "gaussian") return { law: GAUSSIAN_NOISE, label: "Gaussian" };
  if (raw === "rademacher") return { law: rademacherNoise(), label: "Rademacher ±1" };
  const o = readStrictObject(readObject(raw, path), path, ["values", "probabilities"]);
  const values = readVector(o.values, `${path}.values`);
  const probs = readVector(o.probabilities, `${path}.probabilities`, values.length);
  if (values.length < 2) throw new FieldError(`${path}.values`, "needs at least two atoms");
  if (probs.some((q) => !(q > 0)) || Math.abs(probs.reduce((s, q) => s + q, 0) - 1) > 1e-12)
    throw new FieldError(`${path}.probabilities`, "must be > 0 and sum to 1");
  const law = withinField(path, () => {
    try {
      return standardizedDiscreteNoise(values, probs);
    } catch (e) {
      throw new FieldError("values", (e as Error).message);
    }
  });
  return { law, label: `discrete (${values.length} atoms, standardized)` };
}

/** The weak errors of a grid case over an η grid, with the refinement (grid-error) solve at every η. */
export function gridCaseSweep(
  c: GridCase,
  etas: readonly number[],
  models: readonly GridScheme[],
): GridWeakErrorSweep {
  return gridWeakErrorSweep(
    {
      landscape: c.f,
      noiseScale: c.noiseScale,
      sgdNoise: c.sgdNoise,
      x0: c.x0,
      horizon: c.T,
      tests: c.tests,
      models,
      estimateGridError: true,
    },
    etas,
  );
}
