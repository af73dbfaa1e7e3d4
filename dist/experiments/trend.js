import { normalQuantile } from "../stats/quantiles.js";
import { trendFit } from "../stats/trend.js";
import { experiment } from "./experiment.js";
export function trendExperiment(spec) {
    const sims = spec.points.flatMap((p) => p.simulations);
    const slices = (data) => {
        let k = 0;
        return spec.points.map((p) => {
            const d = data.slice(k, k + p.simulations.length);
            k += p.simulations.length;
            return d;
        });
    };
    // statistic and present see the same data array: fit once.
    let last;
    const fitted = (data, alpha) => {
        if (last && last.data === data && last.alpha === alpha)
            return last.value;
        const measured = slices(data).map((d, j) => spec.points[j].measure(d, alpha));
        const ys = measured.map((m) => m.y);
        const ses = measured.map((m) => m.se);
        const nuisanceCount = spec.points[0]?.nuisance?.length ?? 0;
        const nuisance = Array.from({ length: nuisanceCount }, (_, k) => spec.points.map((q) => q.nuisance[k]));
        const x = spec.points.map((p) => p.x);
        const value = { fit: trendFit(x, ys, ses, alpha, { nuisance }), ys, ses };
        last = { data, alpha, value };
        return value;
    };
    return experiment({
        name: spec.name,
        quantity: spec.quantity,
        simulations: sims,
        reference: spec.reference,
        band: spec.band,
        statistic(data, alpha) {
            const { fit, ys, ses } = fitted(data, alpha);
            const notes = [...(spec.notes?.(fit, { ys, ses }, alpha) ?? [])];
            if (fit.inflation > 1)
                notes.push(`lack of fit: χ²/df = ${fit.reducedChi2.toFixed(2)}, slope SE inflated ×${fit.inflation.toFixed(2)}`);
            return { estimate: fit.slope, se: fit.se, interval: fit.interval, method: "monte-carlo", notes };
        },
        present(data, result) {
            const { fit, ys, ses } = fitted(data, result.alpha);
            const rows = slices(data).flatMap((d, j) => {
                const row = spec.points[j].row?.(d, result.alpha);
                return row ? [row] : [];
            });
            return {
                measurements: rows,
                plots: [
                    {
                        panel: spec.panel,
                        series: trendSeries({
                            x: spec.points.map((p) => p.x),
                            y: ys,
                            ses,
                            fit,
                            predicted: spec.band.predicted,
                            alpha: result.alpha,
                            slopeName: spec.slopeName,
                        }),
                    },
                ],
                ...(spec.predictions ? { predictions: spec.predictions } : {}),
            };
        },
    });
}
/**
 * The points with (1 − α) error bars, the fitted line, and the predicted slope drawn through the data's
 * weighted centre so the eye compares slopes, not offsets.
 */
export function trendSeries(opts) {
    const { x, y, ses, fit, predicted } = opts;
    const z = normalQuantile(1 - opts.alpha / 2);
    const w = ses.map((s) => 1 / (s * s));
    const W = w.reduce((a, b) => a + b, 0);
    const xc = x.reduce((s, v, i) => s + w[i] * v, 0) / W;
    const yc = y.reduce((s, v, i) => s + w[i] * v, 0) / W;
    const ends = [Math.min(...x), Math.max(...x)];
    return [
        {
            name: "SGD (Monte Carlo)",
            mark: "points",
            x,
            y,
            yLo: y.map((v, i) => v - z * ses[i]),
            yHi: y.map((v, i) => v + z * ses[i]),
        },
        {
            name: `fit: slope ${fit.slope.toFixed(3)} [${fit.interval[0].toFixed(3)}, ${fit.interval[1].toFixed(3)}]`,
            mark: "line",
            x: ends,
            y: ends.map((v) => fit.intercept + fit.slope * v),
        },
        {
            name: `${opts.slopeName} ${predicted.toFixed(3)}`,
            mark: "line",
            x: ends,
            y: ends.map((v) => yc + predicted * (v - xc)),
        },
    ];
}
//# sourceMappingURL=trend.js.map