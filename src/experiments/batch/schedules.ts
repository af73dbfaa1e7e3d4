import { FieldError } from "../../config/fieldError.ts";
import { readPositiveInteger, readStrictObject } from "../../config/readers.ts";
import { medianAbsoluteSpread } from "../../stats/dispersion.ts";
import { DEFAULT_BLOCK_SIZE } from "../exit/exitRuns.ts";
import { readRunSize } from "../runSize.ts";
import { readSharpFlat, type SharpFlatProblem } from "./sharpFlat.ts";

/**
 * Batch-size schedules on the sharp/flat problem (claim B5): runs from the saddle under
 *   small        B_small throughout
 *   large        B_large throughout
 *   small→large  B_small for K₁ steps, then B_large,
 * and where they end: the basin (by the side of the saddle) and the spread of the final loss.
 */
export interface ScheduleConfig {
  dataset: string;
  problem: SharpFlatProblem;
  eta: number;
  small: number;
  large: number;
  /** K₁ (small-batch phase of the schedule) and K₂. */
  steps: [number, number];
  particles: number;
  blockSize: number;
}

export type Schedule = "small" | "large" | "small→large";
export const SCHEDULES: Schedule[] = ["small", "large", "small→large"];

/** The phases of a schedule: (batch, steps) pairs, K₁ + K₂ steps in all (B5 on the two-well, B8 on the network). */
export function phasesOf(
  s: Schedule,
  c: { small: number; large: number; steps: readonly [number, number] },
): { batch: number; steps: number }[] {
  const [k1, k2] = c.steps;
  if (s === "small") return [{ batch: c.small, steps: k1 + k2 }];
  if (s === "large") return [{ batch: c.large, steps: k1 + k2 }];
  return [
    { batch: c.small, steps: k1 },
    { batch: c.large, steps: k2 },
  ];
}

/** Where the runs ended: how many in the flat basin, and the spread of the final loss over the finite runs. */
export function finalState(x: Float64Array, p: SharpFlatProblem) {
  // A run thrown far out by the multiplicative noise can diverge (η·F'' > 2 beyond |x| ≈ 2.4). It counts as not
  // flat; the spread uses the finite runs only (a diverged run would make it trivial) and says how many.
  const finite = Array.from(x).filter(Number.isFinite);
  let flat = 0;
  for (const v of x) if (v < p.saddle) flat++;
  const loss = finite.map((v) => p.loss(v) - p.loss(p.flat));
  const m = loss.length;
  const mean = loss.reduce((t, v) => t + v / m, 0);
  const variance = (loss.reduce((t, v) => t + ((v - mean) * (v - mean)) / m, 0) * m) / (m - 1);
  return { flat, n: x.length, diverged: x.length - m, mean, variance, spread: medianAbsoluteSpread(loss) };
}

export function readScheduleConfig(raw: unknown, path: string): ScheduleConfig {
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const cfg = readStrictObject(raw, path, [
    "dataset",
    "eta",
    "small",
    "large",
    "steps",
    "particles",
    "blockSize",
  ]);
  const { dataset, problem, eta } = readSharpFlat(cfg, p);
  const small = readPositiveInteger(cfg.small, p("small"));
  const large = readPositiveInteger(cfg.large, p("large"));
  if (!(large > small)) throw new FieldError(p("large"), `must exceed small = ${small}, got ${large}`);
  if (large > problem.n) throw new FieldError(p("large"), `exceeds the dataset's n = ${problem.n}`);
  if (!Array.isArray(cfg.steps) || cfg.steps.length !== 2)
    throw new FieldError(p("steps"), "expected [K₁, K₂]: the small-batch phase and the large-batch phase");
  const steps: [number, number] = [
    readPositiveInteger(cfg.steps[0], `${p("steps")}[0]`),
    readPositiveInteger(cfg.steps[1], `${p("steps")}[1]`),
  ];
  const { particles } = readRunSize(cfg, path);
  const blockSize =
    cfg.blockSize === undefined ? DEFAULT_BLOCK_SIZE : readPositiveInteger(cfg.blockSize, p("blockSize"));
  return { dataset, problem, eta, small, large, steps, particles, blockSize };
}
