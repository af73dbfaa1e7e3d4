import type { NoiseModel } from "./noise.ts";
export declare function isotropicNoise(dim: number, sigma: number): NoiseModel;
//# sourceMappingURL=isotropic.d.ts.map