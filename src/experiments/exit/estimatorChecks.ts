import { FieldError } from "../../config/fieldError.ts";
import { readNumber, readStrictObject } from "../../config/readers.ts";
import type { ExitReference } from "../../reference/exit/exitReference.ts";
import { meanExitTime } from "../../stats/meanExitTime.ts";
import { standardDeviationInterval } from "../../stats/standardDeviation.ts";
import { type Experiment, experiment, relativeBand } from "../experiment.ts";
import type { RunSize } from "../runSize.ts";
import { meanAgreementExperiment } from "./agreement.ts";
import { caseExitRuns } from "./exitModel.ts";
import { meanExitRow } from "./exitRow.ts";
import type { MinimumCase } from "./minimumCase.ts";

/**
 * Claims that check the estimators they rely on, against the exact discrete chain (reference/exit):
 *   - censored exits: a horizon chosen so that a fraction p of the runs is censored, decided by the censored
 *     exponential MLE (stats/meanExitTime.ts) against the chain's E N, with the estimator's exact limit at that
 *     horizon, E min(N, h)/P(N ≤ h), as its known bias — the only path where a claim sees censored runs;
 *   - the reported SE: √n·SE(Ê N) against the chain's exact SD of N, so an interval that is too narrow (an SE
 *     formula off by a factor) FAILs a claim instead of making "interval inside band" easier.
 */
export interface CensoredCheck {
  /** The key of the 1-D case it runs on. */
  caseKey: string;
  eta: number;
  /** Target censored fraction P(N > h), in [0.2, 0.5]: the horizon is h = ⌈E N · ln(1/p)⌉ (exponential law). */
  survival: number;
}

export function readCensoredCheck(raw: unknown, path: string, cases: readonly MinimumCase[]): CensoredCheck {
  const o = readStrictObject(raw, path, ["case", "eta", "survival"]);
  const p = (k: string) => `${path}.${k}`;
  if (typeof o.case !== "string" || !cases.some((c) => c.key === o.case))
    throw new FieldError(
      p("case"),
      `must name one of the cases (${cases.map((c) => JSON.stringify(c.key)).join(", ")}), got ${JSON.stringify(o.case)}`,
    );
  const c = cases.find((k) => k.key === o.case)!;
  if (c.landscape.dim !== 1)
    throw new FieldError(
      p("case"),
      "the censored check needs a 1-D case (the exact chain gives the law of N)",
    );
  const eta = readNumber(o.eta, p("eta"), { min: 0, exclusiveMin: true });
  const survival = readNumber(o.survival, p("survival"), { min: 0.2, max: 0.5 });
  return { caseKey: c.key, eta, survival };
}

/** Runs for the censored check: enough that the exits alone match an uncensored point's count. */
function censoredRuns(size: RunSize, survival: number): RunSize {
  return { ...size, particles: Math.ceil(size.particles / (1 - survival)) };
}

export function censoredExperiment(
  c: MinimumCase,
  check: CensoredCheck,
  reference: ExitReference,
  size: RunSize,
  relative: number,
  stream: string,
): Experiment {
  const { eta, survival } = check;
  const mean = reference.meanIterations(eta);
  const horizon = Math.ceil(mean * Math.log(1 / survival));
  const law = reference.law!(eta, horizon).censored!;
  const limit = law.meanMin / (1 - law.survival);
  return meanAgreementExperiment({
    name: `M3 censored exits: exponential MLE vs the exact chain [${c.name}, η = ${eta}, horizon ${horizon}]`,
    quantity: "Ê N / E N with Ê N the censored-exponential MLE (total observed iterations / exits)",
    runs: caseExitRuns(c, censoredRuns(size, survival), { eta, horizon, stream, expected: mean }),
    reference: { value: mean, name: `${reference.name}; P(N > h) = ${law.survival.toFixed(4)} (exact)` },
    band: relativeBand(
      1,
      relative,
      `±${Math.round(relative * 100)}%: as for the uncensored points (the chain is exact); the MLE's own limit at this horizon, E min(N, h)/P(N ≤ h) = ${(limit / mean).toFixed(4)}·E N (exact chain), is its known bias — N is exponential only up to the relaxation time`,
    ),
    power: {
      bias: limit / mean - 1,
      why: `exact chain at h = ${horizon}: E min(N, h)/P(N ≤ h) over E N (the censored MLE's limit)`,
    },
    notes: (est) => [
      `${est.censored} of ${est.runs} runs censored (${((100 * est.censored) / est.runs).toFixed(1)}%; exact P(N > h) = ${(100 * law.survival).toFixed(1)}%)`,
      `estimator: ${est.method}`,
    ],
    row: (sample, est) => ({
      ...meanExitRow(eta, est, c.name),
      lo: est.interval[0],
      hi: est.interval[1],
      "exact chain E N": mean,
      "Ê N / E N": est.mean / mean,
      horizon: sample.horizon,
      "censored fraction": est.censored / est.runs,
      "exact P(N > h)": law.survival,
      "MLE limit / E N (exact)": limit / mean,
      estimator: est.method,
    }),
    panel: {
      title: `${c.name}: censored runs`,
      xLabel: "step size η",
      yLabel: "E N (iterations)",
      xScale: "log",
      yScale: "log",
    },
    x: eta,
    referenceSeries: "exact discrete chain",
  });
}

const SE_BAND = 0.1;

export function standardErrorExperiment(
  c: MinimumCase,
  eta: number,
  reference: ExitReference,
  size: RunSize,
  horizon: number,
  stream: string,
): Experiment {
  const law = reference.law!(eta);
  // The same runs as the point's agreement with the chain at this η (same stream, size and horizon: shared).
  const runs = caseExitRuns(c, size, { eta, horizon, stream, expected: law.mean });
  return experiment({
    name: `M3 reported SE of Ê N vs the exact SD of N [${c.name}, η = ${eta}]`,
    quantity: "√n·SE(Ê N) / SD(N), SE as the mean-exit estimator reports it, SD(N) from the exact chain",
    simulations: [runs],
    reference: `${reference.name}: SD(N) = √(E N² − (E N)²) = ${law.std.toPrecision(6)}`,
    band: relativeBand(
      1,
      SE_BAND,
      `±${SE_BAND * 100}%: an SE formula off by a factor (n for √n, a variance for an SD) moves this by far more; the sampling error of the SD of a near-exponential N is ≈ √(2/n), 0.75% at n = 36000`,
    ),
    statistic([sample], alpha) {
      if (sample.censored > 0)
        return {
          undecided: `${sample.censored} runs censored: the SE is then the censored MLE's, not the sample mean's (raise the horizon)`,
          method: "monte-carlo",
        };
      const est = meanExitTime(sample, alpha);
      // The SE under test is the estimator's; the interval comes from the data's own moments (not from it).
      const sd = standardDeviationInterval(sample.exitTimes, alpha);
      const reported = est.se * Math.sqrt(est.runs);
      const r = reported / law.std;
      return {
        estimate: r,
        se: (sd.se / sd.sd) * r,
        interval: [(r * sd.interval[0]) / sd.sd, (r * sd.interval[1]) / sd.sd],
        method: "monte-carlo",
        notes: [
          `√n·SE = ${reported.toPrecision(6)}, sample SD ${sd.sd.toPrecision(6)}, exact SD ${law.std.toPrecision(6)}`,
          `sample kurtosis ${sd.kurtosis.toFixed(2)} (9 for an exponential law)`,
        ],
      };
    },
    present([sample], result) {
      const est = meanExitTime(sample, result.alpha);
      return {
        measurements: [
          {
            ...meanExitRow(eta, est, c.name),
            quantity: "√n·SE / exact SD(N)",
            "√n·SE": est.se * Math.sqrt(est.runs),
            "exact SD(N)": law.std,
            "exact E N": law.mean,
          },
        ],
      };
    },
  });
}
