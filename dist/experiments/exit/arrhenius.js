import { exactExitReferenceOrNull } from "../../reference/exit/exitReference.js";
import { meanExitTime } from "../../stats/meanExitTime.js";
import { trendFit } from "../../stats/trend.js";
import { relativeBand } from "../experiment.js";
import { trendExperiment } from "../trend.js";
import { caseExitRuns, exitProblem } from "./exitModel.js";
import { meanExitRow } from "./exitRow.js";
import { expectedIterations, horizonFor, kramersIterations } from "./horizon.js";
export function arrheniusExperiment(spec) {
    const { points } = spec;
    const exact = points.map((q) => exactExitReferenceOrNull(exitProblem(q.model, q.model.saddle), "sgd"));
    const exactMeans = points.map((q, j) => exact[j]?.meanIterations(q.eta) ?? null);
    const exactSlope = exactMeans.every((n) => n !== null)
        ? trendFit(points.map((q) => q.x), exactMeans.map((n, j) => Math.log(points[j].eta * n)), points.map(() => 1), 0.05).slope
        : null;
    return trendExperiment({
        name: spec.name,
        quantity: `slope of ln(η·E N) on ${spec.axis.variable}`,
        reference: `the predicted exponent ${spec.exponent.name} = ${spec.exponent.value.toPrecision(6)}${exactSlope === null ? "" : `; exact discrete-chain E N at every point`}`,
        band: relativeBand(spec.exponent.value, spec.relativeBand, spec.bandWhy),
        points: points.map((q, j) => {
            const horizon = horizonFor(q.model, q.eta, spec.horizon, spec.size.particles, "horizon");
            return {
                x: q.x,
                simulations: [
                    caseExitRuns(q.model, spec.size, {
                        eta: q.eta,
                        horizon,
                        stream: spec.stream(j),
                        expected: expectedIterations(q.model, q.eta),
                    }),
                ],
                measure([sample], alpha) {
                    const est = meanExitTime(sample, alpha);
                    return { y: Math.log(q.eta * est.mean), se: est.se / est.mean };
                },
                row([sample], alpha) {
                    const s = sample;
                    const est = meanExitTime(s, alpha);
                    return {
                        ...meanExitRow(q.eta, est, spec.caseName),
                        ...q.columns,
                        lo: est.interval[0],
                        hi: est.interval[1],
                        "ln(ηE N)": Math.log(q.eta * est.mean),
                        kramers: kramersIterations(q.model, q.eta),
                        ...(exactMeans[j] === null ? {} : { "exact chain E N": exactMeans[j] }),
                        horizon: s.horizon,
                        estimator: est.method,
                    };
                },
            };
        }),
        notes: (fit) => [
            `local slopes ${fit.localSlopes.map((s) => s.toFixed(3)).join(", ")}`,
            ...(exactSlope === null ? [] : [`exact slope on this grid (discrete chain) ${exactSlope.toFixed(4)}`]),
            ...(spec.caseNotes?.(fit.interval) ?? []),
        ],
        panel: {
            title: spec.panel,
            xLabel: spec.axis.label,
            yLabel: "ln(η·E N)",
            xScale: "linear",
            yScale: "linear",
        },
        slopeName: `${spec.exponent.name} =`,
        predictions: { [`${spec.caseKey}: ${spec.exponent.name}`]: spec.exponent.value },
    });
}
export const ARRHENIUS_NOTES = [
    "E N is the plain mean when no run is censored, else the censored exponential MLE (total observed iterations / exits) with Garwood's χ² interval; censored runs are counted, never dropped.",
    "Exits are checked at integer iterations (SGD's semantics). Streams are per case, η and block, so the points of a fit are independent.",
];
//# sourceMappingURL=arrhenius.js.map