import { type SaddleClaimConfig } from "../../experiments/exit/saddleCase.ts";
interface S3Config extends SaddleClaimConfig {
    /** |cos(exit, v₁)| above this counts as "along v₁". */
    alignment: number;
    /** Lower edge of the band for the aligned fraction at the smallest η. */
    alignedBand: number;
}
export declare const S3: import("../claim.ts").ClaimDefinition<S3Config>;
export {};
//# sourceMappingURL=S3.d.ts.map