import { FieldError } from "../../config/fieldError.ts";
import { readPositiveInteger, readStrictObject } from "../../config/readers.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../runSize.ts";
import { type HorizonRule, horizonFor, readHorizonRule } from "./horizon.ts";
import { MINIMUM_CASE_KEYS, type MinimumCase, readMinimumCases } from "./minimumCase.ts";
import { checkSplittingCase } from "./splittingRuns.ts";

/**
 * The config every minimizer-escape claim shares: runs per point (`particles`, `blockSize`), how long runs last
 * (`horizon` or `horizonMultiple`), and the keyed `cases` (or one user case at the top level). `extra` names the
 * claim's own fields, returned unread in `rest`. Every point's horizon is validated before anything runs.
 */
export interface MinimumClaimConfig extends RunSize {
  horizon: HorizonRule;
  cases: MinimumCase[];
  /** Splitting runs per rare-event point (claims that take `splittingEtas`; 0 otherwise). */
  splittingRuns: number;
}

/** Fewest splitting runs a rare-event point may have: its interval's t quantile and SE need a real sample. */
const MIN_SPLITTING_RUNS = 20;

export function readMinimumClaimConfig(
  raw: unknown,
  path: string,
  opts: {
    extra: readonly string[];
    minEtas?: number;
    checkCase?: (c: MinimumCase) => void;
    /** The claim takes rare-event points: `splittingEtas` per case and `splittingRuns`. */
    splitting?: boolean;
  },
): MinimumClaimConfig & { rest: Record<string, unknown> } {
  const cfg = readStrictObject(raw, path, [
    "particles",
    "blockSize",
    "horizon",
    "horizonMultiple",
    "cases",
    ...opts.extra,
    ...MINIMUM_CASE_KEYS,
    ...(opts.splitting ? ["splittingRuns", "splittingEtas"] : []),
  ]);
  const { particles, blockSize } = readRunSize(cfg, path);
  const horizon = readHorizonRule(cfg, path);
  const cases = readMinimumCases(cfg, path, opts.minEtas ?? 3, opts.splitting ?? false);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const splittingRuns =
    opts.splitting && cfg.splittingRuns !== undefined
      ? readPositiveInteger(cfg.splittingRuns, p("splittingRuns"))
      : 0;
  if (opts.splitting && cfg.splittingRuns !== undefined && splittingRuns < MIN_SPLITTING_RUNS)
    throw new FieldError(
      p("splittingRuns"),
      `needs at least ${MIN_SPLITTING_RUNS} splitting runs per point for an interval, got ${splittingRuns}`,
    );
  for (const c of cases) {
    opts.checkCase?.(c);
    for (const eta of c.etas) horizonFor(c, eta, horizon, particles, p("horizon"));
    if (c.splittingEtas.length) {
      checkSplittingCase(c, c.path);
      if (!splittingRuns)
        throw new FieldError(p("splittingRuns"), `is needed: ${c.path || "the case"} has splittingEtas`);
    }
  }
  return { particles, blockSize, horizon, cases, splittingRuns, rest: cfg };
}

/** The Arrhenius claims (M1, M5): the shared config and a relative band around the exponent. */
export interface ArrheniusConfig extends MinimumClaimConfig {
  relativeBand: number;
}

export function readArrheniusConfig(
  raw: unknown,
  path: string,
  checkCase: (c: MinimumCase) => void,
  splitting = false,
): ArrheniusConfig {
  const { rest, ...config } = readMinimumClaimConfig(raw, path, {
    extra: ["relativeBand"],
    checkCase,
    splitting,
  });
  const relativeBand = readRelativeBand(rest.relativeBand, path ? `${path}.relativeBand` : "relativeBand");
  return { ...config, relativeBand };
}
