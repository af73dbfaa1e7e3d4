import { type WeakOrderConfig } from "../../experiments/weak/weakOrder.ts";
export declare const W2: import("../claim.ts").ClaimDefinition<WeakOrderConfig>;
//# sourceMappingURL=W2.d.ts.map