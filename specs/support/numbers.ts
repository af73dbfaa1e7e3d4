import { fc } from "./prop.ts";

/**
 * A real in [min, max] without the denormal edge cases fast-check favours (5e-324, 1e-310, …): magnitudes
 * below 1e-12 become exactly 0. Subnormals carry a few bits of precision, so relative checks (finite
 * differences, 1e-9·scale tolerances) are meaningless on them, and no landscape or noise level is that small.
 */
export function real(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true }).map((v) => (Math.abs(v) < 1e-12 ? 0 : v));
}
