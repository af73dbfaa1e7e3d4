import { FieldError } from "../../config/fieldError.ts";
import { readEtaGrid, readNumber, readObject, readStrictObject } from "../../config/readers.ts";
import type { ExitSet } from "../../landscapes/exitSet.ts";
import { exactExitReference } from "../../reference/exit/exitReference.ts";
import { eyringKramersTime } from "../../reference/exit/eyringKramers.ts";
import { finestOrder } from "../../stats/regression.ts";
import { type Experiment, experiment, type Presentation } from "../experiment.ts";
import { exitProblem } from "./exitModel.ts";
import { levelPast } from "./exitSpec.ts";
import { isotropicVariance, type MinimumCase } from "./minimumCase.ts";

/**
 * The continuum limit η·E N_SGD / T_SDE → 1, checked exactly (no sampling) on the 1-D cases: the exit level
 * lies `exitPast` beyond the saddle, where the drift carries the path downhill. Discrete monitoring at the
 * saddle itself would add an O(√η) excess (a path that crosses z between two iterations and comes back is
 * not seen), which decays too slowly to show "→ 1" on any practical grid (THEORY.md M3); past the saddle that
 * excess is an O(√η) fraction of an O(1) crossing time, exponentially small against T, and what is left is the
 * O(η) bias of the Euler rate: order 1.
 */
export interface ContinuumConfig {
  etas: number[];
  exitPast: number;
  orderBand: [number, number];
}

/**
 * Eyring–Kramers in 2-D, checked exactly: T_SDE from the 2-D backward equation against
 * (2π/|λ₋(z)|)·√(|det ∇²f(z)|/det ∇²f(x*))·e^{2Δf/ε²}, the leading term of an expansion in ε²: order 1.
 */
export interface KramersConfig {
  epsilon2: number[];
  orderBand: [number, number];
}

/**
 * An exact order experiment: a deterministic ratio sequence r(h) → 1, and the order p in |r − 1| ∝ h^p from its
 * three finest h against an order band. The references behind r are solved on first use (by the runner's
 * statistic), not while planning.
 */
function exactOrderExperiment(o: {
  name: string;
  quantity: string;
  reference: string;
  orderBand: [number, number];
  why: string;
  h: number[];
  ratios: () => number[];
  notes(ratios: number[]): string[];
  present(ratios: number[]): Presentation;
}): Experiment {
  let solved: number[] | undefined;
  const ratios = () => (solved ??= o.ratios());
  return experiment({
    name: o.name,
    quantity: o.quantity,
    simulations: [],
    reference: o.reference,
    band: {
      predicted: 1,
      lo: o.orderBand[0],
      hi: o.orderBand[1],
      why: `[${o.orderBand.join(", ")}]: ${o.why}`,
    },
    statistic: () => {
      const r = ratios();
      const order = finestOrder(
        o.h,
        r.map((v) => v - 1),
      );
      const finest = Math.min(...o.h);
      return {
        estimate: order.overall,
        se: 0,
        interval: order.interval,
        method: "exact",
        notes: o.notes(r),
        ...(order.settled
          ? {}
          : {
              preAsymptotic: {
                why: `|ratio − 1| does not yet shrink steadily over the three finest points (local orders ${order.local.map((v) => v.toFixed(2)).join(", ")})`,
                settle: `extend the grid below ${finest} (e.g. to ${+(finest / 4).toPrecision(3)})`,
              },
            }),
      };
    },
    present: () => o.present(ratios()),
  });
}

/** Part B (1-D): η·E N_SGD/T_SDE → 1 with the exit past the saddle, exactly; the saddle level for contrast. */
export function continuumLimit(c: MinimumCase, cfg: ContinuumConfig): Experiment {
  const sign = c.exitSet.kind === "half-space" && c.exitSet.normal[0]! < 0 ? -1 : 1;
  const z = c.saddle[0]!;
  const past = z + sign * cfg.exitPast;
  const etas = cfg.etas;
  const levelSet = (level: number): ExitSet => ({ kind: "half-space", normal: [sign], offset: sign * level });
  const ratio = (level: number) => {
    const problem = exitProblem(c, c.saddle, levelSet(level));
    const chain = exactExitReference(problem, "sgd");
    const sde = exactExitReference(problem, "sme1");
    return etas.map((eta) => chain.meanIterations(eta) / sde.meanIterations(eta));
  };
  let saddle: number[] | undefined;
  const atSaddle = () => (saddle ??= ratio(z));
  return exactOrderExperiment({
    name: `M3 continuum limit η·E N / T_SDE → 1 [${c.name}, exit ${cfg.exitPast} past z]`,
    quantity: "order p in |1 − η·E N/T_SDE| ∝ η^p (three finest η)",
    reference: "exact discrete chain of SGD against the exact SME-1 mean first-passage time (quadrature)",
    orderBand: cfg.orderBand,
    why: 'first order (the Euler bias of the escape rate); any p > 0 means "→ 1", and the band also rules out the O(√η) monitoring excess',
    h: etas,
    ratios: () => ratio(past),
    notes: (ratios) => [
      `ratios past the saddle ${ratios.map((r) => r.toFixed(4)).join(", ")} at η = ${etas.join(", ")}`,
      `at the saddle level: ${atSaddle()
        .map((r) => r.toFixed(3))
        .join(", ")} (the O(√η) excess of discrete monitoring)`,
    ],
    present: (ratios) => ({
      measurements: etas.map((eta, k) => ({
        case: `${c.name} (continuum limit, exact)`,
        eta,
        n: 0,
        estimate: ratios[k]!,
        se: 0,
        "exit level": past,
        "η·E N / T_SDE (past the saddle)": ratios[k]!,
        "η·E N / T_SDE (at the saddle)": atSaddle()[k]!,
      })),
      predictions: { [`${c.key}: order of η·E N/T_SDE → 1`]: 1 },
      plots: [
        {
          panel: {
            title: `${c.name}: continuum limit (exact)`,
            xLabel: "step size η",
            yLabel: "η·E N_SGD / T_SDE",
            xScale: "log",
            yScale: "linear",
          },
          series: [
            { name: `exit ${cfg.exitPast} past the saddle`, mark: "line", x: etas, y: ratios },
            { name: "exit at the saddle", mark: "line", x: etas, y: atSaddle() },
            { name: "limit 1", mark: "line", x: [Math.min(...etas), Math.max(...etas)], y: [1, 1] },
          ],
        },
      ],
    }),
  });
}

/** Part C (2-D): T_SDE / Eyring–Kramers → 1 as ε² → 0, exactly, with the gap of order ε². */
export function kramersLimit(c: MinimumCase, cfg: KramersConfig): Experiment {
  const target = c.exitPast > 0 ? "other-well" : "saddle";
  const sigma2 = isotropicVariance(c, "");
  const eps = cfg.epsilon2;
  const ratios = () => {
    const sde = exactExitReference(exitProblem(c, c.saddle), "sme1");
    return eps.map((e2) => {
      const eta = e2 / sigma2;
      const kramers = eyringKramersTime({
        hessianAtMinimum: c.hessianMin,
        hessianAtSaddle: c.hessianSaddle,
        barrier: c.barrier,
        epsilon2: e2,
        target,
      });
      return (sde.meanIterations(eta) * eta) / kramers;
    });
  };
  return exactOrderExperiment({
    name: `M3 Eyring–Kramers ratio → 1 in 2-D [${c.name}]`,
    quantity: "order p in |T_SDE/EK − 1| ∝ (ε²)^p (three finest ε²)",
    reference: "the 2-D backward equation (exact SME-1 time) against the Eyring–Kramers formula",
    orderBand: cfg.orderBand,
    why: "Eyring–Kramers is the leading term of an expansion in ε², so the ratio approaches 1 at first order in ε²",
    h: eps,
    ratios,
    notes: (r) => [
      `T_SDE/EK = ${r.map((v) => v.toFixed(4)).join(", ")} at ε² = ${eps.join(", ")} (target: ${target})`,
    ],
    present: (r) => ({
      measurements: eps.map((e2, k) => ({
        case: `${c.name} (Eyring–Kramers, exact)`,
        eta: e2 / sigma2,
        n: 0,
        estimate: r[k]!,
        se: 0,
        "ε²": e2,
        "T_SDE / EK": r[k]!,
      })),
      predictions: { [`${c.key}: order of T/EK − 1 in ε²`]: 1 },
      plots: [
        {
          panel: {
            title: `${c.name}: Eyring–Kramers (exact)`,
            xLabel: "ε² = ησ²",
            yLabel: "T_SDE / Eyring–Kramers",
            xScale: "log",
            yScale: "linear",
          },
          series: [
            { name: "2-D backward equation / EK", mark: "line", x: eps, y: r },
            { name: "limit 1", mark: "line", x: [Math.min(...eps), Math.max(...eps)], y: [1, 1] },
          ],
        },
      ],
    }),
  });
}

function readOrderBand(raw: unknown, path: string): [number, number] {
  if (!Array.isArray(raw) || raw.length !== 2) throw new FieldError(path, "expected [low, high]");
  const lo = readNumber(raw[0], `${path}[0]`, { min: 0 });
  const hi = readNumber(raw[1], `${path}[1]`, { min: lo, exclusiveMin: true });
  return [lo, hi];
}

export function readContinuum(raw: unknown, path: string): ContinuumConfig {
  const o = readStrictObject(readObject(raw, path), path, ["etas", "exit", "orderBand"]);
  const etas = readEtaGrid(o.etas, `${path}.etas`, 3);
  const exitPast = levelPast(o.exit, `${path}.exit`, "the continuum limit is taken past the saddle");
  return { etas, exitPast, orderBand: readOrderBand(o.orderBand, `${path}.orderBand`) };
}

export function readKramers(raw: unknown, path: string): KramersConfig {
  const o = readStrictObject(readObject(raw, path), path, ["epsilon2", "orderBand"]);
  return {
    epsilon2: readEtaGrid(o.epsilon2, `${path}.epsilon2`, 3),
    orderBand: readOrderBand(o.orderBand, `${path}.orderBand`),
  };
}
