import { FieldError } from "../../config/fieldError.ts";
import { readNumber, readObject, readStrictObject } from "../../config/readers.ts";
import type { Measurement, PlotSpec } from "../../report/schema.ts";
import { makeAssertion } from "../../stats/decision.ts";
import { clopperPearson } from "../../stats/tests.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimDefinition } from "../claim.ts";
import { runCaseExits } from "../exit/exitCase.ts";
import { type RunSize, readRunSize } from "../exit/runConfig.ts";
import { readSaddleCase, type SaddleCase, saddleHorizon } from "./saddleCase.ts";

interface S4Config extends RunSize {
  /** Horizon as a multiple of the omnidirectional case's predicted E N. */
  horizonMultiple: number;
  /** Exit fractions within the horizon: degenerate noise ≤ this, omnidirectional ≥ 1 − this. */
  tolerance: number;
  omnidirectional: SaddleCase;
  degenerate: SaddleCase;
}

export const S4: ClaimDefinition<S4Config> = {
  id: "S4",
  title: "Control: without noise along v₁ a run started at the saddle does not escape",
  statement:
    "If v₁ᵀΣv₁ = 0 at the saddle, a run started exactly there never leaves along v₁ (linear case: never leaves " +
    "at all within any practical horizon), while the same saddle with omnidirectional noise is escaped within a " +
    "few multiples of (1/(2γη))·ln(1/η) iterations. A control that the escape in S1–S3 is caused by the noise " +
    "component along v₁, not by the simulator.",
  source:
    "THEORY.md §S4 (a control, not a theorem of the paper; cf. Hu–Li–Li–Liu §5 'omnidirectional noise').",
  family: "saddle",
  parseConfig(raw, path) {
    const cfg = readStrictObject(raw, path, [
      "particles",
      "blockSize",
      "horizonMultiple",
      "tolerance",
      "omnidirectional",
      "degenerate",
    ]);
    const p = (k: string) => (path ? `${path}.${k}` : k);
    const { particles, blockSize } = readRunSize(cfg, path);
    const horizonMultiple = readNumber(cfg.horizonMultiple, p("horizonMultiple"), { min: 1 });
    const tolerance = readNumber(cfg.tolerance, p("tolerance"), { min: 0, max: 0.5, exclusiveMin: true });
    const omnidirectional = readSaddleCase(
      readObject(cfg.omnidirectional, p("omnidirectional")),
      p("omnidirectional"),
      "omnidirectional",
      1,
    );
    const degenerate = readSaddleCase(
      readObject(cfg.degenerate, p("degenerate")),
      p("degenerate"),
      "degenerate",
      1,
    );
    if (!omnidirectional.geometry.escapesAlongV1)
      throw new FieldError(
        p("omnidirectional.noise"),
        "has v₁ᵀΣv₁ = 0; the control needs noise along v₁ here",
      );
    if (degenerate.geometry.escapesAlongV1)
      throw new FieldError(
        p("degenerate.noise"),
        `has v₁ᵀΣv₁ = ${degenerate.geometry.unstableNoiseVariance} > 0; the control needs noise with no component along v₁`,
      );
    return { particles, blockSize, horizonMultiple, tolerance, omnidirectional, degenerate };
  },
  assertionCount: (c) => 2 * c.omnidirectional.etas.length,
  async run(config, ctx) {
    const measurements: Measurement[] = [];
    const assertions: AssertionResult[] = [];
    const plots: PlotSpec[] = [];
    const alpha = ctx.alphaPerAssertion;
    const etas = config.omnidirectional.etas;
    let done = 0;
    for (const [j, eta] of etas.entries()) {
      // One horizon for both runs, sized by the omnidirectional saddle's own prediction.
      const horizon = Math.ceil((config.horizonMultiple * saddleHorizon(config.omnidirectional, eta)) / 50);
      for (const c of [config.omnidirectional, config.degenerate]) {
        const sample = await runCaseExits(ctx.pool, c, config, {
          eta,
          horizon,
          stream: `${ctx.seed}/S4/${c.key}/${j}`,
        });
        // |v₁ᵀ(x − z)| at exit or horizon: exactly 0 for every degenerate run of a linear saddle.
        let maxAlong = 0;
        const v1 = c.geometry.v1;
        if (c.key === "degenerate") {
          // Exited runs carry their exit position; censored ones are not returned, so the maximum is over exits.
          for (let e = 0; e < sample.exits; e++) {
            let u = 0;
            for (let i = 0; i < sample.dim; i++)
              u += v1[i]! * (sample.exitStates[e * sample.dim + i]! - c.x0[i]!);
            maxAlong = Math.max(maxAlong, Math.abs(u));
          }
        }
        const frac = sample.exits / sample.runs;
        const interval = clopperPearson(sample.exits, sample.runs, alpha);
        measurements.push({
          eta,
          n: sample.runs,
          censored: sample.censored,
          estimate: frac,
          se: Math.sqrt((frac * (1 - frac)) / sample.runs),
          case: c.name,
          horizon,
          "exit fraction lo": interval[0],
          "exit fraction hi": interval[1],
        });
        const omni = c.key === "omnidirectional";
        assertions.push(
          makeAssertion({
            name: `S4 ${omni ? "omnidirectional noise escapes" : "no noise along v₁: no escape"} [η = ${eta}]`,
            quantity: `fraction of runs that leave the ball within ${horizon} iterations`,
            estimate: frac,
            se: Math.sqrt((frac * (1 - frac)) / sample.runs),
            interval,
            predicted: omni ? 1 : 0,
            band: omni ? [1 - config.tolerance, 1] : [0, config.tolerance],
            bandWhy: omni
              ? `≥ ${1 - config.tolerance}: the horizon is ${config.horizonMultiple}× the predicted E N and the exit time has a Gumbel-like tail, so essentially every run leaves`
              : `≤ ${config.tolerance}: along v₁ the iterate stays exactly at z (no drift, no noise there); only the stable directions fluctuate, O(√η) ≪ a`,
            alpha,
            method: "monte-carlo",
            notes: omni ? [] : [`max |v₁ᵀ(x − z)| over exited runs: ${maxAlong}`],
          }),
        );
      }
      ctx.progress(++done / etas.length);
    }
    return {
      predictions: { "exit fraction (omnidirectional)": 1, "exit fraction (no noise along v₁)": 0 },
      measurements,
      assertions,
      plots,
      notes: ["Both runs use the same horizon at each η; only the noise covariance differs."],
    };
  },
};
