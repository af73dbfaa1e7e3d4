import { discreteExitChain } from "../../reference/exit/discreteExitChain.ts";
import { meanFirstPassageTime } from "../../reference/exit/mfpt.ts";
import type { MinimumCase } from "./minimumCase.ts";

/**
 * The exact mean exit count of a 1-D case at one η, from the discretised one-step kernel (I − P)T = 1
 * (reference/exit/discreteExitChain.ts) with the case's own noise level Σ(x) in the kernel, so state-dependent
 * noise (M5) is exact too. null for d-D cases or exit sets other than a half-line. Milliseconds per call.
 */
export function exactChainMean(c: MinimumCase, eta: number): number | null {
  // The chain's kernel is Gaussian: real batch noise is discrete, so it has no exact chain here.
  if (c.landscape.dim !== 1 || c.exitSet.kind !== "half-space" || c.noise.kind === "minibatch") return null;
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

/**
 * E N of the 1-D diffusion dX = −f'dt + √(ηΣ(X)) dW (time/η) from `start` to the exit `level`, by quadrature
 * (reference/exit/mfpt.ts), reflecting `reach` beyond the start on the far side: the reference for SGD with
 * real batch noise, whose discrete increments have no exact chain (B2, B4, B5, and horizons for such noise).
 * A reach of 3 moves E N by < 1e-7 on the two-well dataset, whose Hessian-shaped noise grows with F.
 */
export function halfLineDiffusionSteps(input: {
  gradient: (x: number) => number;
  variance: (x: number) => number;
  eta: number;
  start: number;
  level: number;
  reach?: number;
}): number {
  const { gradient, variance, eta, start, level } = input;
  const reach = input.reach ?? 3;
  const common = { drift: (x: number) => -gradient(x), diffusion2: (x: number) => eta * variance(x), start };
  const r =
    level > start
      ? meanFirstPassageTime({ ...common, lower: start - reach, upper: level })
      : meanFirstPassageTime({ ...common, lower: level, upper: start + reach, absorbing: "lower" });
  return r.value / eta;
}

/** halfLineDiffusionSteps for a 1-D case with a half-line exit; null otherwise. */
export function diffusionMean(c: MinimumCase, eta: number): number | null {
  if (c.landscape.dim !== 1 || c.exitSet.kind !== "half-space") return null;
  const g = new Float64Array(1);
  const s = new Float64Array(1);
  return halfLineDiffusionSteps({
    gradient: (x) => c.landscape.gradient([x], g)[0]!,
    variance: (x) => c.noise.covariance([x], s)[0]!,
    eta,
    start: c.x0[0]!,
    level: c.exitSet.offset / c.exitSet.normal[0]!,
  });
}
