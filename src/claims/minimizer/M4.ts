import { formatPoint } from "../../config/fieldError.ts";
import { caseExitRuns } from "../../experiments/exit/exitModel.ts";
import type { ExitSample } from "../../experiments/exit/exitRuns.ts";
import { readTwoSaddles, type TwoSaddles } from "../../experiments/exit/twoSaddles.ts";
import { experiment } from "../../experiments/experiment.ts";
import { proportionDifference, proportionEstimate } from "../../stats/tests.ts";
import { defineClaim } from "../claim.ts";

export const M4 = defineClaim<TwoSaddles>({
  id: "M4",
  title: "Exits leave through the lowest saddle",
  statement:
    "With two saddles of different heights around a minimizer, the fraction of exits through the lower one " +
    "tends to 1 as η → 0 (the other route costs an extra factor exp(−2(f(z₂) − f(z₁))/(ησ²))).",
  source:
    "Hu–Li–Li–Liu (arXiv 1705.07562) §4 (exit through the minimum of the quasi-potential on the boundary, " +
    "Freidlin–Wentzell).",
  family: "minimizer",
  parseConfig: readTwoSaddles,
  // SGD exits from the slab between the saddles at each η; the side of the exit names the saddle.
  experiments(config, ctx) {
    const { model, etas, heights, sigma2 } = config;
    const normal = model.exitSet.kind === "slab" ? model.exitSet.normal : [];
    const lowerSide = Math.sign(
      normal.reduce((s, v, i) => s + v * (config.saddles[0][i]! - model.x0[i]!), 0),
    );
    const runs = etas.map((eta, j) =>
      caseExitRuns(model, config, { eta, horizon: config.horizon, stream: ctx.stream(j) }),
    );
    /** Exits through the lower saddle and all exits. */
    const count = (sample: ExitSample) => {
      let lower = 0;
      for (let e = 0; e < sample.exits; e++) {
        let s = 0;
        for (let i = 0; i < sample.dim; i++)
          s += normal[i]! * (sample.exitStates[e * sample.dim + i]! - model.x0[i]!);
        if (Math.sign(s) === lowerSide) lower++;
      }
      return { lower, exits: sample.exits };
    };
    const suppression = (eta: number) => Math.exp((-2 * (heights[1] - heights[0])) / (eta * sigma2));
    const etaMin = etas[etas.length - 1]!;
    const last = runs[runs.length - 1]!;
    return [
      experiment({
        name: `M4 exits through the lower saddle [η = ${etaMin}]`,
        quantity: "fraction of exits through the lower saddle",
        simulations: [last],
        reference: "Freidlin–Wentzell: the higher route is suppressed by exp(−2(Δf₂ − Δf₁)/(ησ²))",
        band: {
          predicted: 1,
          lo: config.lowerBand,
          hi: 1,
          why: `≥ ${config.lowerBand}: the higher route is suppressed by exp(−2(Δf₂ − Δf₁)/(ησ²)) times a prefactor ratio of order 1 at this η`,
        },
        statistic([sample], alpha) {
          const { lower, exits } = count(sample);
          return { ...proportionEstimate(lower, exits, alpha), method: "monte-carlo" };
        },
      }),
      experiment({
        name: "M4 the lower-saddle fraction grows as η decreases",
        quantity: `fraction at η = ${etaMin} minus fraction at η = ${etas[0]}`,
        simulations: runs,
        reference: "direction only: the higher route's share decays like exp(−c/η)",
        band: (data) => {
          const first = count(data[0] as ExitSample);
          return {
            predicted: 1 - first.lower / first.exits,
            lo: 0,
            hi: 1,
            why: "> 0 (a difference of fractions is at most 1): the higher route's share decays like exp(−c/η)",
          };
        },
        statistic(data, alpha) {
          const a = count(data[data.length - 1] as ExitSample);
          const b = count(data[0] as ExitSample);
          return {
            ...proportionDifference(a.lower, a.exits, b.lower, b.exits, alpha),
            method: "monte-carlo",
          };
        },
        present(data, result) {
          const counts = data.map((d) => count(d as ExitSample));
          return {
            measurements: counts.map((c, j) => {
              const sample = data[j] as ExitSample;
              const f = proportionEstimate(c.lower, c.exits, result.alpha);
              return {
                eta: etas[j]!,
                n: sample.runs,
                censored: sample.censored,
                estimate: f.estimate,
                se: f.se,
                lo: f.interval[0],
                hi: f.interval[1],
                "exits through the higher saddle": c.exits - c.lower,
                "e^{−2(Δf₂−Δf₁)/(ησ²)}": suppression(etas[j]!),
              };
            }),
            predictions: {
              "lower-saddle fraction (η → 0)": 1,
              "Δf lower": heights[0],
              "Δf higher": heights[1],
            },
            plots: [
              {
                panel: {
                  title: config.name,
                  xLabel: "1/η",
                  yLabel: "fraction of exits through the higher saddle",
                  xScale: "linear",
                  yScale: "log",
                },
                series: [
                  {
                    name: "SGD (Monte Carlo)",
                    mark: "points",
                    x: etas.map((e) => 1 / e),
                    y: counts.map((c) => Math.max(1 / c.exits, 1 - c.lower / c.exits)),
                  },
                  {
                    name: "exp(−2(Δf₂ − Δf₁)/(ησ²)) (slope reference)",
                    mark: "line",
                    x: etas.map((e) => 1 / e),
                    y: etas.map(suppression),
                  },
                ],
              },
            ],
            notes: [
              `Exit = leaving the slab between the saddles ${formatPoint(config.saddles[0])} (lower) and ${formatPoint(config.saddles[1])}; the side of the exit names the saddle.`,
              "A point at 1/exits marks η values where no run used the higher saddle.",
            ],
          };
        },
      }),
    ];
  },
});
