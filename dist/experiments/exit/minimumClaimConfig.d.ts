import { type RunSize } from "../runSize.ts";
import { type HorizonRule } from "./horizon.ts";
import { type MinimumCase } from "./minimumCase.ts";
/**
 * The config every minimizer-escape claim shares: runs per point (`particles`, `blockSize`), how long runs last
 * (`horizon` or `horizonMultiple`), and the keyed `cases` (or one user case at the top level). `extra` names the
 * claim's own fields, returned unread in `rest`. Every point's horizon is validated before anything runs.
 */
export interface MinimumClaimConfig extends RunSize {
    horizon: HorizonRule;
    cases: MinimumCase[];
}
export declare function readMinimumClaimConfig(raw: unknown, path: string, opts: {
    extra: readonly string[];
    minEtas?: number;
    checkCase?: (c: MinimumCase) => void;
}): MinimumClaimConfig & {
    rest: Record<string, unknown>;
};
/** The Arrhenius claims (M1, M5): the shared config and a relative band around the exponent. */
export interface ArrheniusConfig extends MinimumClaimConfig {
    relativeBand: number;
}
export declare function readArrheniusConfig(raw: unknown, path: string, checkCase: (c: MinimumCase) => void): ArrheniusConfig;
//# sourceMappingURL=minimumClaimConfig.d.ts.map