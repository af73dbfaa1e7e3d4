import { type ArrheniusConfig } from "../../experiments/exit/minimumClaimConfig.ts";
export declare const M1: import("../claim.ts").ClaimDefinition<ArrheniusConfig>;
//# sourceMappingURL=M1.d.ts.map