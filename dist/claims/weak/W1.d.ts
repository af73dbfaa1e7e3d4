import { type WeakOrderConfig } from "../../experiments/weak/weakOrder.ts";
export declare const W1: import("../claim.ts").ClaimDefinition<WeakOrderConfig>;
//# sourceMappingURL=W1.d.ts.map