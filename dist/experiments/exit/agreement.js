import { meanExitTime } from "../../stats/meanExitTime.js";
import { experiment } from "../experiment.js";
export function meanAgreementExperiment(spec) {
    const ref = spec.reference.value;
    return experiment({
        name: spec.name,
        quantity: spec.quantity,
        simulations: [spec.runs],
        reference: spec.reference.name,
        band: spec.band,
        statistic([sample], alpha) {
            const est = meanExitTime(sample, alpha);
            return {
                estimate: est.mean / ref,
                se: est.se / ref,
                interval: [est.interval[0] / ref, est.interval[1] / ref],
                method: "monte-carlo",
                notes: spec.notes?.(est) ?? [],
            };
        },
        present([sample], result) {
            const est = meanExitTime(sample, result.alpha);
            return {
                measurements: [spec.row(sample, est)],
                plots: [
                    {
                        panel: spec.panel,
                        series: [
                            {
                                name: "SGD (Monte Carlo)",
                                mark: "points",
                                x: [spec.x],
                                y: [est.mean],
                                yLo: [est.interval[0]],
                                yHi: [est.interval[1]],
                            },
                            { name: spec.referenceSeries, mark: "line", x: [spec.x], y: [ref] },
                            ...(spec.extraSeries ?? []),
                        ],
                    },
                ],
            };
        },
    });
}
//# sourceMappingURL=agreement.js.map