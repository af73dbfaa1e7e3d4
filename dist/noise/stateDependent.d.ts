import type { NoiseModel } from "./noise.ts";
export declare function stateDependentNoise(dim: number, sigma: number, kappa: number, center?: readonly number[]): NoiseModel;
//# sourceMappingURL=stateDependent.d.ts.map