import type { ExitSample } from "./exitRuns.ts";
/**
 * Direction statistics of saddle exits relative to the saddle z and its unstable eigenvector v₁ (claim S3): how
 * many exits are aligned (|cos(x_N − z, v₁)| > alignment), how many on the +v₁ side, the mean and SE of the
 * transverse part — |sin θ| for ball exits, |v₂ᵀ(x_N − z)|/a for slab exits when a second unstable direction v₂
 * is measured — and a histogram of cos θ on [−1, 1].
 */
export interface ExitDirections {
    exits: number;
    aligned: number;
    positive: number;
    transverseMean: number;
    transverseSe: number;
    histogram: number[];
}
export declare const DIRECTION_BINS = 40;
export declare function exitDirections(sample: ExitSample, geometry: {
    z: readonly number[];
    v1: readonly number[];
    radius: number;
}, alignment: number, v2: readonly number[] | null): ExitDirections;
//# sourceMappingURL=exitDirections.d.ts.map