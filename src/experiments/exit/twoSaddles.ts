import { FieldError, formatPoint } from "../../config/fieldError.ts";
import {
  readArray,
  readEtaGrid,
  readNumber,
  readStrictObject,
  readString,
  readVector,
} from "../../config/readers.ts";
import type { ExitSet } from "../../landscapes/exitSet.ts";
import { symmetricEigen, unflatten } from "../../linalg/dense.ts";
import { readCaseModel } from "../caseModel.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../runSize.ts";
import type { ExitModel } from "./exitModel.ts";
import { criticalPointAt, isotropicVariance } from "./minimumCase.ts";

/**
 * Claim M4's setting: a minimizer between two saddles of different heights, whose unstable directions lie along
 * the line joining them, so the slab between the saddles is the exit region and the side of the exit names the
 * saddle it went through. Everything is checked before a run: a minimum, two index-1 saddles, different
 * heights, the directions, the start between them.
 */
export interface TwoSaddles extends RunSize {
  name: string;
  /** Start x* and the slab between the two saddles as the exit region. */
  model: ExitModel;
  /** σ² of the isotropic noise (the suppression of the higher route is exp(−2(Δf₂ − Δf₁)/(ησ²))). */
  sigma2: number;
  /** [lower, higher] saddle. */
  saddles: [number[], number[]];
  heights: [number, number];
  etas: number[];
  horizon: number;
  /** Lower edge of the band for the fraction through the lower saddle at the smallest η. */
  lowerBand: number;
}

export function readTwoSaddles(raw: unknown, path: string): TwoSaddles {
  const cfg = readStrictObject(raw, path, [
    "name",
    "landscape",
    "noise",
    "x0",
    "saddles",
    "etas",
    "particles",
    "blockSize",
    "horizon",
    "lowerBand",
  ]);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const { landscapeSpec, landscape, noiseSpec, noise } = readCaseModel(cfg, p);
  const sigma2 = isotropicVariance({ noiseSpec }, path);
  const d = landscape.dim;
  const x0 = criticalPointAt(landscape, readVector(cfg.x0, p("x0"), d), "minimum", p("x0"));
  const given = readArray(
    cfg.saddles,
    p("saddles"),
    (v, f) => criticalPointAt(landscape, readVector(v, f, d), "saddle", f),
    { minLength: 2, maxLength: 2 },
  );
  given.sort((a, b) => landscape.value(a) - landscape.value(b));
  const saddles = given as [number[], number[]];
  const heights = saddles.map((z) => landscape.value(z) - landscape.value(x0)) as [number, number];
  if (!(heights[1] > heights[0]))
    throw new FieldError(p("saddles"), "the two saddles have the same height; M4 needs different heights");
  // The exit region is the slab between the saddles, so both saddles' unstable directions must lie along the
  // line joining them (each saddle's own level set then bounds the slab).
  const line = saddles[1].map((v, i) => v - saddles[0][i]!);
  const width = Math.hypot(...line);
  const normal = line.map((v) => v / width);
  for (const [k, z] of saddles.entries()) {
    const { vectors } = symmetricEigen(unflatten(landscape.hessian(z, new Float64Array(d * d)), d));
    const v1 = vectors.map((row) => row[0]!);
    const cos = Math.abs(v1.reduce((s, v, i) => s + v * normal[i]!, 0));
    if (cos < 1 - 1e-9)
      throw new FieldError(
        p(`saddles[${k}]`),
        `the unstable direction at ${formatPoint(z)} is not along the line joining the saddles (|cos| = ${cos.toFixed(4)}); the exit slab needs it`,
      );
  }
  const center = saddles[0].map((v, i) => (v + saddles[1][i]!) / 2);
  const exitSet: ExitSet = { kind: "slab", normal, center, halfWidth: width / 2 };
  const between = normal.reduce((s, v, i) => s + v * (x0[i]! - center[i]!), 0);
  if (Math.abs(between) >= width / 2)
    throw new FieldError(p("x0"), `${formatPoint(x0)} is not between the two saddles`);
  return {
    name: cfg.name === undefined ? "two saddles" : readString(cfg.name, p("name")),
    model: { landscapeSpec, landscape, noiseSpec, noise, x0, exitSet },
    sigma2,
    saddles,
    heights,
    etas: readEtaGrid(cfg.etas, p("etas")),
    ...readRunSize(cfg, path),
    horizon: readNumber(cfg.horizon, p("horizon"), { min: 1, integer: true }),
    lowerBand: readRelativeBand(cfg.lowerBand, p("lowerBand")),
  };
}
