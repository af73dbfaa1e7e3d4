/** The decision contract (DESIGN.md §6): every claim reduces to assertions decided by interval vs band. */

export type Verdict = "PASS" | "FAIL" | "INCONCLUSIVE";

/** One decided statistical assertion; this is also the shape written to `<ID>.json` under `assertions`. */
export interface AssertionResult {
  name: string;
  /** What is estimated, in words ("weak order of SME-1 in η"). */
  quantity: string;
  /** What was simulated for it (one line per simulation), when anything was. */
  simulated?: string[];
  /** The exact reference (or formula) it was judged against, in words. */
  reference?: string;
  estimate: number;
  se: number;
  /** (1 − alpha) interval for the quantity. */
  interval: [number, number];
  predicted: number;
  band: [number, number];
  bandWhy: string;
  /** The band edge that is a bound of the quantity itself (cannot be crossed; see experiments/experiment.ts Band). */
  bandBound?: "lo" | "hi";
  alpha: number;
  verdict: Verdict;
  /** Smallest deviation from the prediction the assertion could detect at its α (≈ half-width of interval + distance). */
  detectable: number;
  /** "exact" when the estimate is deterministic (se = 0, interval = point), "monte-carlo" otherwise. */
  method: "exact" | "monte-carlo";
  /** The design behind the estimate: sample size, stages, room and planned power (claims/sequential.ts). */
  power?: AssertionPower;
  /** Free-form notes (e.g. curvature check, underpowered at cap). */
  notes?: string[];
  /**
   * Present on a designed contrast (experiments/experiment.ts): the band is a rival model's prediction, `verdict`
   * is decided as usual, and the claim counts it flipped (claimVerdict). The text says why.
   */
  contrast?: string;
}

export type Alternative = "two-sided" | "less" | "greater";

/** How an assertion was sized and how much room it had (DESIGN.md §6). */
export interface AssertionPower {
  /** Stages run (1: decided at the configured size). */
  stages: number;
  /** Final size as a multiple of the configured one. */
  scale: number;
  /** Independent runs behind the estimate (summed over its simulations; 0 for exact references). */
  runs: number;
  /** SEs the interval could still move before it touches the nearer band edge (null for exact estimates). */
  slack: number | null;
  /** Planned probability of a non-PASS when the theory holds, for the sequential design within the cap. */
  plannedBeta: number;
  /** The estimator's known bias at this design, kept out of the room sizing plans with. */
  bias: number;
  biasWhy?: string;
}
