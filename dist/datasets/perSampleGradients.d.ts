import { type Dataset } from "./datasetFile.ts";
/**
 * The point to evaluate at: `x` when given (checked: length and finite entries), else θ₀ for two-layer; the
 * other kinds have no default point. Errors name the field `x`.
 */
export declare function datasetPoint(ds: Dataset, x?: ArrayLike<number>): number[];
/** f_i(x) for every sample i. */
export declare function perSampleLosses(ds: Dataset, x?: ArrayLike<number>): number[];
/** ∇f_i(x): n rows of length dim. */
export declare function perSampleGradients(ds: Dataset, x?: ArrayLike<number>): number[][];
/** F(x) = (1/n)Σf_i(x). */
export declare function fullLoss(ds: Dataset, x?: ArrayLike<number>): number;
//# sourceMappingURL=perSampleGradients.d.ts.map