import { censoredExponentialFit } from "./censoredExponential.js";
import { meanInterval } from "./estimators.js";
export function meanExitTime(sample, alpha) {
    const { runs, exits, censored } = sample;
    if (censored === 0) {
        const m = meanInterval(Array.from(sample.exitTimes), alpha);
        return { mean: m.estimate, se: m.se, interval: m.interval, method: "sample-mean", runs, exits, censored };
    }
    const fit = censoredExponentialFit(sample.exitTimes, new Float64Array(censored).fill(sample.horizon), alpha);
    return {
        mean: fit.mean,
        se: fit.se,
        interval: fit.interval,
        method: "censored-exponential",
        runs,
        exits,
        censored,
    };
}
//# sourceMappingURL=meanExitTime.js.map