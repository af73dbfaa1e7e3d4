import { kiferExperiment } from "../../experiments/exit/kifer.js";
import { readSaddleTrendConfig, saddleIterations, } from "../../experiments/exit/saddleCase.js";
import { exitIterationsLogSlope } from "../../reference/saddle.js";
import { defineClaim } from "../claim.js";
export const S1 = defineClaim({
    id: "S1",
    title: "Escape from a saddle takes (1/(2γ))·ln(1/η) time: almost linear in 1/η",
    statement: "Started at a hyperbolic saddle with omnidirectional noise, the exit time from a neighbourhood satisfies " +
        "τ/ln(1/ε) → 1/γ, γ = |λ_min(∇²f)| (Kifer); with ε = √η, E τ ≈ (1/(2γ))·ln(1/η), i.e. E N ≈ " +
        "(1/(2γ))·η⁻¹ ln η⁻¹ iterations. Checked as the slope of η·E N on ln(1/η) (the O(1) term cancels), with " +
        "ln E N against ln(1/η) shown for the 'almost linear' local slope 1 + 1/ln(…). The fit carries a nuisance " +
        "c·η term for the discrete-time correction, so b estimates the η → 0 slope.",
    source: "Hu–Li–Li–Liu (arXiv 1705.07562) §5, from Kifer's exit theorem for hyperbolic fixed points (Kifer 1981).",
    family: "saddle",
    parseConfig: (raw, path) => readSaddleTrendConfig(raw, path),
    // Per case: SGD from the saddle at each η, slope of η·E N on ln(1/η) against 1/(2γ), within ±relativeBand.
    experiments: (config, ctx) => config.cases.map((c) => {
        const g = c.geometry;
        return kiferExperiment({
            name: `S1 Kifer slope [${c.name}]`,
            panel: c.name,
            case: c,
            points: c.etas.map((eta) => ({
                x: Math.log(1 / eta),
                eta,
                model: c,
                columns: {
                    "leading (1/(2γ))·ln(1/η)": Math.log(1 / eta) / (2 * g.gamma),
                    "linear-saddle formula E N": saddleIterations(c, eta),
                    "local slope of ln E N (formula)": exitIterationsLogSlope({
                        gamma: g.gamma,
                        eta,
                        radius: c.radius,
                        unstableNoiseVariance: g.unstableNoiseVariance,
                    }),
                },
                // Nuisance c·η: SGD grows along v₁ by ln(1 + ηγ) = ηγ(1 − ηγ/2 + …) per step, not ηγ, and the O(1)
                // term has O(η) corrections too; a straight line absorbs them into the slope (1.3–2.8% low on a
                // factor-30 grid ending at ηγ = 0.01, by the exact chain), the fitted term leaves ≤ 0.25%. With it,
                // cheap large-η points are as informative as expensive small-η ones (the SE of η·E N does not depend
                // on η; the cost is ∝ 1/η), so the grid spans a factor 90 upwards from the same smallest η.
                nuisance: [eta],
            })),
            axis: { variable: "ln(1/η)", label: "ln(1/η)" },
            relativeBand: config.relativeBand,
            bandWhy: `±${Math.round(config.relativeBand * 100)}%: with the O(η) correction fitted (η·E N ≈ a + b·ln(1/η) + c·η), the exact linear-saddle chain's b lies within 0.25% of 1/(2γ) for γ ∈ [0.3, 2] on factor-90 grids starting at ηγ ≤ 0.03; nonlinear terms change only the O(1) offset`,
            size: config,
            stream: (j) => ctx.stream(c.key, j),
            caseNotes: (means) => {
                const logN = means.map(Math.log);
                const local = logN
                    .slice(1)
                    .map((v, i) => (v - logN[i]) / (Math.log(1 / c.etas[i + 1]) - Math.log(1 / c.etas[i])));
                return [
                    `local slopes of ln E N on ln(1/η): ${local.map((s) => s.toFixed(3)).join(", ")} — "almost linear": 1 + 1/ln(…), not 1`,
                ];
            },
        });
    }),
    notes: [
        "Runs start exactly at the saddle and exit the ball of radius a around it; exits are checked at integer iterations.",
        "The leading term alone is far off at practical η (THEORY.md: 230 vs 331 iterations at η = 0.01); the slope does not depend on the O(1) term, the claim S2 checks that term.",
    ],
});
//# sourceMappingURL=S1.js.map