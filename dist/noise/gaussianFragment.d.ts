import type { NoiseFragment } from "../codegen/fragment.ts";
/**
 * Constant factor L (row-major dim²), spliced in as literals with zero entries dropped: isotropic noise costs
 * one multiply per coordinate.
 */
export declare function constantFactorFragment(dim: number, L: ArrayLike<number>): NoiseFragment;
/**
 * State-dependent factor L(x): evaluated at the current state through a callback into scratch buffers that are
 * allocated once per compiled kernel (never in the loop). The slow path of the kernels, and honest about it.
 */
export declare function stateDependentFactorFragment(dim: number, factor: (x: Float64Array, out: Float64Array) => Float64Array): NoiseFragment;
//# sourceMappingURL=gaussianFragment.d.ts.map