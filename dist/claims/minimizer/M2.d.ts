import { type MinimumClaimConfig } from "../../experiments/exit/minimumClaimConfig.ts";
interface M2Config extends MinimumClaimConfig {
    /** Largest Kolmogorov distance from Exp(1) that still counts as "exponential". */
    band: number;
}
export declare const M2: import("../claim.ts").ClaimDefinition<M2Config>;
export {};
//# sourceMappingURL=M2.d.ts.map