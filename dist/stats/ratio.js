import { normalQuantile } from "./quantiles.js";
export function ratioOfMeans(a, b, alpha) {
    if (!(a.mean > 0 && b.mean > 0))
        throw new RangeError(`ratioOfMeans needs positive means, got ${a.mean}, ${b.mean}`);
    const ratio = a.mean / b.mean;
    const seLog = Math.hypot(a.se / a.mean, b.se / b.mean);
    const z = normalQuantile(1 - alpha / 2);
    return { ratio, seLog, interval: [ratio * Math.exp(-z * seLog), ratio * Math.exp(z * seLog)] };
}
//# sourceMappingURL=ratio.js.map