import { FieldError, formatNumber } from "../../config/fieldError.ts";
import { readNumber } from "../../config/readers.ts";
import { exactExitReferenceOrNull } from "../../reference/exit/exitReference.ts";
import { eyringKramersTime } from "../../reference/exit/eyringKramers.ts";
import { exitProblem } from "./exitModel.ts";
import type { MinimumCase } from "./minimumCase.ts";

/**
 * Eyring–Kramers mean iteration count (reference/exit), used to size horizons and to sanity-check configs before
 * simulating: the SDE time to reach z (the other well when the exit level lies past z), divided by η. Isotropic
 * σ² is taken as the mean eigenvalue of Σ at z, which is all a horizon needs.
 */
export function kramersIterations(c: MinimumCase, eta: number): number {
  const d = c.landscape.dim;
  const Sz = c.noise.covariance(c.saddle, new Float64Array(d * d));
  let trace = 0;
  for (let i = 0; i < d; i++) trace += Sz[i * d + i]!;
  const time = eyringKramersTime({
    hessianAtMinimum: c.hessianMin,
    hessianAtSaddle: c.hessianSaddle,
    barrier: c.barrier,
    epsilon2: (eta * trace) / d,
    target: c.exitPast > 0 ? "other-well" : "saddle",
  });
  return time / eta;
}

/**
 * The iteration count horizons are sized from: the exact reference of the case where one applies (SGD's own
 * chain first, then its diffusion's quadrature: exact 1-D values also cover state-dependent noise, where
 * Kramers with one σ² is off by e^{|V − 2Δf/Σ(z)|/η}), Eyring–Kramers otherwise. Kramers is a Gaussian
 * asymptotic, so a heavy-tailed noise (declared tail index) gets no size from it: its configs state a horizon.
 */
export function expectedIterations(c: MinimumCase, eta: number): number {
  let byEta = memo.get(c);
  if (!byEta) memo.set(c, (byEta = new Map()));
  let n = byEta.get(eta);
  if (n === undefined) byEta.set(eta, (n = computeExpectedIterations(c, eta)));
  return n;
}

// Validation, planning and the report all ask for the same values: solve each (case, η) once.
const memo = new WeakMap<MinimumCase, Map<number, number>>();

function computeExpectedIterations(c: MinimumCase, eta: number): number {
  const kramers = kramersIterations(c, eta);
  // Far beyond anything simulable the exact solves are pointless (and slow at tiny η): Kramers decides the
  // error — for Gaussian noise, whose asymptotics it is (batch noise shaped like the Hessian is far from it).
  if (c.noise.properties.gaussian && (!Number.isFinite(kramers) || kramers > 1e13)) return kramers;
  const problem = exitProblem(c, c.saddle);
  const exact = exactExitReferenceOrNull(problem, "sgd") ?? exactExitReferenceOrNull(problem, "sme1");
  if (exact) return exact.meanIterations(eta);
  if (c.noise.properties.tailIndex !== undefined)
    throw new FieldError(
      "horizon",
      `no exact reference sizes the runs under heavy-tailed noise (tail index ${c.noise.properties.tailIndex}); give the horizon in iterations`,
    );
  return kramers;
}

/**
 * How long runs last: `horizon` iterations for every η when a config gives it, else `horizonMultiple` (default
 * 30) times the expected count, which leaves censoring at the e^{−30} level.
 */
export interface HorizonRule {
  absolute?: number;
  multiple: number;
}

export function readHorizonRule(cfg: Record<string, unknown>, path: string): HorizonRule {
  const p = (k: string) => (path ? `${path}.${k}` : k);
  const multiple =
    cfg.horizonMultiple === undefined
      ? 30
      : readNumber(cfg.horizonMultiple, p("horizonMultiple"), { min: 1 });
  if (cfg.horizon === undefined) return { multiple };
  return { multiple, absolute: readNumber(cfg.horizon, p("horizon"), { min: 1, integer: true }) };
}

/**
 * Horizon in iterations for one η, and the bad-input check "a horizon too short to see any exit": if fewer
 * than 10 of the runs are expected to exit (exponential law with the expected mean), no estimate is possible.
 */
export function horizonFor(
  c: MinimumCase,
  eta: number,
  rule: HorizonRule,
  particles: number,
  field: string,
): number {
  const predicted = expectedIterations(c, eta);
  if (!Number.isFinite(predicted) || predicted * rule.multiple > 2 ** 52)
    throw new FieldError(
      field,
      `η = ${formatNumber(eta)} needs ≈ ${formatNumber(predicted)} iterations per exit; too many to simulate`,
    );
  const horizon = rule.absolute ?? Math.max(100, Math.ceil(rule.multiple * predicted));
  const expectedExits = particles * -Math.expm1(-horizon / predicted);
  if (expectedExits < 10)
    throw new FieldError(
      field,
      `too short to see any exit: ${horizon} iterations against a predicted E N ≈ ${formatNumber(predicted)} at η = ${formatNumber(eta)} (about ${formatNumber(expectedExits)} exits expected of ${particles} runs)`,
    );
  return horizon;
}
