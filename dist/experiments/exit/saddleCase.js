import { FieldError, formatList, formatPoint } from "../../config/fieldError.js";
import { readEtaGrid, readNumber, readStrictObject } from "../../config/readers.js";
import { classify, hessianSignature } from "../../landscapes/criticalPoints.js";
import { unflatten } from "../../linalg/dense.js";
import { linearSaddleExitIterations, saddleGeometry } from "../../reference/saddle.js";
import { readCaseModel, readCaseName, readStart } from "../caseModel.js";
import { readRelativeBand, readRunSize } from "../runSize.js";
import { readKeyedCases, snapToCriticalPoint } from "./exitModel.js";
export const SADDLE_CASE_KEYS = ["name", "landscape", "noise", "x0", "radius", "etas"];
export function readSaddleCase(raw, path, key, minEtas = 3) {
    const c = readStrictObject(raw, path, SADDLE_CASE_KEYS);
    const p = (k) => (path ? `${path}.${k}` : k);
    const name = readCaseName(c, p, key);
    const model = readCaseModel(c, p);
    const { landscapeSpec, landscape, noiseSpec, noise } = model;
    const d = landscape.dim;
    const given = readStart(c, p, model, "saddle");
    const x0 = snapToCriticalPoint(landscape, given, p("x0"), "the saddle claims start exactly at a saddle");
    const sig = hessianSignature(landscape, x0);
    const kind = classify(sig);
    if (sig.negative === 0 || kind === "degenerate")
        throw new FieldError(p("x0"), `${formatPoint(given)} is ${kind === "degenerate" ? "a degenerate critical point" : "a minimum"} (Hessian eigenvalues ${formatList(sig.eigenvalues)}), not a hyperbolic saddle`);
    const H = unflatten(landscape.hessian(x0, new Float64Array(d * d)), d);
    const Sigma = unflatten(noise.covariance(x0, new Float64Array(d * d)), d);
    const geometry = saddleGeometry(H, Sigma);
    const radius = readNumber(c.radius, p("radius"), { min: 0, exclusiveMin: true });
    const etas = readEtaGrid(c.etas, p("etas"), minEtas);
    return {
        key,
        path,
        name,
        landscapeSpec,
        landscape,
        noiseSpec,
        noise,
        x0,
        radius,
        geometry,
        linear: landscapeSpec.kind === "quadratic",
        exitSet: { kind: "ball", center: x0, radius },
        etas,
    };
}
/** The saddle cases of a claim config (keyed; see `readKeyedCases`). */
export function readSaddleCases(cfg, path, minEtas = 3) {
    return readKeyedCases(cfg, path, SADDLE_CASE_KEYS, ["x0"], (raw, at, key) => readSaddleCase(raw, at, key, minEtas));
}
/** Iterations per exit by the linear-saddle discrete formula (horizon sizing; γ, σ_u² from the Hessian at z). */
export function saddleIterations(c, eta) {
    const g = c.geometry;
    // With σ_u² = 0 (the S4 control) there is no prediction; a unit variance sizes the horizon of the control.
    const s2 = g.unstableNoiseVariance > 0 ? g.unstableNoiseVariance : 1;
    return Math.max(1, linearSaddleExitIterations({ gamma: g.gamma, eta, radius: c.radius, unstableNoiseVariance: s2 }));
}
/** Saddle exits have light (Gumbel-like) tails: 50× the mean leaves no run censored in practice. */
export function saddleHorizon(c, eta) {
    return Math.ceil(50 * saddleIterations(c, eta)) + 100;
}
export function readSaddleClaimConfig(raw, path, opts) {
    const cfg = readStrictObject(raw, path, [
        "particles",
        "blockSize",
        "cases",
        ...opts.extra,
        ...SADDLE_CASE_KEYS,
    ]);
    const { particles, blockSize } = readRunSize(cfg, path);
    return { particles, blockSize, cases: readSaddleCases(cfg, path, opts.minEtas ?? 3), rest: cfg };
}
export function readSaddleTrendConfig(raw, path, minEtas = 3) {
    const { rest, ...config } = readSaddleClaimConfig(raw, path, { extra: ["relativeBand"], minEtas });
    return {
        ...config,
        relativeBand: readRelativeBand(rest.relativeBand, path ? `${path}.relativeBand` : "relativeBand"),
    };
}
//# sourceMappingURL=saddleCase.js.map