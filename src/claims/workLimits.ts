import { FieldError } from "../config/fieldError.ts";
import type { Experiment } from "../experiments/experiment.ts";

/**
 * Caps on what a config may ask for, checked when a claim is planned (before anything runs), so an absurd
 * size is one line of bad input rather than hours of computing or an out-of-memory crash. The defaults sit
 * well above the thorough budget's largest claim (M1: ≈ 7e12 particle-steps as runs × horizon, 2e6 runs per
 * simulation in S2) and far below what would exhaust a machine.
 */
export interface WorkLimits {
  /** Runs one simulation may have: its results keep a few numbers per run (1e7 runs ≈ 0.2 GB). */
  maxRuns: number;
  /**
   * Particle-steps a claim may ask for, as runs × most steps per run summed over its simulations (an upper
   * bound: exit runs stop at their exit, long before the horizon). 2e13 is ≈ 22 h of one core at 4 ns/step.
   */
  maxWork: number;
}

export const DEFAULT_WORK_LIMITS: WorkLimits = { maxRuns: 1e7, maxWork: 2e13 };

const NS_PER_STEP = 4;

export function checkWorkLimits(id: string, experiments: readonly Experiment[], limits: WorkLimits): void {
  let work = 0;
  for (const e of experiments)
    for (const s of e.simulations) {
      if (s.runs > limits.maxRuns)
        throw new FieldError(
          id,
          `${s.describe}: ${s.runs.toExponential(1)} runs exceed the cap of ${limits.maxRuns.toExponential(0)} per simulation (its results keep a few numbers per run): lower the particle or sample count`,
        );
      work += s.runs * (s.stepsPerRun ?? 1);
    }
  if (work > limits.maxWork) {
    const hours = (limits.maxWork * NS_PER_STEP) / 3.6e12;
    throw new FieldError(
      id,
      `the config asks for up to ${work.toExponential(1)} particle-steps (runs × horizon over its simulations), beyond the cap of ${limits.maxWork.toExponential(0)} (≈ ${hours.toFixed(0)} h of one core): lower particles, horizons or the η grid, or raise the cap with --max-work`,
    );
  }
}
