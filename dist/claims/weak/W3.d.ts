import { type QuadraticCase } from "../../experiments/weak/quadraticCase.ts";
interface W3Config {
    etas: number[];
    cases: QuadraticCase[];
}
export declare const W3: import("../claim.ts").ClaimDefinition<W3Config>;
export {};
//# sourceMappingURL=W3.d.ts.map