import type { NoiseFamily } from "./family.ts";
import type { NoiseModel } from "./noise.ts";
export declare function stateDependentNoise(dim: number, sigma: number, kappa: number, center?: readonly number[]): NoiseModel;
export declare const STATE_DEPENDENT: NoiseFamily;
//# sourceMappingURL=stateDependent.d.ts.map