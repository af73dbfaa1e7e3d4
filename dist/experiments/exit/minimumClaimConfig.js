import { readStrictObject } from "../../config/readers.js";
import { readRelativeBand, readRunSize } from "../runSize.js";
import { horizonFor, readHorizonRule } from "./horizon.js";
import { MINIMUM_CASE_KEYS, readMinimumCases } from "./minimumCase.js";
export function readMinimumClaimConfig(raw, path, opts) {
    const cfg = readStrictObject(raw, path, [
        "particles",
        "blockSize",
        "horizon",
        "horizonMultiple",
        "cases",
        ...opts.extra,
        ...MINIMUM_CASE_KEYS,
    ]);
    const { particles, blockSize } = readRunSize(cfg, path);
    const horizon = readHorizonRule(cfg, path);
    const cases = readMinimumCases(cfg, path, opts.minEtas ?? 3);
    const p = (k) => (path ? `${path}.${k}` : k);
    for (const c of cases) {
        opts.checkCase?.(c);
        for (const eta of c.etas)
            horizonFor(c, eta, horizon, particles, p("horizon"));
    }
    return { particles, blockSize, horizon, cases, rest: cfg };
}
export function readArrheniusConfig(raw, path, checkCase) {
    const { rest, ...config } = readMinimumClaimConfig(raw, path, { extra: ["relativeBand"], checkCase });
    const relativeBand = readRelativeBand(rest.relativeBand, path ? `${path}.relativeBand` : "relativeBand");
    return { ...config, relativeBand };
}
//# sourceMappingURL=minimumClaimConfig.js.map