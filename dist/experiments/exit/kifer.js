import { meanExitTime } from "../../stats/meanExitTime.js";
import { relativeBand } from "../experiment.js";
import { trendExperiment } from "../trend.js";
import { caseExitRuns } from "./exitModel.js";
import { meanExitRow } from "./exitRow.js";
import { saddleHorizon, saddleIterations } from "./saddleCase.js";
export function kiferExperiment(spec) {
    const c = spec.case;
    const predicted = 1 / (2 * c.geometry.gamma);
    return trendExperiment({
        name: spec.name,
        quantity: `slope of η·E N on ${spec.axis.variable}`,
        reference: `Kifer's leading slope 1/(2γ) = ${predicted.toPrecision(6)}, γ = |λ_min(∇²f(z))|`,
        band: relativeBand(predicted, spec.relativeBand, spec.bandWhy),
        points: spec.points.map((q, j) => ({
            x: q.x,
            ...(q.nuisance ? { nuisance: q.nuisance } : {}),
            simulations: [
                caseExitRuns(q.model, spec.size, {
                    eta: q.eta,
                    horizon: saddleHorizon(q.model, q.eta),
                    stream: spec.stream(j),
                    expected: saddleIterations(q.model, q.eta),
                }),
            ],
            measure([sample], alpha) {
                const est = meanExitTime(sample, alpha);
                return { y: q.eta * est.mean, se: q.eta * est.se };
            },
            row([sample], alpha) {
                const est = meanExitTime(sample, alpha);
                return {
                    ...meanExitRow(q.eta, est, c.name),
                    "η·E N": q.eta * est.mean,
                    ...q.columns,
                };
            },
        })),
        notes: (_fit, { ys }) => spec.caseNotes?.(ys.map((y, j) => y / spec.points[j].eta)) ?? [],
        panel: {
            title: spec.panel,
            xLabel: spec.axis.label,
            yLabel: "η·E N (continuous time)",
            xScale: "linear",
            yScale: "linear",
        },
        slopeName: "Kifer slope 1/(2γ) =",
        predictions: { [`${c.key}: 1/(2γ)`]: predicted },
    });
}
//# sourceMappingURL=kifer.js.map