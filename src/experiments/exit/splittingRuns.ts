import { FieldError, formatNumber } from "../../config/fieldError.ts";
import type { SplitChainPayload } from "../../parallel/tasks.ts";
import type { SplittingExitData } from "../../stats/splittingExit.ts";
import { formatCount } from "../describe.ts";
import type { Simulation } from "../experiment.ts";
import type { MinimumCase } from "./minimumCase.ts";

/**
 * The rare-event side of the escape claims (M1, M3): E N at step sizes brute force cannot afford, by the split
 * chain's renewal identity with p = P_ν(exit before regeneration) from multilevel splitting
 * (stats/splittingExit.ts). One splitting run is the unit of `runs` (what sequential escalation multiplies);
 * every splitting run brings CYCLES_PER_RUN cycles and HEADS_PER_RUN heads with it, so all three samples grow
 * together. Blocks own their streams, so results do not depend on workers or shards.
 */
export const SPLITTING_REPLICAS = 100;
/** The plot series rare-event points are drawn in, beside brute force's "SGD (Monte Carlo)". */
export const SPLITTING_SERIES = "SGD (multilevel splitting)";
const CYCLES_PER_RUN = 200;
const HEADS_PER_RUN = 50;
const RUNS_PER_BLOCK = 10;
const CYCLES_PER_BLOCK = 10_000;
/** A cycle longer than this is an error (the chain has left the basin without crossing the exit level). */
const MAX_CYCLE = 10_000_000;
/** Killing rounds per replica before a run is refused: p ≥ e^−200, far beyond any configured point. */
const MAX_ROUNDS_PER_REPLICA = 200;

/** What a report says about its rare-event points. */
export const SPLITTING_NOTE =
  'Points marked "splitting" are estimated without brute force: SGD is split into independent cycles by exact Nummelin regenerations near the minimizer, p = P(a cycle ends by exit) comes from adaptive multilevel splitting (100 replicas per run, score = the coordinate across the exit level; unbiased), and E N = a + q·c/p with a, q, c from short direct runs; the interval is log-symmetric with t on (runs − 1) df. The exact chain is shown beside each 1-D point.';

export interface SplittingRunsSpec {
  model: MinimumCase;
  eta: number;
  /** Independent splitting runs. */
  runs: number;
  stream: string;
  /** A guess at E N (Kramers), for the work estimate only. */
  expected: number;
}

/** The case fields the split chain needs: isotropic Gaussian noise and an exit half-space (checked here). */
export function checkSplittingCase(c: MinimumCase, field: string): void {
  if (c.noiseSpec.kind !== "isotropic")
    throw new FieldError(
      `${field}.noise.kind`,
      `rare-event points need isotropic Gaussian noise (the split chain's minorization), got "${c.noiseSpec.kind}"`,
    );
  if (c.exitSet.kind !== "half-space")
    throw new FieldError(
      `${field}.exit`,
      "rare-event points need an exit half-space (the splitting score is n·x)",
    );
}

export function splittingRuns(spec: SplittingRunsSpec): Simulation<SplittingExitData> {
  const { model: c, eta } = spec;
  if (c.noiseSpec.kind !== "isotropic" || c.exitSet.kind !== "half-space")
    throw new Error("splittingRuns: checkSplittingCase first");
  const chain: Omit<SplitChainPayload, "particles" | "stream"> = {
    landscape: c.landscapeSpec,
    eta,
    sigma: c.noiseSpec.sigma,
    center: c.x0,
    normal: c.exitSet.normal,
    offset: c.exitSet.offset,
    maxLength: MAX_CYCLE,
  };
  // Work per splitting run: n·ln(1/p) rounds, each re-running a path of about 1/(η·curvature) steps.
  const perRun = SPLITTING_REPLICAS * Math.max(1, Math.log(spec.expected)) * (4 / eta);
  return {
    stream: spec.stream,
    runs: spec.runs,
    stepsPerRun: perRun + ((CYCLES_PER_RUN + HEADS_PER_RUN) * 4) / eta,
    resize: (runs) => splittingRuns({ ...spec, runs }),
    describe: `multilevel splitting of SGD's exit at η = ${eta} (E N ≈ ${formatNumber(spec.expected)}): ${formatCount(spec.runs)} runs of ${SPLITTING_REPLICAS} replicas, ${formatCount(spec.runs * CYCLES_PER_RUN)} cycles, ${formatCount(spec.runs * HEADS_PER_RUN)} heads`,
    async run(dispatch): Promise<SplittingExitData> {
      const cycleJob = (stream: string, particles: number, from: number[] | null) =>
        dispatch.run({
          task: "cycleBlock",
          stream,
          particles,
          blockSize: CYCLES_PER_BLOCK,
          cost: 4 / eta,
          payload: (b) => ({ ...chain, from, particles: b.particles, stream: b.stream }),
        });
      const [split, cycles, heads] = await Promise.all([
        dispatch.run({
          task: "splittingBlock",
          stream: `${spec.stream}|splitting`,
          particles: spec.runs,
          blockSize: RUNS_PER_BLOCK,
          cost: perRun,
          payload: (b) => ({
            ...chain,
            replicas: SPLITTING_REPLICAS,
            maxRounds: MAX_ROUNDS_PER_REPLICA * SPLITTING_REPLICAS,
            particles: b.particles,
            stream: b.stream,
          }),
        }),
        cycleJob(`${spec.stream}|cycles`, spec.runs * CYCLES_PER_RUN, null),
        cycleJob(`${spec.stream}|heads`, spec.runs * HEADS_PER_RUN, c.x0),
      ]);
      const p = new Float64Array(spec.runs);
      let at = 0;
      let steps = 0;
      for (const b of split) {
        p.set(b.p, at);
        at += b.p.length;
        steps += b.steps;
      }
      const sum = (bs: typeof cycles) =>
        bs.reduce(
          (s, b) => ({
            runs: s.runs + b.runs,
            length: s.length + b.length,
            length2: s.length2 + b.length2,
            exits: s.exits + b.exits,
            regeneratedLength: s.regeneratedLength + b.regeneratedLength,
          }),
          { runs: 0, length: 0, length2: 0, exits: 0, regeneratedLength: 0 },
        );
      const cy = sum(cycles);
      const hd = sum(heads);
      return { p, replicas: SPLITTING_REPLICAS, cycles: cy, head: hd, steps: steps + cy.length + hd.length };
    },
  };
}
