import { FieldError, formatNumber, joinField } from "../../config/fieldError.js";
import { ARRHENIUS_NOTES, arrheniusExperiment } from "../../experiments/exit/arrhenius.js";
import { readArrheniusConfig } from "../../experiments/exit/minimumClaimConfig.js";
import { quasiPotential1d } from "../../reference/exit/quasiPotential.js";
import { defineClaim } from "../claim.js";
/** Σ(x) of a 1-D case. */
function noiseVariance(c) {
    const out = new Float64Array(1);
    return (x) => c.noise.covariance([x], out)[0];
}
/** V(z) = 2∫_{x*}^{z} f'/Σ by Gauss–Legendre quadrature (exact to ~1e-14 on these smooth integrands). */
export function quasiPotentialBarrier(c) {
    const g = new Float64Array(1);
    return quasiPotential1d({
        gradient: (x) => c.landscape.gradient([x], g)[0],
        noiseVariance: noiseVariance(c),
        minimum: c.x0[0],
        at: c.saddle[0],
    }).value;
}
export const M5 = defineClaim({
    id: "M5",
    title: "With state-dependent noise Σ(x) the escape exponent is the quasi-potential V = 2∫f'/Σ",
    statement: "Started at a local minimizer x* of a 1-D landscape with gradient-noise variance Σ(x) > 0, SGD's mean exit " +
        "count through the saddle z satisfies lim η·ln E N = V(z), V(y) = 2∫_{x*}^{y} f'(u)/Σ(u) du — the solution of " +
        "½Σ V'² = f'V' (Freidlin–Wentzell quasi-potential). Checked as the slope of ln(η·E N) on 1/η against V(z) " +
        "from quadrature; with constant Σ = σ² it reduces to M1's 2Δf/σ².",
    source: "Hu–Li–Li–Liu (arXiv 1705.07562) §4 (general diffusion matrix), Freidlin–Wentzell quasi-potential; the 1-D " +
        "formula is exact (THEORY.md M5).",
    family: "minimizer",
    parseConfig: (raw, path) => readArrheniusConfig(raw, path, (c) => {
        if (c.landscape.dim !== 1)
            throw new FieldError(joinField(c.path, "landscape"), `has dimension ${c.landscape.dim}; M5's exponent V = 2∫f'/Σ is exact in 1-D only`);
    }),
    // Per case: SGD exits at each η, against the quasi-potential V(z) by quadrature, within ±relativeBand.
    experiments: (config, ctx) => config.cases.map((c) => {
        const Sigma = noiseVariance(c);
        // The point of M5: no single constant σ² gives the exponent. The two natural guesses, against the data.
        const guesses = [
            ["2Δf/Σ(x*)", (2 * c.barrier) / Sigma(c.x0[0])],
            ["2Δf/Σ(z)", (2 * c.barrier) / Sigma(c.saddle[0])],
        ];
        return arrheniusExperiment({
            name: `M5 Arrhenius exponent [${c.name}]`,
            axis: { variable: "1/η", label: "1/η" },
            panel: c.name,
            points: c.etas.map((eta) => ({ x: 1 / eta, eta, model: c })),
            exponent: { value: quasiPotentialBarrier(c), name: "V(z) = 2∫f'/Σ" },
            relativeBand: config.relativeBand,
            bandWhy: `±${Math.round(config.relativeBand * 100)}%: as for M1, the η-dependence of the prefactor moves the finite-η slope by a few per cent (the exact discrete chain's slope on the same grid is shown)`,
            size: config,
            horizon: config.horizon,
            stream: (j) => ctx.stream(c.key, j),
            caseName: c.name,
            caseKey: c.key,
            caseNotes: (interval) => guesses.map(([name, v]) => `constant-noise guess ${name} = ${formatNumber(v)} is ${v < interval[0] || v > interval[1] ? "excluded by" : "inside"} the slope interval`),
        });
    }),
    notes: [
        ...ARRHENIUS_NOTES,
        "The exact chain at each η uses the case's own Σ(x) in the one-step kernel N(x − ηf'(x), η²Σ(x)).",
    ],
});
//# sourceMappingURL=M5.js.map