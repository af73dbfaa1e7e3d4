import { FieldError, formatNumber } from "../../config/fieldError.js";
import { readArray, readChoice, readNumber, readObject, readPositiveNumber, readStrictObject, readVector, } from "../../config/readers.js";
import { symmetricEigen, unflatten } from "../../linalg/dense.js";
import { readCaseModel, readCaseName } from "../caseModel.js";
const CASE_KEYS = ["name", "landscape", "noise", "x0", "T", "testFunctions"];
/**
 * Reads `cases`, or — when a user config sets case fields at the top level (`landscape`, `noise`, `x0`, `T`,
 * `testFunctions`) — a single case made of those fields over the first default case.
 */
export function readCases(cfg, path, needsT) {
    const topLevel = CASE_KEYS.filter((k) => k !== "name" && cfg[k] !== undefined);
    if (topLevel.length) {
        const first = readObject(readArray(cfg.cases, "cases", (v) => v, { minLength: 1 })[0], "cases[0]");
        const userCase = { ...first, name: "user case" };
        for (const k of topLevel)
            userCase[k] = cfg[k];
        if (cfg.landscape !== undefined && cfg.testFunctions === undefined)
            delete userCase.testFunctions;
        return [readCase(userCase, path, needsT)];
    }
    return readArray(cfg.cases, `${path}cases`, (c, p) => readCase(c, p, needsT), { minLength: 1 });
}
function readCase(raw, path, needsT) {
    const c = readStrictObject(raw, path, CASE_KEYS);
    const p = (k) => (path ? `${path}.${k}` : k);
    const name = readCaseName(c, p, "case");
    const { landscapeSpec, landscape, noiseSpec, noise } = readCaseModel(c, p, (_f, spec) => {
        if (spec.kind !== "quadratic")
            throw new FieldError(p("landscape.kind"), `"${spec.kind}" has no exact weak-error reference here; this claim needs "quadratic" (nonlinear landscapes come with the master-equation and Monte-Carlo references)`);
    });
    const d = landscape.dim;
    if (!noise.constant)
        throw new FieldError(p("noise.kind"), "the exact reference needs constant noise covariance");
    // W3 (stationary laws) has no start point; the finite-horizon claims need one.
    const x0 = c.x0 === undefined && !needsT ? new Array(d).fill(0) : readVector(c.x0, p("x0"), d);
    const T = needsT ? readPositiveNumber(c.T, p("T")) : 0;
    const H = unflatten(landscape.hessian(new Float64Array(d), new Float64Array(d * d)), d);
    const Sigma = unflatten(noise.covariance(new Float64Array(d), new Float64Array(d * d)), d);
    const lambdaMax = Math.max(...symmetricEigen(H).values.map(Math.abs));
    const defaultPhis = [
        { kind: "coordinate", i: 0 },
        { kind: "square", i: 0 },
        { kind: "cos", omega: new Array(d).fill(1) },
    ];
    const testFunctions = c.testFunctions === undefined
        ? defaultPhis
        : readArray(c.testFunctions, p("testFunctions"), (v, q) => readTestFunction(v, q, d), { minLength: 1 });
    return { name, landscape: landscapeSpec, noise: noiseSpec, H, Sigma, lambdaMax, x0, T, testFunctions };
}
export function readTestFunction(raw, path, d) {
    const o = readObject(raw, path);
    const kind = readChoice(o.kind, `${path}.kind`, ["coordinate", "square", "product", "cos", "fourth"]);
    const coord = (k) => readNumber(o[k], `${path}.${k}`, { integer: true, min: 0, max: d - 1 });
    switch (kind) {
        case "coordinate":
            readStrictObject(raw, path, ["kind", "i"]);
            return { kind, i: coord("i") };
        case "square":
            readStrictObject(raw, path, ["kind", "i"]);
            return { kind, i: coord("i") };
        case "fourth":
            readStrictObject(raw, path, ["kind", "i"]);
            if (d !== 1)
                throw new FieldError(`${path}.kind`, "x⁴ has an exact Gaussian moment here only in 1-D");
            return { kind, i: coord("i") };
        case "product":
            readStrictObject(raw, path, ["kind", "i", "j"]);
            return { kind, i: coord("i"), j: coord("j") };
        default:
            readStrictObject(raw, path, ["kind", "omega"]);
            return { kind: "cos", omega: readVector(o.omega, `${path}.omega`, d) };
    }
}
/** SGD on a quadratic is stable only for ηλ_max < 2 (THEORY.md "Setting"); the weak claims need stability. */
export function checkStable(etas, lambdaMax, path) {
    etas.forEach((eta, i) => {
        if (!(eta * lambdaMax < 2))
            throw new FieldError(`${path}[${i}]`, `η = ${eta} ≥ 2/λ_max = ${formatNumber(2 / lambdaMax)}: SGD is unstable`);
    });
}
/** Short human name of a test function for tables and legends. */
export function phiName(phi) {
    switch (phi.kind) {
        case "coordinate":
            return `x${sub(phi.i)}`;
        case "square":
            return `x${sub(phi.i)}²`;
        case "fourth":
            return `x${sub(phi.i)}⁴`;
        case "product":
            return `x${sub(phi.i)}·x${sub(phi.j)}`;
        case "cos":
            return `cos(ωᵀx), ω=(${phi.omega.join(",")})`;
    }
}
const sub = (i) => String.fromCharCode(0x2080 + i);
//# sourceMappingURL=quadraticCase.js.map