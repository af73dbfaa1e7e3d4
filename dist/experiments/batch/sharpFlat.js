/**
 * The sharp/flat pair of claims B4 and B5: the residual two-well dataset (fixtures/datasets, its F has equal
 * minima at x = ±1 with F'' = 15.68 at the sharp x = 1 and 5.12 at the flat x = −1, one saddle between) with
 * the two gradient noises the claims contrast:
 *
 *   isotropic   σ₁²/B             (the reference model: same noise level everywhere)
 *   minibatch   real batches of B  (noise c_B·Σ_n(x), Σ_n = 1600g'² + 200 ≈ 800·F'' near the minima)
 *
 * and the exact 1-D references of their diffusions dX = −F'dt + √(ηΣ(X)) dW: mean first-passage times by
 * quadrature (through reference/exit/exitReference.ts) from each minimum to a level `exitPast` beyond the saddle.
 */
import { FieldError } from "../../config/fieldError.js";
import { readNumber, readString } from "../../config/readers.js";
import { residualTwoWellModel } from "../../datasets/residualTwoWell.js";
import { landscapeFromSpec } from "../../landscapes/fromSpec.js";
import { noiseFromSpec } from "../../noise/fromSpec.js";
import { loadResidualDataset, residualLandscapeSpec } from "../../noise/residualMinibatch.js";
import { exactExitReference } from "../../reference/exit/exitReference.js";
import { exitProblem } from "../exit/exitModel.js";
function newton(f, df, x0) {
    let x = x0;
    for (let k = 0; k < 60; k++) {
        const step = f(x) / df(x);
        x -= step;
        if (Math.abs(step) < 1e-15)
            break;
    }
    return x;
}
export function sharpFlatProblem(dataset, field) {
    const ds = loadResidualDataset(dataset, field);
    const m = residualTwoWellModel(ds);
    const landscapeSpec = residualLandscapeSpec(ds);
    const saddle = newton(m.gradient, m.curvature, newton(m.gPrime, m.gSecond, 0));
    const flat = newton(m.gradient, m.curvature, -1);
    const sharp = newton(m.gradient, m.curvature, 1);
    if (!(flat < saddle && saddle < sharp && m.curvature(flat) < m.curvature(sharp)))
        throw new FieldError(field, `"${dataset}" does not have a flat minimum left and a sharp one right of a saddle`);
    return {
        dataset,
        landscapeSpec,
        landscape: landscapeFromSpec(landscapeSpec),
        gradient: m.gradient,
        loss: m.loss,
        populationVariance: m.populationVariance,
        curvature: m.curvature,
        flat,
        sharp,
        saddle,
        n: m.n,
    };
}
/**
 * The `dataset` and `eta` of a B4/B5 config: the problem, and a step size small enough at the sharp minimum
 * (η·F''(sharp) < 0.2) for SGD to be near its diffusion — the premise of both claims.
 */
export function readSharpFlat(cfg, p) {
    const dataset = readString(cfg.dataset, p("dataset"));
    const problem = sharpFlatProblem(dataset, p("dataset"));
    const eta = readNumber(cfg.eta, p("eta"), { min: 0, exclusiveMin: true });
    const curvature = problem.curvature(problem.sharp);
    if (!(eta * curvature < 0.2))
        throw new FieldError(p("eta"), `η·F''(sharp) = ${(eta * curvature).toFixed(3)} ≥ 0.2: SGD is far from its diffusion there (need η < ${(0.2 / curvature).toPrecision(3)})`);
    return { dataset, problem, eta };
}
/** Batch-B noise of a kind: σ₁²/B isotropic, or B real samples drawn with replacement. */
export function noiseOf(kind, batch, p, sigma1Squared) {
    return kind === "isotropic"
        ? { kind: "isotropic", sigma: Math.sqrt(sigma1Squared / batch) }
        : { kind: "minibatch", dataset: p.dataset, batch, sampling: "with-replacement" };
}
/** Leaving the flat well: x ≥ saddle + exitPast; the sharp well: x ≤ saddle − exitPast. */
export function exitSetOf(well, p, exitPast) {
    return well === "flat"
        ? { kind: "half-space", normal: [1], offset: p.saddle + exitPast }
        : { kind: "half-space", normal: [-1], offset: -(p.saddle - exitPast) };
}
/** SGD from one of the minima with the given noise, leaving `exitPast` beyond the saddle: a case of its own. */
export function wellModel(p, noiseSpec, well, exitPast) {
    return {
        landscapeSpec: p.landscapeSpec,
        landscape: p.landscape,
        noiseSpec,
        noise: noiseFromSpec(noiseSpec, p.landscape, ""),
        x0: [well === "flat" ? p.flat : p.sharp],
        exitSet: exitSetOf(well, p, exitPast),
    };
}
/**
 * E N of the model's diffusion dX = −F'dt + √(ηΣ(X)) dW (time/η) by quadrature, from the exact-reference
 * chooser: what real batch noise is compared with (its discrete increments have no exact chain), and what the
 * two-state model of B5 is built from.
 */
export function diffusionExitSteps(model, eta) {
    return exactExitReference(exitProblem(model), "sme1").meanIterations(eta);
}
//# sourceMappingURL=sharpFlat.js.map