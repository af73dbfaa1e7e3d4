import type { NoiseFamily } from "./family.ts";
import type { NoiseModel } from "./noise.ts";
export declare function isotropicNoise(dim: number, sigma: number): NoiseModel;
/** σ > 0 in a config: every claim that takes a noise spec needs noise (zero noise is the GD control, in code). */
export declare const ISOTROPIC: NoiseFamily;
//# sourceMappingURL=isotropic.d.ts.map