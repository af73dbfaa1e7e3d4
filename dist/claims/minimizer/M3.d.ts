import { type ContinuumConfig, type KramersConfig } from "../../experiments/exit/exactLimits.ts";
import { type MinimumClaimConfig } from "../../experiments/exit/minimumClaimConfig.ts";
interface M3Config extends MinimumClaimConfig {
    relativeBand: number;
    /** Absent (or null in a config): no exact-limit assertions, only Monte Carlo against the exact references. */
    continuum?: ContinuumConfig;
    kramers?: KramersConfig;
}
export declare const M3: import("../claim.ts").ClaimDefinition<M3Config>;
export {};
//# sourceMappingURL=M3.d.ts.map