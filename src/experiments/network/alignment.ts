import type { Alignment } from "../../network/runs.ts";
import type { BlockDispatcher } from "../../parallel/dispatch.ts";
import { normalQuantile } from "../../stats/quantiles.ts";
import { type Experiment, experiment, type Simulation } from "../experiment.ts";
import { type MinimumSpec, minimumOf } from "./minimum.ts";

/**
 * The assumption behind the batch-size theory, measured (network/noiseCurvature.ts): at a minimum θ*, the
 * alignment ⟨Σ₁, H⟩_F/(‖Σ₁‖_F‖H‖_F) of the per-sample gradient covariance with the Hessian, and c in
 * Σ_B ≈ c·H/B, with bootstrap standard errors over the training samples. The bootstrap replicates share the
 * stream `${stream}/0`; more replicates refine the SE, not the estimate, which is a function of θ* alone.
 */
export interface AlignmentData extends Alignment {
  where: string;
  sharpness: number;
}

export function alignmentSimulation(spec: {
  minimum: MinimumSpec;
  /** What the minimum is, for the report ("the sharp minimum of full-batch descent"). */
  where: string;
  replicates: number;
  stream: string;
}): Simulation<AlignmentData> {
  const p = spec.minimum.network.parameters;
  return {
    stream: spec.stream,
    runs: spec.replicates,
    stepsPerRun: 2 * p * p,
    resize: (replicates) => alignmentSimulation({ ...spec, replicates }),
    describe: `Σ₁ and the exact H (${p}×${p}) at ${spec.where}, ${spec.replicates} bootstrap replicates over the training samples`,
    async run(dispatch: BlockDispatcher): Promise<AlignmentData> {
      const minimum = await minimumOf(spec.minimum, dispatch);
      const [a] = await dispatch.run({
        task: "networkAlignmentBlock",
        stream: spec.stream,
        particles: 1,
        blockSize: 1,
        cost: spec.replicates * p * p,
        payload: (b) => ({
          problem: spec.minimum.network.problem,
          theta: minimum.theta,
          replicates: spec.replicates,
          stream: b.stream,
        }),
      });
      return { ...a!, where: spec.where, sharpness: minimum.sharpness };
    },
  };
}

/** At least half of ‖Σ₁‖²_F along H: alignment² is the share of Σ₁'s Frobenius norm² that its best c·H explains. */
export const ALIGNMENT_LEVEL = Math.SQRT1_2;

function bootstrapSe(values: number[]): number {
  const m = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

/** The claim-side experiment: the alignment at a minimum is at least ALIGNMENT_LEVEL. */
export function alignmentExperiment(name: string, sim: Simulation<AlignmentData>): Experiment {
  return experiment({
    name,
    quantity:
      "alignment ⟨Σ₁, H⟩_F / (‖Σ₁‖_F ‖H‖_F) of the per-sample gradient covariance with the exact Hessian",
    simulations: [sim],
    reference: "1 when Σ₁ ∝ H (the Σ ≈ c·H/B assumption behind B4–B8); 0 when orthogonal",
    band: {
      predicted: 1,
      lo: ALIGNMENT_LEVEL,
      hi: 1,
      why: "at least half of ‖Σ₁‖²_F is H-shaped (alignment² is the share its best multiple c·H explains): PASS when the whole interval is above 1/√2 ≈ 0.707",
    },
    statistic([a], alpha) {
      const se = bootstrapSe(a.replicates.map((r) => r.alignment));
      const z = normalQuantile(1 - alpha / 2);
      const est = a.estimate.alignment;
      return {
        estimate: est,
        se,
        interval: [Math.max(-1, est - z * se), Math.min(1, est + z * se)],
        method: "monte-carlo",
        notes: [
          `nonparametric bootstrap over the training samples: ${a.replicates.length} replicates, normal interval with the bootstrap SE (clipped to [−1, 1])`,
        ],
      };
    },
    present([a], result) {
      const z = normalQuantile(1 - result.alpha / 2);
      const cSe = bootstrapSe(a.replicates.map((r) => r.c));
      const e = a.estimate;
      // Directions the data do not move (curvature = the weight decay alone) carry noise at round-off level
      // (~1e-30): they are left out of the log-log scatter, and counted in the note.
      const floor = 1e-12 * Math.max(...a.noise);
      const pairs = a.curvature
        .map((h, k) => [h, a.noise[k]!] as const)
        .filter(([h, s]) => h > 0 && s > floor);
      const lo = Math.min(...pairs.map(([h]) => h));
      const hi = Math.max(...pairs.map(([h]) => h));
      return {
        measurements: [
          {
            eta: 0,
            n: a.replicates.length,
            estimate: e.alignment,
            se: result.se,
            where: a.where,
            λ_max: a.sharpness,
            "c (Σ_B ≈ c·H/B)": e.c,
            "c low": e.c - z * cSe,
            "c high": e.c + z * cSe,
            "tr Σ₁": e.traceSigma,
            "tr H": e.traceH,
            "‖mean ∇ℓ_i‖": e.gradientNorm,
          },
        ],
        predictions: { [`c at ${a.where}`]: e.c },
        plots: [
          {
            panel: {
              title: `Σ₁ against H along H's eigenvectors, ${a.where}`,
              xLabel: "curvature vᵀHv (eigenvalue of H)",
              yLabel: "gradient noise vᵀΣ₁v",
              xScale: "log",
              yScale: "log",
            },
            series: [
              {
                name: "eigen-components",
                mark: "points",
                x: pairs.map(([h]) => h),
                y: pairs.map(([, s]) => s),
              },
              {
                name: `Σ₁ = c·H, c = ${e.c.toPrecision(3)}`,
                mark: "line",
                x: [lo, hi],
                y: [e.c * lo, e.c * hi],
              },
            ],
          },
        ],
        notes: [
          `Σ ≈ c·H/B at ${a.where}: c = ${e.c.toPrecision(3)} [${(e.c - z * cSe).toPrecision(3)}, ${(e.c + z * cSe).toPrecision(3)}] (bootstrap), alignment ${e.alignment.toFixed(3)}; the scatter shows the ${pairs.length} of ${a.curvature.length} eigen-directions with positive curvature and noise above round-off (10⁻¹² of the largest).`,
        ],
      };
    },
  });
}
