import { FieldError, formatNumber } from "../../config/fieldError.js";
import { readNumber } from "../../config/readers.js";
import { exactExitReferenceOrNull } from "../../reference/exit/exitReference.js";
import { eyringKramersTime } from "../../reference/exit/eyringKramers.js";
import { exitProblem } from "./exitModel.js";
/**
 * Eyring–Kramers mean iteration count (reference/exit), used to size horizons and to sanity-check configs before
 * simulating: the SDE time to reach z (the other well when the exit level lies past z), divided by η. Isotropic
 * σ² is taken as the mean eigenvalue of Σ at z, which is all a horizon needs.
 */
export function kramersIterations(c, eta) {
    const d = c.landscape.dim;
    const Sz = c.noise.covariance(c.saddle, new Float64Array(d * d));
    let trace = 0;
    for (let i = 0; i < d; i++)
        trace += Sz[i * d + i];
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
export function expectedIterations(c, eta) {
    let byEta = memo.get(c);
    if (!byEta)
        memo.set(c, (byEta = new Map()));
    let n = byEta.get(eta);
    if (n === undefined)
        byEta.set(eta, (n = computeExpectedIterations(c, eta)));
    return n;
}
// Validation, planning and the report all ask for the same values: solve each (case, η) once.
const memo = new WeakMap();
function computeExpectedIterations(c, eta) {
    const kramers = kramersIterations(c, eta);
    // Far beyond anything simulable the exact solves are pointless (and slow at tiny η): Kramers decides the
    // error — for Gaussian noise, whose asymptotics it is (batch noise shaped like the Hessian is far from it).
    if (c.noise.properties.gaussian && (!Number.isFinite(kramers) || kramers > 1e13))
        return kramers;
    const problem = exitProblem(c, c.saddle);
    const exact = exactExitReferenceOrNull(problem, "sgd") ?? exactExitReferenceOrNull(problem, "sme1");
    if (exact)
        return exact.meanIterations(eta);
    if (c.noise.properties.tailIndex !== undefined)
        throw new FieldError("horizon", `no exact reference sizes the runs under heavy-tailed noise (tail index ${c.noise.properties.tailIndex}); give the horizon in iterations`);
    return kramers;
}
export function readHorizonRule(cfg, path) {
    const p = (k) => (path ? `${path}.${k}` : k);
    const multiple = cfg.horizonMultiple === undefined
        ? 30
        : readNumber(cfg.horizonMultiple, p("horizonMultiple"), { min: 1 });
    if (cfg.horizon === undefined)
        return { multiple };
    return { multiple, absolute: readNumber(cfg.horizon, p("horizon"), { min: 1, integer: true }) };
}
/**
 * Horizon in iterations for one η, and the bad-input check "a horizon too short to see any exit": if fewer
 * than 10 of the runs are expected to exit (exponential law with the expected mean), no estimate is possible.
 */
export function horizonFor(c, eta, rule, particles, field) {
    const predicted = expectedIterations(c, eta);
    if (!Number.isFinite(predicted) || predicted * rule.multiple > 2 ** 52)
        throw new FieldError(field, `η = ${formatNumber(eta)} needs ≈ ${formatNumber(predicted)} iterations per exit; too many to simulate`);
    const horizon = rule.absolute ?? Math.max(100, Math.ceil(rule.multiple * predicted));
    const expectedExits = particles * -Math.expm1(-horizon / predicted);
    if (expectedExits < 10)
        throw new FieldError(field, `too short to see any exit: ${horizon} iterations against a predicted E N ≈ ${formatNumber(predicted)} at η = ${formatNumber(eta)} (about ${formatNumber(expectedExits)} exits expected of ${particles} runs)`);
    return horizon;
}
//# sourceMappingURL=horizon.js.map