import type { MinimumCase } from "../../experiments/exit/minimumCase.ts";
import { type ArrheniusConfig } from "../../experiments/exit/minimumClaimConfig.ts";
/** V(z) = 2∫_{x*}^{z} f'/Σ by Gauss–Legendre quadrature (exact to ~1e-14 on these smooth integrands). */
export declare function quasiPotentialBarrier(c: MinimumCase): number;
export declare const M5: import("../claim.ts").ClaimDefinition<ArrheniusConfig>;
//# sourceMappingURL=M5.d.ts.map