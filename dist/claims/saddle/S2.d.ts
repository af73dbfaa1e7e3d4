import { type SaddleTrendConfig } from "../../experiments/exit/saddleCase.ts";
export declare const S2: import("../claim.ts").ClaimDefinition<SaddleTrendConfig>;
//# sourceMappingURL=S2.d.ts.map