/**
 * Exit times under censoring (DESIGN.md §6): runs that have not exited by their time limit are censored, never
 * dropped. Under an exponential law the likelihood is rate^d · e^{−rate·T}, with d the number of exits and T the
 * total time observed over all runs, so the MLE is rate = d/T and mean = T/d.
 */
import { chiSquaredQuantile, chiSquaredQuantileUpper } from "./quantiles.js";
import { binomialTest, kolmogorovSmirnovTest } from "./tests.js";
/**
 * Censored exponential MLE with the χ² interval for the mean. 2T/μ ~ χ²(2d) exactly under Type-II censoring
 * (stop at the d-th exit); under Type-I censoring (fixed time limits, this suite's case) d is the count of a
 * Poisson-like process over exposure T, and the [χ²(2d+2), χ²(2d)] pair is Garwood's exact Poisson interval,
 * which covers with probability ≥ 1 − α (conservative).
 */
export function censoredExponentialFit(exitTimes, censoringTimes, alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    let totalTime = 0;
    for (let i = 0; i < exitTimes.length; i++) {
        const t = exitTimes[i];
        if (!(t >= 0 && Number.isFinite(t)))
            throw new RangeError(`exit time ${i} must be finite and ≥ 0, got ${t}`);
        totalTime += t;
    }
    for (let i = 0; i < censoringTimes.length; i++) {
        const t = censoringTimes[i];
        if (!(t >= 0 && Number.isFinite(t)))
            throw new RangeError(`censoring time ${i} must be finite and ≥ 0, got ${t}`);
        totalTime += t;
    }
    const d = exitTimes.length;
    if (!(totalTime > 0))
        throw new RangeError("censoredExponentialFit: total observed time is 0");
    const lower = (2 * totalTime) / chiSquaredQuantileUpper(alpha / 2, 2 * d + 2);
    const upper = d === 0 ? Number.POSITIVE_INFINITY : (2 * totalTime) / chiSquaredQuantile(alpha / 2, 2 * d);
    const mean = d === 0 ? Number.POSITIVE_INFINITY : totalTime / d;
    return {
        exits: d,
        censored: censoringTimes.length,
        totalTime,
        rate: d / totalTime,
        mean,
        se: d === 0 ? Number.POSITIVE_INFINITY : mean / Math.sqrt(d),
        interval: [lower, upper],
        rateInterval: [1 / upper, 1 / lower],
    };
}
/**
 * Goodness of fit to Exp(mean) that accounts for Type-I censoring at a common limit L. Under H₀ the data
 * factor exactly into (i) the number of exits ~ Binomial(runs, 1 − e^{−L/mean}) and (ii) given that number,
 * the exit times i.i.d. from Exp(mean) truncated to [0, L]; each part is tested exactly, and the two p-values
 * are combined by Bonferroni. `mean` is the hypothesised mean (e.g. the predicted τ), not one fitted to the
 * same data (that would make the KS part conservative).
 */
export function censoredExponentialGoodnessOfFit(exitTimes, censoredCount, limit, mean, options = {}) {
    if (!(limit > 0 && mean > 0))
        throw new RangeError("censoredExponentialGoodnessOfFit: limit, mean must be > 0");
    const runs = exitTimes.length + censoredCount;
    const exitProbability = -Math.expm1(-limit / mean);
    const countP = binomialTest(exitTimes.length, runs, exitProbability).p;
    const shapeP = exitTimes.length === 0
        ? 1
        : kolmogorovSmirnovTest(exitTimes, (t) => Math.min(1, -Math.expm1(-t / mean) / exitProbability), options).p;
    return { shapeP, countP, p: Math.min(1, 2 * Math.min(shapeP, countP)) };
}
/**
 * Kaplan–Meier product-limit estimate Ŝ(t) = Π_{t_i ≤ t} (1 − d_i/r_i), for plots of exit-time laws under
 * censoring. At tied times exits are counted before censorings (the standard convention: a run censored at t
 * was at risk at t).
 */
export function kaplanMeier(times, censored) {
    if (times.length !== censored.length)
        throw new RangeError("kaplanMeier: times and censored lengths differ");
    const order = Array.from({ length: times.length }, (_, i) => i).sort((i, j) => times[i] - times[j] || Number(censored[i]) - Number(censored[j]));
    const curve = { times: [], survival: [], atRisk: [], events: [], se: [] };
    let atRisk = times.length;
    let survival = 1;
    let greenwood = 0;
    let k = 0;
    while (k < order.length) {
        const t = times[order[k]];
        let events = 0;
        let leaving = 0;
        while (k < order.length && times[order[k]] === t) {
            if (!censored[order[k]])
                events += 1;
            leaving += 1;
            k += 1;
        }
        if (events > 0) {
            survival *= 1 - events / atRisk;
            // Greenwood's term d/(r(r−d)) is infinite when everyone at risk exits; Ŝ = 0 then and its SE is 0.
            greenwood += atRisk > events ? events / (atRisk * (atRisk - events)) : 0;
            curve.times.push(t);
            curve.survival.push(survival);
            curve.atRisk.push(atRisk);
            curve.events.push(events);
            curve.se.push(survival * Math.sqrt(greenwood));
        }
        atRisk -= leaving;
    }
    return curve;
}
//# sourceMappingURL=censoredExponential.js.map