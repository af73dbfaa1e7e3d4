import { normalQuantile } from "./quantiles.js";
import { weightedDesignFit } from "./regression.js";
export function trendFit(x, y, se, alpha, options = {}) {
    const nuisance = options.nuisance ?? [];
    if (x.length < 3 + nuisance.length)
        throw new RangeError(`a trend with ${nuisance.length} nuisance terms needs at least ${3 + nuisance.length} points, got ${x.length}`);
    const w = se.map((s) => 1 / (s * s));
    const fit = weightedDesignFit([x.map(() => 1), x, ...nuisance], y, w);
    const reducedChi2 = fit.df > 0 ? fit.residualChi2 / fit.df : Number.NaN;
    const inflation = Number.isFinite(reducedChi2) ? Math.max(1, Math.sqrt(reducedChi2)) : 1;
    const slope = fit.coefficients[1];
    const s = Math.sqrt(fit.covariance[1][1]) * inflation;
    const z = normalQuantile(1 - alpha / 2);
    const localSlopes = [];
    for (let i = 0; i + 1 < x.length; i++)
        localSlopes.push((y[i + 1] - y[i]) / (x[i + 1] - x[i]));
    return {
        slope,
        intercept: fit.coefficients[0],
        se: s,
        interval: [slope - z * s, slope + z * s],
        reducedChi2,
        inflation,
        localSlopes,
    };
}
//# sourceMappingURL=trend.js.map