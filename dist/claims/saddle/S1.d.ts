import { type SaddleTrendConfig } from "../../experiments/exit/saddleCase.ts";
export declare const S1: import("../claim.ts").ClaimDefinition<SaddleTrendConfig>;
//# sourceMappingURL=S1.d.ts.map