import { readStrictObject } from "../../config/readers.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../runSize.ts";
import { type HorizonRule, horizonFor, readHorizonRule } from "./horizon.ts";
import { MINIMUM_CASE_KEYS, type MinimumCase, readMinimumCases } from "./minimumCase.ts";

/**
 * The config every minimizer-escape claim shares: runs per point (`particles`, `blockSize`), how long runs last
 * (`horizon` or `horizonMultiple`), and the keyed `cases` (or one user case at the top level). `extra` names the
 * claim's own fields, returned unread in `rest`. Every point's horizon is validated before anything runs.
 */
export interface MinimumClaimConfig extends RunSize {
  horizon: HorizonRule;
  cases: MinimumCase[];
}

export function readMinimumClaimConfig(
  raw: unknown,
  path: string,
  opts: { extra: readonly string[]; minEtas?: number; checkCase?: (c: MinimumCase) => void },
): MinimumClaimConfig & { rest: Record<string, unknown> } {
  const cfg = readStrictObject(raw, path, [
    "particles",
    "blockSize",
    "horizon",
    "horizonMultiple",
    "cases",
    ...opts.extra,
    ...MINIMUM_CASE_KEYS,
  ]);
  const { particles, blockSize } = readRunSize(cfg, path);
  const horizon = readHorizonRule(cfg, path);
  const cases = readMinimumCases(cfg, path, opts.minEtas ?? 3);
  const p = (k: string) => (path ? `${path}.${k}` : k);
  for (const c of cases) {
    opts.checkCase?.(c);
    for (const eta of c.etas) horizonFor(c, eta, horizon, particles, p("horizon"));
  }
  return { particles, blockSize, horizon, cases, rest: cfg };
}

/** The Arrhenius claims (M1, M5): the shared config and a relative band around the exponent. */
export interface ArrheniusConfig extends MinimumClaimConfig {
  relativeBand: number;
}

export function readArrheniusConfig(
  raw: unknown,
  path: string,
  checkCase: (c: MinimumCase) => void,
): ArrheniusConfig {
  const { rest, ...config } = readMinimumClaimConfig(raw, path, { extra: ["relativeBand"], checkCase });
  const relativeBand = readRelativeBand(rest.relativeBand, path ? `${path}.relativeBand` : "relativeBand");
  return { ...config, relativeBand };
}
