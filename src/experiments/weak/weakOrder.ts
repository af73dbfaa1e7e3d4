import { FieldError } from "../../config/fieldError.ts";
import { readBoolean, readEtaGrid, readStrictObject } from "../../config/readers.ts";
import { gridTestFunctionLabel } from "../../reference/grid/index.ts";
import { checkHorizonCap, stepsForHorizon } from "../../reference/quadraticSetting.ts";
import { testFunctionLabel } from "../../reference/testFunction.ts";
import { quadraticWeakErrors } from "../../reference/weakError.ts";
import type { Measurement } from "../../report/schema.ts";
import type { SdeModel } from "../../simulate/sdeSchemes.ts";
import { orderFit } from "../../stats/regression.ts";
import { type Experiment, experiment, type PlotPart } from "../experiment.ts";
import { explainOrder, orderBand, orderEstimate, orderPanel } from "../order.ts";
import { fitCoupledErrors } from "./coupledWeakErrors.ts";
import { type AgreementCase, agreementExperiments, readAgreementCases } from "./exactAgreement.ts";
import { type GridCase, gridCaseSweep, readGridCases } from "./gridCase.ts";
import { caseCoupledRuns, type MonteCarloCase, readMonteCarloCases } from "./monteCarloCase.ts";
import { checkStable, hasUserCase, type QuadraticCase, readCases } from "./quadraticCase.ts";
import { type RotatedGridCase, readRotatedGridCases, rotatedCaseSweep } from "./rotatedGridCase.ts";

/**
 * The weak-order experiments of W1 (SME-1, order 1) and W2 (SME-2, order 2): the slope of
 * log sup_k |E φ(x_k) − E φ(X_kη)| on log η, per case and test function, from
 *   - quadratic cases: Gaussian laws with closed-form moments (reference/weakError.ts), exact;
 *   - nonlinear 1-D cases: the master equation of SGD and the backward semigroup of the SDEs on a Chebyshev
 *     grid (reference/grid), with a refinement solve at every η whose difference bounds the grid error
 *     (asserted ≤ 1% of the weak errors in the fit), exact;
 *   - 2-D polynomials separable in a rotated frame: the same grids, factorized over the components, exact;
 *   - d-D nonlinear cases: coupled Monte Carlo (SGD and the SDE on common increments), with SEs;
 *   - agreement cases: the same coupled Monte Carlo on a quadratic, whose errors must match the exact ones —
 *     the error's constant, which catches a mis-scaled noise or step that leaves every order intact.
 * The other models' errors are drawn as control curves (gradient flow is also order 1: W1 alone cannot tell the
 * SDE from the ODE).
 */
export interface WeakOrderConfig {
  etas: number[];
  cases: QuadraticCase[];
  gridCases: GridCase[];
  monteCarloCases: MonteCarloCase[];
  /** Quadratic cases where the coupled Monte Carlo must reproduce the exact error (its constant, not only order). */
  agreementCases: AgreementCase[];
  rotatedGridCases: RotatedGridCase[];
}

type Model = "sme1" | "sme2" | "gf";
const MODEL_NAMES: Record<Model, string> = { sme1: "SME-1", sme2: "SME-2", gf: "gradient flow" };

export interface WeakOrderClaim {
  id: string;
  model: "sme1" | "sme2";
  predicted: number;
  controls: Model[];
}

/** Grid error must stay below this fraction of every weak error used in a fit. */
export const GRID_ERROR_FRACTION = 0.01;

export function parseWeakOrderConfig(raw: unknown, path: string): WeakOrderConfig {
  const cfg = readStrictObject(raw, path, [
    "etas",
    "cases",
    "gridCases",
    "monteCarloCases",
    "agreementCases",
    "rotatedGridCases",
    "builtInCases",
    "landscape",
    "noise",
    "x0",
    "T",
    "testFunctions",
  ]);
  const etas = readEtaGrid(cfg.etas, `${path}etas`);
  const cases = readCases(cfg, path, true);
  for (const c of cases) checkStable(etas, c.lambdaMax, `${path}etas`);
  // A user who gives their own case (a top-level landscape, x0, …) checks that case: the built-in grid,
  // Monte-Carlo and agreement cases run beside it only when asked for with "builtInCases": true.
  const builtIn =
    cfg.builtInCases === undefined ? !hasUserCase(cfg) : readBoolean(cfg.builtInCases, `${path}builtInCases`);
  const section = <T>(v: unknown, read: (v: unknown, p: string) => T[], field: string): T[] =>
    v == null || !builtIn ? [] : read(v, `${path}${field}`);
  const gridCases = section(cfg.gridCases, readGridCases, "gridCases");
  const monteCarloCases = section(cfg.monteCarloCases, readMonteCarloCases, "monteCarloCases");
  const rotatedGridCases = section(cfg.rotatedGridCases, readRotatedGridCases, "rotatedGridCases");
  const agreementCases = section(cfg.agreementCases, readAgreementCases, "agreementCases");
  // Every horizon on every grid is checked here, not where the exact sweeps are computed (lazily, after the
  // simulations): the exact quadratic references need T/η to be a whole number of steps; every reference
  // needs it within the cap (the grid references step T/η times too, rounding the last step).
  const horizons: [string, { T: number; etas?: number[] }[], boolean][] = [
    ["cases", cases, true],
    ["agreementCases", agreementCases, true],
    ["gridCases", gridCases, false],
    ["monteCarloCases", monteCarloCases, false],
    ["rotatedGridCases", rotatedGridCases, false],
  ];
  for (const [field, list, whole] of horizons)
    for (const [i, c] of list.entries())
      for (const eta of c.etas ?? etas) {
        try {
          if (whole) stepsForHorizon(c.T, eta);
          else checkHorizonCap(c.T, eta);
        } catch (e) {
          throw new FieldError(`${path}${field}[${i}].T`, (e as Error).message);
        }
      }
  return { etas, cases, gridCases, monteCarloCases, agreementCases, rotatedGridCases };
}

/** Computes once, on first use: an exact sweep is shared by every test function's experiment of its case. */
function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

export function weakOrderExperiments(
  claim: WeakOrderClaim,
  config: WeakOrderConfig,
  stream: (...parts: (string | number)[]) => string,
): Experiment[] {
  const models: Model[] = [claim.model, ...claim.controls];
  const name = MODEL_NAMES[claim.model];

  /** One exact order experiment from per-model sup errors at each η. */
  const exactOrder = (
    key: string,
    title: string,
    label: string,
    etas: number[],
    errorsOf: () => Record<Model, number[]>,
    rows: () => Measurement[],
  ): Experiment => {
    const fits = lazy(() => {
      const errors = errorsOf();
      return { errors, fit: orderFit(etas, errors[claim.model], null, 0.05) };
    });
    return experiment({
      name: `${claim.id} order of ${name} [${key}, φ = ${label}]`,
      quantity: "slope of log sup_k|E φ(x_k) − E φ(X_kη)| on log η (exact errors)",
      simulations: [],
      reference: `exact expectations of SGD and ${name} (no sampling)`,
      band: orderBand(claim.predicted),
      statistic: (_d, alpha) => {
        const { errors } = fits();
        const fit = orderFit(etas, errors[claim.model], null, alpha);
        return orderEstimate(
          fit,
          claim.controls.map(
            (m) =>
              `${MODEL_NAMES[m]} control slope ${orderFit(etas, errors[m], null, alpha).slope.toFixed(3)}`,
          ),
          etas,
        );
      },
      explain: explainOrder(claim.predicted),
      present: () => {
        const { errors, fit } = fits();
        return {
          measurements: rows(),
          plots: [
            orderPanel({
              title: `${title}, φ = ${label}`,
              yLabel: "sup_k |E φ(x_k) − E φ(X_kη)|",
              etas,
              errors: errors[claim.model],
              errorName: `SGD vs ${name} (exact)`,
              fit,
              predicted: claim.predicted,
              controls: claim.controls.map((m) => ({
                name: `SGD vs ${MODEL_NAMES[m]} (control)`,
                y: errors[m],
              })),
            }),
          ],
          predictions: { order: claim.predicted },
        };
      },
    });
  };

  const quadratic = config.cases.flatMap((c) =>
    c.testFunctions.map((phi) => {
      const { etas } = config;
      const label = testFunctionLabel(phi);
      const rows = lazy(() =>
        etas.map((eta) => quadraticWeakErrors({ H: c.H, Sigma: c.Sigma, x0: c.x0, eta, T: c.T, phi })),
      );
      return exactOrder(
        c.key,
        c.key === c.name ? c.key : `${c.key} (${c.name})`,
        label,
        etas,
        () =>
          Object.fromEntries(models.map((m) => [m, rows().map((r) => r[m].supError)])) as Record<
            Model,
            number[]
          >,
        () =>
          rows().map((r, j) => ({
            eta: etas[j]!,
            n: 0,
            estimate: r[claim.model].supError,
            se: 0,
            case: c.name,
            phi: label,
            reference: "exact Gaussian moments",
            [`${name} final error`]: r[claim.model].finalError,
            [`${name} argmax time`]: r[claim.model].argmaxTime,
            ...Object.fromEntries(claim.controls.map((m) => [`${MODEL_NAMES[m]} error`, r[m].supError])),
          })),
      );
    }),
  );

  /** Per-test order experiments of an exact sweep with grid errors, and the one grid-resolution experiment. */
  const gridSweep = (
    title: string,
    reference: string,
    etas: number[],
    labels: string[],
    sweep: () => {
      supErrors: Partial<Record<Model, number[][]>>;
      gridError: (j: number, k: number) => number;
      argmaxTime: (j: number, k: number) => number;
      degree: (k: number) => number;
    },
  ): Experiment[] => {
    const errorsAt = (j: number) =>
      Object.fromEntries(models.map((m) => [m, sweep().supErrors[m]![j]!])) as Record<Model, number[]>;
    const perTest = labels.map((label, j) =>
      exactOrder(
        title,
        title,
        label,
        etas,
        () => errorsAt(j),
        () => {
          const s = sweep();
          const errors = errorsAt(j);
          return etas.map((eta, k) => ({
            eta,
            n: 0,
            estimate: errors[claim.model][k]!,
            se: 0,
            case: title,
            phi: label,
            reference,
            "grid error": s.gridError(j, k),
            "grid error / weak error": s.gridError(j, k) / errors[claim.model][k]!,
            [`${name} argmax time`]: s.argmaxTime(j, k),
            ...Object.fromEntries(claim.controls.map((m) => [`${MODEL_NAMES[m]} error`, errors[m][k]!])),
            "grid degree": s.degree(k),
          }));
        },
      ),
    );
    const resolution = experiment({
      name: `${claim.id} grid reference resolves the weak error [${title}]`,
      quantity: "max over φ and η of (grid error)/(weak error), grid error = change under refinement",
      simulations: [],
      reference: "the same solve at 1.5× degree, more quadrature nodes, a wider domain",
      band: {
        predicted: 0,
        lo: 0,
        hi: GRID_ERROR_FRACTION,
        why: `≤ ${GRID_ERROR_FRACTION * 100}%: the reference must be two orders finer than what it measures, so the fitted slopes are the weak errors' and not the grid's`,
      },
      statistic: () => {
        let worst = 0;
        let worstAt = "";
        labels.forEach((label, j) => {
          const errors = errorsAt(j);
          etas.forEach((eta, k) => {
            const ratio = sweep().gridError(j, k) / errors[claim.model][k]!;
            if (ratio > worst) {
              worst = ratio;
              worstAt = `φ = ${label}, η = ${eta}`;
            }
          });
        });
        return {
          estimate: worst,
          se: 0,
          interval: [worst, worst],
          method: "exact",
          notes: [`worst at ${worstAt}`],
        };
      },
    });
    return [...perTest, resolution];
  };

  const grid = config.gridCases.flatMap((c) => {
    const etas = c.etas ?? config.etas;
    const sweep = lazy(() => gridCaseSweep(c, etas, models));
    return gridSweep(
      `${c.name}, ${c.sgdNoiseName} SGD noise`,
      "grid (master equation / backward semigroup)",
      etas,
      c.tests.map(gridTestFunctionLabel),
      () => {
        const s = sweep();
        return {
          supErrors: s.supErrors,
          gridError: (j, k) => s.results[k]!.gridError!.errors[claim.model]![j]!,
          argmaxTime: (j, k) => s.results[k]!.errors[claim.model]!.argmaxStep[j]! * etas[k]!,
          degree: (k) => s.results[k]!.resolution.degree,
        };
      },
    );
  });

  const rotated = config.rotatedGridCases.flatMap((c) => {
    const etas = c.etas ?? config.etas;
    const sweep = lazy(() => rotatedCaseSweep(c, etas, models));
    return gridSweep(
      `${c.name}, Gaussian SGD noise`,
      "grid, factorized over the rotated components",
      etas,
      c.tests.map(testFunctionLabel),
      () => {
        const s = sweep();
        return {
          supErrors: s.supErrors,
          gridError: (j, k) => s.gridErrors[claim.model]![j]![k]!,
          argmaxTime: (j, k) => s.argmaxTimes[claim.model]![j]![k]!,
          degree: () => s.degree,
        };
      },
    );
  });

  const monteCarlo = config.monteCarloCases.flatMap((c) => {
    const runs = caseCoupledRuns(c, claim.model as SdeModel, stream(c.key));
    const title = `${c.name} (Monte Carlo, CRN)`;
    return c.tests.map((phi, k) =>
      experiment({
        name: `${claim.id} order of ${name} [${title}, φ = ${testFunctionLabel(phi)}]`,
        quantity: "slope of log|E φ(x_N) − E φ(X_T)| on log η (Monte Carlo, coupled)",
        simulations: [runs],
        reference: `${name} paths on the same Gaussian increments (stochastic Heun substeps)`,
        band: orderBand(claim.predicted),
        statistic([errors], alpha) {
          const mc = fitCoupledErrors(errors, alpha);
          const r = mc.models[0]!.tests[k]!;
          const half = r.fit.status === "ok" ? (r.fit.interval[1] - r.fit.interval[0]) / 2 : Number.NaN;
          const vr = r.varianceReduction;
          return orderEstimate(
            r.fit,
            [
              `interval half-width ${half.toFixed(3)}`,
              `variance reduction by coupling ${Math.min(...vr).toExponential(1)} … ${Math.max(...vr).toExponential(1)} (η = ${c.etas[0]} … ${c.etas.at(-1)})`,
              `${mc.particles} coupled pairs per η`,
            ],
            c.etas,
          );
        },
        explain: explainOrder(claim.predicted),
        present([errors], result) {
          const mc = fitCoupledErrors(errors, result.alpha);
          const r = mc.models[0]!.tests[k]!;
          const panel: PlotPart = orderPanel({
            title: `${title}, φ = ${r.label}`,
            yLabel: "|E φ(x_N) − E φ(X_T)|",
            etas: r.etas,
            errors: r.errors.map(Math.abs),
            errorName: `SGD vs ${name} (Monte Carlo)`,
            fit: r.fit,
            predicted: claim.predicted,
          });
          return {
            measurements: r.etas.map((eta, j) => ({
              eta,
              n: mc.particles,
              estimate: r.errors[j]!,
              se: r.ses[j]!,
              case: title,
              phi: r.label,
              reference: `coupled ${name} paths (Heun, ${mc.substeps} substeps)`,
              "SE without coupling": r.independentSes[j]!,
              "variance reduction": r.varianceReduction[j]!,
            })),
            plots: [panel],
          };
        },
      }),
    );
  });

  const agreement = agreementExperiments(claim, config.agreementCases, stream);

  return [...quadratic, ...grid, ...rotated, ...monteCarlo, ...agreement];
}

export const WEAK_ORDER_NOTES = (claim: WeakOrderClaim) => [
  "Errors are exact (closed-form Gaussian moments for quadratics; grid references for nonlinear 1-D cases), so intervals are deterministic: the range of the fitted slope and the local slopes between neighbouring η.",
  `Controls: ${claim.controls.map((m) => MODEL_NAMES[m]).join(", ")} errors per η, drawn beside the claim's model (exact cases; a Monte-Carlo gradient-flow control has nothing to couple with and stays unresolved).`,
  "Monte-Carlo cases fit the error at T (the sup over k of noisy errors is biased upwards); SGD and the SDE share their Gaussian increments, and each η has its own streams so the points of a fit are independent.",
];
