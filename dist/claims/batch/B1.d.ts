import { type GradientSet } from "../../experiments/batch/gradientSets.ts";
interface B1Config {
    samples: number;
    relativeBand: number;
    datasets: GradientSet[];
}
export declare const B1: import("../claim.ts").ClaimDefinition<B1Config>;
export {};
//# sourceMappingURL=B1.d.ts.map