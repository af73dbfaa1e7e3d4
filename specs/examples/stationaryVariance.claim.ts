/**
 * An example claim, written as CONTRIBUTING.md describes and not registered in the CLI: one record (this file),
 * one config (stationaryVariance.json) and one spec (stationaryVariance.spec.ts).
 *
 * E1: on f = hx²/2, SGD x ← x − η(hx + ξ) with any noise of variance σ² is a linear recursion, so its stationary
 * variance is exactly η²σ²/(1 − (1 − ηh)²) = ησ²/(h(2 − ηh)) (THEORY.md W3, V4) — Gaussian or not.
 */
import { defineClaim } from "../../src/claims/claim.ts";
import { readNumber, readObject, readStrictObject } from "../../src/config/readers.ts";
import { experiment, relativeBand } from "../../src/experiments/experiment.ts";
import { sgdScheduleRuns } from "../../src/experiments/sgdRuns.ts";
import type { NoiseSpec } from "../../src/noise/noise.ts";
import { sgdStationaryVariance1d } from "../../src/reference/stationaryVariance.ts";
import { normalQuantile } from "../../src/stats/quantiles.ts";

interface E1Config {
  h: number;
  etas: number[];
  particles: number;
  relativeBand: number;
  noises: Record<string, NoiseSpec>;
}

export const E1 = defineClaim<E1Config>({
  id: "E1",
  title: "Example: SGD's stationary variance on a quadratic is ησ²/(h(2 − ηh)) for any noise of variance σ²",
  statement: "On f = hx²/2 the stationary variance of SGD is ησ²/(h(2 − ηh)) exactly, whatever the law of ξ.",
  source: "THEORY.md W3/V4 (linear recursion); an example of the claim recipe in CONTRIBUTING.md.",
  family: "example",
  parseConfig(raw, path) {
    const c = readStrictObject(raw, path, ["h", "etas", "particles", "relativeBand", "noises"]);
    return {
      h: readNumber(c.h, "h", { min: 0, exclusiveMin: true }),
      etas: (c.etas as number[]).map((e, i) => readNumber(e, `etas[${i}]`, { min: 0, exclusiveMin: true })),
      particles: readNumber(c.particles, "particles", { integer: true, min: 1000 }),
      relativeBand: readNumber(c.relativeBand, "relativeBand", { min: 0, max: 1, exclusiveMin: true }),
      noises: readObject(c.noises, "noises") as Record<string, NoiseSpec>,
    };
  },
  // Per noise and η: SGD from 0 for 50 relaxation times (what is simulated), the variance of the final states
  // (the statistic) against the closed form (the reference), within ±relativeBand.
  experiments: (config, ctx) =>
    Object.entries(config.noises).flatMap(([name, noise]) =>
      config.etas.map((eta) => {
        const sigma2 = 1; // every noise of the config has unit variance
        const exact = sgdStationaryVariance1d({ lambda: config.h, noiseVariance: sigma2, eta });
        const steps = Math.ceil(50 / (eta * config.h));
        const runs = sgdScheduleRuns({
          landscape: { kind: "quadratic", H: [[config.h]] },
          x0: [0],
          eta,
          phases: [{ noise, steps }],
          particles: config.particles,
          blockSize: 2000,
          stream: ctx.stream(name, eta),
        });
        return experiment({
          name: `E1 stationary variance [${name}, η = ${eta}]`,
          quantity: "Var x_K / (ησ²/(h(2 − ηh)))",
          simulations: [runs],
          reference: "ησ²/(h(2 − ηh)), the exact stationary variance of the linear recursion",
          band: relativeBand(
            1,
            config.relativeBand,
            `±${config.relativeBand * 100}%: the reference is exact; (1 − ηh)^{2K} < e^{−100}, so the band is only the equivalence margin`,
          ),
          statistic([x], alpha) {
            // Sample variance with its asymptotic SE √((m₄ − s⁴)/n) (any law with a fourth moment).
            const n = x.length;
            const mean = x.reduce((s, v) => s + v, 0) / n;
            let m2 = 0;
            let m4 = 0;
            for (const v of x) {
              const d = (v - mean) ** 2;
              m2 += d / n;
              m4 += (d * d) / n;
            }
            const se = Math.sqrt((m4 - m2 * m2) / n);
            const z = normalQuantile(1 - alpha / 2);
            return {
              estimate: m2 / exact,
              se: se / exact,
              interval: [(m2 - z * se) / exact, (m2 + z * se) / exact],
              method: "monte-carlo",
            };
          },
        });
      }),
    ),
});
