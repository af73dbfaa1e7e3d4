import { FieldError, formatPoint } from "../../config/fieldError.ts";
import {
  readArray,
  readEtaGrid,
  readNumber,
  readStrictObject,
  readString,
  readVector,
} from "../../config/readers.ts";
import { symmetricEigen, unflatten } from "../../linalg/dense.ts";
import type { Measurement, PlotSpec } from "../../report/schema.ts";
import type { ExitSet } from "../../simulate/exitSet.ts";
import { makeAssertion } from "../../stats/decision.ts";
import { normalQuantile } from "../../stats/quantiles.ts";
import { clopperPearson } from "../../stats/tests.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimDefinition } from "../claim.ts";
import { type ExitModel, readModel, runCaseExits } from "../exit/exitCase.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../exit/runConfig.ts";
import { criticalPointAt, isotropicVariance } from "./minimumCase.ts";

interface M4Config extends RunSize {
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

export const M4: ClaimDefinition<M4Config> = {
  id: "M4",
  title: "Exits leave through the lowest saddle",
  statement:
    "With two saddles of different heights around a minimizer, the fraction of exits through the lower one " +
    "tends to 1 as η → 0 (the other route costs an extra factor exp(−2(f(z₂) − f(z₁))/(ησ²))).",
  source:
    "Hu–Li–Li–Liu (arXiv 1705.07562) §4 (exit through the minimum of the quasi-potential on the boundary, " +
    "Freidlin–Wentzell).",
  family: "minimizer",
  parseConfig(raw, path) {
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
    const { landscapeSpec, landscape, noiseSpec, noise } = readModel(cfg, p);
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
  },
  assertionCount: () => 2,
  async run(config, ctx) {
    const measurements: Measurement[] = [];
    const assertions: AssertionResult[] = [];
    const alpha = ctx.alphaPerAssertion;
    const normal = config.model.exitSet.kind === "slab" ? config.model.exitSet.normal : [];
    const lowerSide = Math.sign(
      normal.reduce((s, v, i) => s + v * (config.saddles[0][i]! - config.model.x0[i]!), 0),
    );
    const counts: { lower: number; exits: number }[] = [];
    for (const [j, eta] of config.etas.entries()) {
      const sample = await runCaseExits(ctx.pool, config.model, config, {
        eta,
        horizon: config.horizon,
        stream: `${ctx.seed}/M4/${j}`,
      });
      let lower = 0;
      for (let e = 0; e < sample.exits; e++) {
        let s = 0;
        for (let i = 0; i < sample.dim; i++)
          s += normal[i]! * (sample.exitStates[e * sample.dim + i]! - config.model.x0[i]!);
        if (Math.sign(s) === lowerSide) lower++;
      }
      counts.push({ lower, exits: sample.exits });
      const frac = lower / sample.exits;
      const [lo, hi] = clopperPearson(lower, sample.exits, alpha);
      measurements.push({
        eta,
        n: sample.runs,
        censored: sample.censored,
        estimate: frac,
        se: Math.sqrt((frac * (1 - frac)) / sample.exits),
        lo,
        hi,
        "exits through the higher saddle": sample.exits - lower,
        "e^{−2(Δf₂−Δf₁)/(ησ²)}": Math.exp(
          (-2 * (config.heights[1] - config.heights[0])) / (eta * config.sigma2),
        ),
      });
      ctx.progress((j + 1) / config.etas.length);
    }
    const last = counts[counts.length - 1]!;
    const first = counts[0]!;
    const fLast = last.lower / last.exits;
    assertions.push(
      makeAssertion({
        name: `M4 exits through the lower saddle [η = ${config.etas[config.etas.length - 1]}]`,
        quantity: "fraction of exits through the lower saddle",
        estimate: fLast,
        se: Math.sqrt((fLast * (1 - fLast)) / last.exits),
        interval: clopperPearson(last.lower, last.exits, alpha),
        predicted: 1,
        band: [config.lowerBand, 1],
        bandWhy: `≥ ${config.lowerBand}: the higher route is suppressed by exp(−2(Δf₂ − Δf₁)/(ησ²)) times a prefactor ratio of order 1 at this η`,
        alpha,
        method: "monte-carlo",
      }),
    );
    // The trend: the fraction grows as η decreases (largest vs smallest η), a one-sided difference.
    const fFirst = first.lower / first.exits;
    const diff = fLast - fFirst;
    const se = Math.sqrt((fLast * (1 - fLast)) / last.exits + (fFirst * (1 - fFirst)) / first.exits);
    const z = normalQuantile(1 - alpha / 2);
    const interval: [number, number] = [diff - z * se, diff + z * se];
    assertions.push(
      makeAssertion({
        name: "M4 the lower-saddle fraction grows as η decreases",
        quantity: `fraction at η = ${config.etas[config.etas.length - 1]} minus fraction at η = ${config.etas[0]}`,
        estimate: diff,
        se,
        interval,
        predicted: 1 - fFirst,
        band: [0, 1],
        bandWhy:
          "> 0 (a difference of fractions is at most 1): the higher route's share decays like exp(−c/η)",
        alpha,
        method: "monte-carlo",
      }),
    );
    const plot: PlotSpec = {
      title: config.name,
      xLabel: "1/η",
      yLabel: "fraction of exits through the higher saddle",
      xScale: "linear",
      yScale: "log",
      series: [
        {
          name: "SGD (Monte Carlo)",
          mark: "points",
          x: config.etas.map((e) => 1 / e),
          y: counts.map((c) => Math.max(1 / c.exits, 1 - c.lower / c.exits)),
        },
        {
          name: "exp(−2(Δf₂ − Δf₁)/(ησ²)) (slope reference)",
          mark: "line",
          x: config.etas.map((e) => 1 / e),
          y: config.etas.map((e) =>
            Math.exp((-2 * (config.heights[1] - config.heights[0])) / (e * config.sigma2)),
          ),
        },
      ],
    };
    return {
      predictions: {
        "lower-saddle fraction (η → 0)": 1,
        "Δf lower": config.heights[0],
        "Δf higher": config.heights[1],
      },
      measurements,
      assertions,
      plots: [plot],
      notes: [
        `Exit = leaving the slab between the saddles ${formatPoint(config.saddles[0])} (lower) and ${formatPoint(config.saddles[1])}; the side of the exit names the saddle.`,
        "A point at 1/exits marks η values where no run used the higher saddle.",
      ],
    };
  },
};
