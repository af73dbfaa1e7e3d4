import { caseExitRuns } from "../../experiments/exit/exitModel.ts";
import { exitRuns } from "../../experiments/exit/exitRuns.ts";
import {
  readSaddleControl,
  type SaddleCase,
  type SaddleControlConfig,
  saddleHorizon,
} from "../../experiments/exit/saddleCase.ts";
import { experiment } from "../../experiments/experiment.ts";
import { proportionEstimate } from "../../stats/tests.ts";
import { defineClaim } from "../claim.ts";

/** Steps of the noise-free run: N = M + 1 from a start half a step (in ln u) short of M growth steps. */
const NOISE_FREE_STEPS = 60;

/**
 * The exit count itself, deterministically: gradient descent (no noise) on a linear saddle from
 * u₀ = a(1 + ηγ)^{−(M + ½)} along v₁ has u_k = u₀(1 + ηγ)^k, so it first reaches |u| ≥ a at exactly N = M + 1 —
 * half a step from a tie, which no rounding can move. An off-by-one in the kernels' count, or a step of the
 * wrong size, is then an integer away: FAIL.
 */
function noiseFreeExitCount(c: SaddleCase, eta: number, stream: string) {
  const { gamma, v1 } = c.geometry;
  const growth = 1 + eta * gamma;
  const u0 = c.radius * growth ** -(NOISE_FREE_STEPS + 0.5);
  const expected = NOISE_FREE_STEPS + 1;
  const runs = exitRuns({
    landscape: c.landscapeSpec,
    noise: null,
    x0: c.x0.map((z, i) => z + u0 * v1[i]!),
    exitSet: c.exitSet,
    eta,
    horizon: 4 * expected,
    particles: 2,
    blockSize: 1,
    stream,
  });
  return experiment({
    name: `S4 noise-free exit count is exact [η = ${eta}]`,
    quantity: "N of gradient descent (σ = 0) from u₀ = a(1 + ηγ)^{−(M+½)} along v₁, M = " + NOISE_FREE_STEPS,
    simulations: [runs],
    reference: `N = M + 1 = ${expected} (u_k = u₀(1 + ηγ)^k)`,
    band: {
      predicted: expected,
      lo: expected - 0.5,
      hi: expected + 0.5,
      why: "± ½ iteration: the count is an integer and the exact one is half a growth step from a tie",
    },
    statistic([sample]) {
      if (sample.exits !== sample.runs)
        return { undecided: `${sample.runs - sample.exits} noise-free runs never left`, method: "exact" };
      const times = Array.from(sample.exitTimes);
      return {
        estimate: times[0]!,
        se: 0,
        interval: [Math.min(...times), Math.max(...times)],
        method: "exact",
        notes: [`ln(a/u₀)/ln(1 + ηγ) = ${NOISE_FREE_STEPS + 0.5}`],
      };
    },
    present([sample]) {
      return {
        measurements: [
          {
            eta,
            n: sample.runs,
            estimate: sample.exitTimes[0] ?? Number.NaN,
            se: 0,
            case: `${c.name}, σ = 0`,
            "exact N": expected,
          },
        ],
      };
    },
  });
}

export const S4 = defineClaim<SaddleControlConfig>({
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
  parseConfig: readSaddleControl,
  // Per η: the omnidirectional and the degenerate saddle, one horizon; the fraction of runs that leave.
  experiments: (config, ctx) => [
    ...config.omnidirectional.etas.flatMap((eta, j) => {
      // One horizon for both runs, sized by the omnidirectional saddle's own prediction.
      const horizon = Math.ceil((config.horizonMultiple * saddleHorizon(config.omnidirectional, eta)) / 50);
      return [config.omnidirectional, config.degenerate].map((c) => {
        const omni = c.key === "omnidirectional";
        return experiment({
          name: `S4 ${omni ? "omnidirectional noise escapes" : "no noise along v₁: no escape"} [η = ${eta}]`,
          quantity: `fraction of runs that leave the ball within ${horizon} iterations`,
          simulations: [caseExitRuns(c, config, { eta, horizon, stream: ctx.stream(c.key, j) })],
          reference: omni
            ? "Kifer: escape within a few multiples of E N"
            : "no noise along v₁: the iterate stays at z along v₁",
          band: omni
            ? {
                predicted: 1,
                lo: 1 - config.tolerance,
                hi: 1,
                why: `≥ ${1 - config.tolerance}: the horizon is ${config.horizonMultiple}× the predicted E N and the exit time has a Gumbel-like tail, so essentially every run leaves`,
              }
            : {
                predicted: 0,
                lo: 0,
                hi: config.tolerance,
                why: `≤ ${config.tolerance}: along v₁ the iterate stays exactly at z (no drift, no noise there); only the stable directions fluctuate, O(√η) ≪ a`,
              },
          statistic([sample], alpha) {
            // |v₁ᵀ(x − z)| at exit: exactly 0 for every degenerate run of a linear saddle (censored runs are not
            // returned, so the maximum is over exits).
            let maxAlong = 0;
            for (let e = 0; e < sample.exits; e++) {
              let u = 0;
              for (let i = 0; i < sample.dim; i++)
                u += c.geometry.v1[i]! * (sample.exitStates[e * sample.dim + i]! - c.x0[i]!);
              maxAlong = Math.max(maxAlong, Math.abs(u));
            }
            return {
              ...proportionEstimate(sample.exits, sample.runs, alpha),
              method: "monte-carlo",
              notes: omni ? [] : [`max |v₁ᵀ(x − z)| over exited runs: ${maxAlong}`],
            };
          },
          present([sample], result) {
            return {
              measurements: [
                {
                  eta,
                  n: sample.runs,
                  censored: sample.censored,
                  estimate: result.estimate,
                  se: result.se,
                  case: c.name,
                  horizon,
                  "exit fraction lo": result.interval[0],
                  "exit fraction hi": result.interval[1],
                },
              ],
              predictions: { "exit fraction (omnidirectional)": 1, "exit fraction (no noise along v₁)": 0 },
            };
          },
        });
      });
    }),
    ...(config.omnidirectional.linear
      ? config.omnidirectional.etas.map((eta, j) =>
          noiseFreeExitCount(config.omnidirectional, eta, ctx.stream("noise-free", j)),
        )
      : []),
  ],
  notes: [
    "Both runs use the same horizon at each η; only the noise covariance differs.",
    "Noise-free runs pin the exit-count convention every exit claim shares (N = the first k ≥ 1 with x_k outside) to one exact integer.",
  ],
});
