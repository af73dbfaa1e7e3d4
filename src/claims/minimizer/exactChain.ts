import { discreteExitChain } from "../../reference/exit/discreteExitChain.ts";
import type { MinimumCase } from "./minimumCase.ts";

/**
 * The exact mean exit count of a 1-D case at one η, from the discretised one-step kernel (I − P)T = 1
 * (reference/exit/discreteExitChain.ts) with the case's own noise level Σ(x) in the kernel, so state-dependent
 * noise (M5) is exact too. null for d-D cases or exit sets other than a half-line. Milliseconds per call.
 */
export function exactChainMean(c: MinimumCase, eta: number): number | null {
  if (c.landscape.dim !== 1 || c.exitSet.kind !== "half-space") return null;
  const n = c.exitSet.normal[0]!;
  const level = c.exitSet.offset / n;
  const g = new Float64Array(1);
  const s = new Float64Array(1);
  return discreteExitChain({
    gradient: (x) => c.landscape.gradient([x], g)[0]!,
    noiseStd: (x) => c.noise.factor([x], s)[0]!,
    eta,
    start: c.x0[0]!,
    ...(n > 0 ? { upper: level } : { lower: level }),
  }).mean;
}
