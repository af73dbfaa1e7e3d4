import { FieldError } from "../../config/fieldError.ts";
import { readEtaGrid, readNumber, readObject, readStrictObject } from "../../config/readers.ts";
import { discreteExitChain } from "../../reference/exit/discreteExitChain.ts";
import { eyringKramersTime } from "../../reference/exit/eyringKramers.ts";
import { meanFirstPassageTime } from "../../reference/exit/mfpt.ts";
import { densityWall, meanFirstPassageTime2d } from "../../reference/exit/mfpt2d.ts";
import type { Measurement, PlotSpec } from "../../report/schema.ts";
import { makeAssertion } from "../../stats/decision.ts";
import type { AssertionResult } from "../../stats/types.ts";
import type { ClaimDefinition } from "../claim.ts";
import { runCaseExits } from "../exit/exitCase.ts";
import { meanExitTime } from "../exit/meanExit.ts";
import { type RunSize, readRelativeBand, readRunSize } from "../exit/runConfig.ts";
import { exactChainMean } from "./exactChain.ts";
import { type HorizonRule, horizonFor, readHorizonRule } from "./horizon.ts";
import { isotropicVariance, MINIMUM_CASE_KEYS, type MinimumCase, readMinimumCases } from "./minimumCase.ts";

/**
 * The continuum limit η·E N_SGD / T_SDE → 1, checked exactly (no sampling) on the 1-D cases: the exit level
 * lies `exitPast` beyond the saddle, where the drift carries the path downhill. Discrete monitoring at the
 * saddle itself would add an O(√η) excess (a path that crosses z between two iterations and comes back is
 * not seen), which decays too slowly to show "→ 1" on any practical grid (THEORY.md M3); past the saddle that
 * excess is an O(√η) fraction of an O(1) crossing time, exponentially small against T, and what is left is the
 * O(η) bias of the Euler rate: order 1.
 */
interface ContinuumConfig {
  etas: number[];
  exitPast: number;
  /** The order band for |1 − η·E N/T| ∝ η^p. */
  orderBand: [number, number];
}

/**
 * Eyring–Kramers in 2-D, checked exactly: T_SDE from the 2-D backward equation (reference/exit/mfpt2d.ts, a
 * reversible finite-volume scheme, ~3e-5 relative) against (2π/|λ₋(z)|)·√(|det ∇²f(z)|/det ∇²f(x*))·e^{2Δf/ε²}.
 * The formula is the leading term of an expansion in ε², so T/EK − 1 = O(ε²): order 1 in ε².
 */
interface KramersConfig {
  epsilon2: number[];
  orderBand: [number, number];
}

interface M3Config extends RunSize {
  horizon: HorizonRule;
  relativeBand: number;
  cases: MinimumCase[];
  /** Absent (or null in a config): no exact-limit assertions, only Monte Carlo against the exact references. */
  continuum?: ContinuumConfig;
  kramers?: KramersConfig;
}

function readOrderBand(raw: unknown, path: string): [number, number] {
  if (!Array.isArray(raw) || raw.length !== 2) throw new FieldError(path, "expected [low, high]");
  const lo = readNumber(raw[0], `${path}[0]`, { min: 0 });
  const hi = readNumber(raw[1], `${path}[1]`, { min: lo, exclusiveMin: true });
  return [lo, hi];
}

function readKramers(raw: unknown, path: string): KramersConfig {
  const o = readStrictObject(readObject(raw, path), path, ["epsilon2", "orderBand"]);
  return {
    epsilon2: readEtaGrid(o.epsilon2, `${path}.epsilon2`, 3),
    orderBand: readOrderBand(o.orderBand, `${path}.orderBand`),
  };
}

/**
 * The 2-D SDE exit time to the case's exit line x₁ = level (normal ±e₁), in coordinates mirrored so that the
 * exit lies to the right. Walls: where the quasi-stationary density is e^{−30} below the valley floor, behind x*
 * and across the valley at x* and at z (wherever the valley is widest).
 */
function sdeTime2d(c: MinimumCase, epsilon2: number): number {
  if (c.exitSet.kind !== "half-space") throw new Error("M3: 2-D exit sets are half-planes");
  const sign = c.exitSet.normal[0]! > 0 ? 1 : -1;
  const level = c.exitSet.offset / c.exitSet.normal[0]!;
  const pot = (x: number, y: number) => c.landscape.value([sign * x, y]);
  const [x0, y0] = [sign * c.x0[0]!, c.x0[1]!];
  const zx = sign * c.saddle[0]!;
  const wall = (profile: (t: number) => number) => densityWall({ profile, epsilon2 });
  const across = (dir: number) => Math.max(...[x0, zx].map((xq) => wall((t) => pot(xq, y0 + dir * t))));
  return meanFirstPassageTime2d({
    potential: pot,
    epsilon2,
    box: {
      xLow: x0 - wall((t) => pot(x0 - t, y0)),
      xExit: sign * level,
      yLow: y0 - across(-1),
      yHigh: y0 + across(1),
    },
    start: [x0, y0],
  }).time;
}

/** Order p of gap ∝ h^p over the three finest h: the fit through the ends, with both local slopes as its range. */
function finestOrder(h: readonly number[], gap: readonly number[]) {
  const pts = h.map((v, k) => ({ h: v, gap: Math.abs(gap[k]!) })).sort((a, b) => b.h - a.h);
  const fine = pts.slice(-3);
  const local = fine.slice(1).map((q, k) => Math.log(fine[k]!.gap / q.gap) / Math.log(fine[k]!.h / q.h));
  const overall = Math.log(fine[0]!.gap / fine[2]!.gap) / Math.log(fine[0]!.h / fine[2]!.h);
  return {
    overall,
    interval: [Math.min(overall, ...local), Math.max(overall, ...local)] as [number, number],
  };
}

function readContinuum(raw: unknown, path: string): ContinuumConfig {
  const o = readStrictObject(readObject(raw, path), path, ["etas", "exitPast", "orderBand"]);
  const etas = readEtaGrid(o.etas, `${path}.etas`, 3);
  const exitPast = readNumber(o.exitPast, `${path}.exitPast`, { min: 0, exclusiveMin: true });
  return { etas, exitPast, orderBand: readOrderBand(o.orderBand, `${path}.orderBand`) };
}

/** T_SDE from x* to the level z + past (1-D SME-1: drift −f', diffusion² ηΣ(x)), reflecting far behind x*. */
function sdeTime(c: MinimumCase, eta: number, level: number, sign: number): number {
  const g = new Float64Array(1);
  const s = new Float64Array(1);
  const x0 = c.x0[0]!;
  // The reflecting wall sits where the quasi-stationary density is negligible: 4 units behind x* covers every
  // 1-D config of this suite (V grows quartically there); the 1-D reference integrates in log space.
  const far = x0 - 4 * sign;
  return meanFirstPassageTime({
    drift: (x) => -c.landscape.gradient([x], g)[0]!,
    diffusion2: (x) => eta * c.noise.covariance([x], s)[0]!,
    lower: Math.min(far, level),
    upper: Math.max(far, level),
    start: x0,
    absorbing: sign > 0 ? "upper" : "lower",
  }).value;
}

function chainPast(c: MinimumCase, eta: number, level: number, sign: number): number {
  const g = new Float64Array(1);
  const s = new Float64Array(1);
  return discreteExitChain({
    gradient: (x) => c.landscape.gradient([x], g)[0]!,
    noiseStd: (x) => c.noise.factor([x], s)[0]!,
    eta,
    start: c.x0[0]!,
    ...(sign > 0 ? { upper: level } : { lower: level }),
  }).mean;
}

export const M3: ClaimDefinition<M3Config> = {
  id: "M3",
  title: "Exit counts agree with exact theory: the discrete chain at each η, the SDE as η → 0",
  statement:
    "SGD's mean exit iteration count from a minimizer equals the exact value of its own Markov chain, the " +
    "solution of (I − P)T = 1 for the one-step kernel P, at every η; and in continuous time η·E N_SGD / T_SDE → 1 " +
    "as η → 0 when the exit level lies past the saddle, T_SDE the exact mean first-passage time of SME-1.",
  source:
    "Hu–Li–Li–Liu (arXiv 1705.07562) §4 (SGD ≈ SDE for exit problems); the exact references of THEORY.md M3 " +
    "(discrete chain by Nyström, SDE by the double-integral formula in log space).",
  family: "minimizer",
  parseConfig(raw, path) {
    const cfg = readStrictObject(raw, path, [
      "particles",
      "blockSize",
      "horizon",
      "horizonMultiple",
      "relativeBand",
      "continuum",
      "kramers",
      "cases",
      ...MINIMUM_CASE_KEYS,
    ]);
    const p = (k: string) => (path ? `${path}.${k}` : k);
    const { particles, blockSize } = readRunSize(cfg, path);
    const relativeBand = readRelativeBand(cfg.relativeBand, p("relativeBand"));
    const horizon = readHorizonRule(cfg, path);
    const continuum = cfg.continuum == null ? undefined : readContinuum(cfg.continuum, p("continuum"));
    const kramers = cfg.kramers == null ? undefined : readKramers(cfg.kramers, p("kramers"));
    const cases = readMinimumCases(cfg, path, 1);
    for (const c of cases) {
      const at = (k: string) => (c.path ? `${c.path}.${k}` : k);
      if (c.landscape.dim > 2)
        throw new FieldError(
          at("landscape"),
          `has dimension ${c.landscape.dim}; M3's exact references are 1-D (chain) and 2-D (backward equation)`,
        );
      if (c.landscape.dim === 2) {
        isotropicVariance(c, c.path);
        if (c.exitSet.kind !== "half-space" || c.exitSet.normal[1] !== 0)
          throw new FieldError(
            at("exitSet"),
            "in 2-D the exact reference needs an exit line x₁ = const (the saddle's unstable direction along x₁)",
          );
      } else if (c.exitSet.kind !== "half-space")
        throw new FieldError(at("exitSet"), "in 1-D the exit is through a level (a half-line)");
      for (const eta of c.etas) horizonFor(c, eta, horizon, particles, p("horizon"));
    }
    return {
      particles,
      blockSize,
      horizon,
      relativeBand,
      cases,
      ...(continuum ? { continuum } : {}),
      ...(kramers ? { kramers } : {}),
    };
  },
  assertionCount: (c) =>
    c.cases.reduce(
      (s, k) => s + k.etas.length + ((k.landscape.dim === 1 ? c.continuum : c.kramers) ? 1 : 0),
      0,
    ),
  async run(config, ctx) {
    const measurements: Measurement[] = [];
    const assertions: AssertionResult[] = [];
    const plots: PlotSpec[] = [];
    const predictions: Record<string, number> = {};
    const alpha = ctx.alphaPerAssertion;
    const total = config.cases.reduce((s, k) => s + k.etas.length, 0);
    let done = 0;
    for (const c of config.cases) {
      const oneD = c.landscape.dim === 1;
      const sigma2 = oneD ? Number.NaN : isotropicVariance(c, "");
      const mc: number[] = [];
      const exact: number[] = [];
      const lo: number[] = [];
      const hi: number[] = [];
      for (const [j, eta] of c.etas.entries()) {
        // 1-D: the exact mean of this very chain. 2-D: the SDE's exact time over η (SGD ≈ SME-1 at small η).
        const reference = oneD ? exactChainMean(c, eta)! : sdeTime2d(c, eta * sigma2) / eta;
        const sample = await runCaseExits(ctx.pool, c, config, {
          eta,
          horizon: horizonFor(c, eta, config.horizon, config.particles, "horizon"),
          stream: `${ctx.seed}/M3/${c.key}/${j}`,
        });
        const est = meanExitTime(sample, alpha);
        mc.push(est.mean);
        exact.push(reference);
        lo.push(est.interval[0]);
        hi.push(est.interval[1]);
        const inside = reference >= est.interval[0] && reference <= est.interval[1];
        const refName = oneD ? "exact chain E N" : "T_SDE/η (2-D exact)";
        measurements.push({
          eta,
          n: est.runs,
          censored: est.censored,
          estimate: est.mean,
          se: est.se,
          case: c.name,
          lo: est.interval[0],
          hi: est.interval[1],
          [refName]: reference,
          "Ê N / reference": est.mean / reference,
          "reference ∈ MC interval": inside,
          horizon: sample.horizon,
          estimator: est.method,
        });
        assertions.push(
          makeAssertion({
            name: oneD
              ? `M3 simulated E N vs the exact chain [${c.name}, η = ${eta}]`
              : `M3 simulated E N vs the 2-D SDE exit time [${c.name}, η = ${eta}, ε² = ${+(eta * sigma2).toPrecision(6)}]`,
            quantity: oneD ? "Ê N / E N (exact discrete chain)" : "η·Ê N / T_SDE (2-D backward equation)",
            estimate: est.mean / reference,
            se: est.se / reference,
            interval: [est.interval[0] / reference, est.interval[1] / reference],
            predicted: 1,
            band: [1 - config.relativeBand, 1 + config.relativeBand],
            bandWhy: oneD
              ? `±${Math.round(config.relativeBand * 100)}%: the chain is this process's exact mean (grid error < 1e-8 relative), so the band is only the equivalence margin, several times finer than the O(√η) saddle-monitoring excess (+9–16%) that separates SGD from its SDE`
              : `±${Math.round(config.relativeBand * 100)}%: at ε² fixed and η this small SGD's own bias is O(η) (the 1-D analogue's exact η·E N/T is within 1.4% of 1 at η ≤ 0.04, ε² ∈ [0.05, 0.2]); the 2-D reference is good to ~1e-4`,
            alpha,
            method: "monte-carlo",
            notes: [`reference ${inside ? "inside" : "outside"} the (1 − α) interval of Ê N`],
          }),
        );
        ctx.progress(++done / total);
      }
      plots.push({
        title: c.name,
        xLabel: "step size η",
        yLabel: "E N (iterations)",
        xScale: "log",
        yScale: "log",
        series: [
          { name: "SGD (Monte Carlo)", mark: "points", x: c.etas, y: mc, yLo: lo, yHi: hi },
          { name: oneD ? "exact discrete chain" : "T_SDE/η (2-D exact)", mark: "line", x: c.etas, y: exact },
        ],
      });
      if (oneD && config.continuum)
        continuumLimit(c, config.continuum, alpha, measurements, assertions, plots, predictions);
      if (!oneD && config.kramers)
        kramersLimit(c, config.kramers, alpha, measurements, assertions, plots, predictions);
    }
    return {
      predictions,
      measurements,
      assertions,
      plots,
      notes: [
        "Simulated exits are checked at integer iterations; the exact chain has the same semantics (N = first k ≥ 1 past the level).",
        "The limits are exact on both sides: chain by Nyström on Gauss–Legendre panels, 1-D SDE by the log-space double integral, 2-D SDE by a reversible finite-volume backward equation with Richardson extrapolation.",
      ],
    };
  },
};

/** Part B (1-D): η·E N_SGD/T_SDE → 1 with the exit past the saddle, exactly; the saddle level for contrast. */
function continuumLimit(
  c: MinimumCase,
  cfg: ContinuumConfig,
  alpha: number,
  measurements: Measurement[],
  assertions: AssertionResult[],
  plots: PlotSpec[],
  predictions: Record<string, number>,
): void {
  const sign = c.exitSet.kind === "half-space" && c.exitSet.normal[0]! < 0 ? -1 : 1;
  const z = c.saddle[0]!;
  const past = z + sign * cfg.exitPast;
  const etas = cfg.etas;
  const ratios = etas.map((eta) => (eta * chainPast(c, eta, past, sign)) / sdeTime(c, eta, past, sign));
  const atSaddle = etas.map((eta) => (eta * chainPast(c, eta, z, sign)) / sdeTime(c, eta, z, sign));
  for (const [k, eta] of etas.entries())
    measurements.push({
      case: `${c.name} (continuum limit, exact)`,
      eta,
      n: 0,
      estimate: ratios[k]!,
      se: 0,
      "exit level": past,
      "η·E N / T_SDE (past the saddle)": ratios[k]!,
      "η·E N / T_SDE (at the saddle)": atSaddle[k]!,
    });
  const order = finestOrder(
    etas,
    ratios.map((r) => 1 - r),
  );
  predictions[`${c.key}: order of η·E N/T_SDE → 1`] = 1;
  assertions.push(
    makeAssertion({
      name: `M3 continuum limit η·E N / T_SDE → 1 [${c.name}, exit ${cfg.exitPast} past z]`,
      quantity: "order p in |1 − η·E N/T_SDE| ∝ η^p (three finest η)",
      estimate: order.overall,
      se: 0,
      interval: order.interval,
      predicted: 1,
      band: cfg.orderBand,
      bandWhy: `[${cfg.orderBand.join(", ")}]: first order (the Euler bias of the escape rate); any p > 0 means "→ 1", and the band also rules out the O(√η) monitoring excess`,
      alpha,
      method: "exact",
      notes: [
        `ratios past the saddle ${ratios.map((r) => r.toFixed(4)).join(", ")} at η = ${etas.join(", ")}`,
        `at the saddle level: ${atSaddle.map((r) => r.toFixed(3)).join(", ")} (the O(√η) excess of discrete monitoring)`,
      ],
    }),
  );
  plots.push({
    title: `${c.name}: continuum limit (exact)`,
    xLabel: "step size η",
    yLabel: "η·E N_SGD / T_SDE",
    xScale: "log",
    yScale: "linear",
    series: [
      { name: `exit ${cfg.exitPast} past the saddle`, mark: "line", x: etas, y: ratios },
      { name: "exit at the saddle", mark: "line", x: etas, y: atSaddle },
      { name: "limit 1", mark: "line", x: [Math.min(...etas), Math.max(...etas)], y: [1, 1] },
    ],
  });
}

/** Part C (2-D): T_SDE / Eyring–Kramers → 1 as ε² → 0, exactly, with the gap of order ε². */
function kramersLimit(
  c: MinimumCase,
  cfg: KramersConfig,
  alpha: number,
  measurements: Measurement[],
  assertions: AssertionResult[],
  plots: PlotSpec[],
  predictions: Record<string, number>,
): void {
  const target = c.exitPast > 0 ? "other-well" : "saddle";
  const eps = cfg.epsilon2;
  const ratios = eps.map(
    (e2) =>
      sdeTime2d(c, e2) /
      eyringKramersTime({
        hessianAtMinimum: c.hessianMin,
        hessianAtSaddle: c.hessianSaddle,
        barrier: c.barrier,
        epsilon2: e2,
        target,
      }),
  );
  for (const [k, e2] of eps.entries())
    measurements.push({
      case: `${c.name} (Eyring–Kramers, exact)`,
      eta: e2 / isotropicVariance(c, ""),
      n: 0,
      estimate: ratios[k]!,
      se: 0,
      "ε²": e2,
      "T_SDE / EK": ratios[k]!,
    });
  const order = finestOrder(
    eps,
    ratios.map((r) => r - 1),
  );
  predictions[`${c.key}: order of T/EK − 1 in ε²`] = 1;
  assertions.push(
    makeAssertion({
      name: `M3 Eyring–Kramers ratio → 1 in 2-D [${c.name}]`,
      quantity: "order p in |T_SDE/EK − 1| ∝ (ε²)^p (three finest ε²)",
      estimate: order.overall,
      se: 0,
      interval: order.interval,
      predicted: 1,
      band: cfg.orderBand,
      bandWhy: `[${cfg.orderBand.join(", ")}]: Eyring–Kramers is the leading term of an expansion in ε², so the ratio approaches 1 at first order in ε²`,
      alpha,
      method: "exact",
      notes: [
        `T_SDE/EK = ${ratios.map((r) => r.toFixed(4)).join(", ")} at ε² = ${eps.join(", ")} (target: ${target})`,
      ],
    }),
  );
  plots.push({
    title: `${c.name}: Eyring–Kramers (exact)`,
    xLabel: "ε² = ησ²",
    yLabel: "T_SDE / Eyring–Kramers",
    xScale: "log",
    yScale: "linear",
    series: [
      { name: "2-D backward equation / EK", mark: "line", x: eps, y: ratios },
      { name: "limit 1", mark: "line", x: [Math.min(...eps), Math.max(...eps)], y: [1, 1] },
    ],
  });
}
