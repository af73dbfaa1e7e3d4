import { FieldError } from "../../config/fieldError.ts";
import { readNumber, readObject, readPositiveInteger, readStrictObject } from "../../config/readers.ts";
import { readBatches } from "../exit/batchCase.ts";
import { DEFAULT_BLOCK_SIZE } from "../exit/exitRuns.ts";
import { levelPast } from "../exit/exitSpec.ts";
import { readRelativeBand } from "../runSize.ts";
import { type NoiseKind, readSharpFlat, type SharpFlatProblem } from "./sharpFlat.ts";

/** Claim B4's config: the sharp/flat problem, the batch grid, runs per noise kind and the bands. */
export interface SharpFlatEscapeConfig {
  dataset: string;
  problem: SharpFlatProblem;
  eta: number;
  batches: number[];
  sigma1Squared: number;
  exitPast: number;
  particles: Record<NoiseKind, number>;
  /** Runs from the sharp minimum per run from the flat one: its exits are ~10× cheaper, so more of them cut
   *  Var ln R = 1/n_flat + 1/n_sharp towards 1/n_flat at little cost. */
  sharpMultiple: number;
  blockSize: number;
  horizonMultiple: number;
  ratioBand: Record<NoiseKind, number>;
  slopeBand: number;
}

function readPerKind(
  raw: unknown,
  path: string,
  read: (v: unknown, f: string) => number,
): Record<NoiseKind, number> {
  const o = readStrictObject(readObject(raw, path), path, ["isotropic", "minibatch"]);
  return {
    isotropic: read(o.isotropic, `${path}.isotropic`),
    minibatch: read(o.minibatch, `${path}.minibatch`),
  };
}

export function readSharpFlatEscape(raw: unknown, path: string): SharpFlatEscapeConfig {
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const cfg = readStrictObject(raw, path, [
    "dataset",
    "eta",
    "batches",
    "sigma1Squared",
    "exit",
    "particles",
    "sharpMultiple",
    "blockSize",
    "horizonMultiple",
    "ratioBand",
    "slopeBand",
  ]);
  const { dataset, problem, eta } = readSharpFlat(cfg, p);
  const batches = readBatches(cfg.batches, p("batches"));
  const last = batches[batches.length - 1]!;
  if (last > problem.n)
    throw new FieldError(p("batches"), `batch ${last} exceeds the dataset's n = ${problem.n}`);
  const particles = readPerKind(cfg.particles, p("particles"), (v, f) => {
    const n = readPositiveInteger(v, f);
    if (n < 100) throw new FieldError(f, `needs at least 100 runs for an interval, got ${n}`);
    return n;
  });
  return {
    dataset,
    problem,
    eta,
    batches,
    sigma1Squared: readNumber(cfg.sigma1Squared, p("sigma1Squared"), { min: 0, exclusiveMin: true }),
    exitPast: levelPast(cfg.exit, p("exit"), "each well is left past the saddle by the exit distance"),
    particles,
    sharpMultiple:
      cfg.sharpMultiple === undefined ? 1 : readPositiveInteger(cfg.sharpMultiple, p("sharpMultiple")),
    blockSize:
      cfg.blockSize === undefined ? DEFAULT_BLOCK_SIZE : readPositiveInteger(cfg.blockSize, p("blockSize")),
    horizonMultiple: readNumber(cfg.horizonMultiple, p("horizonMultiple"), { min: 2 }),
    ratioBand: readPerKind(cfg.ratioBand, p("ratioBand"), readRelativeBand),
    slopeBand: readRelativeBand(cfg.slopeBand, p("slopeBand")),
  };
}
