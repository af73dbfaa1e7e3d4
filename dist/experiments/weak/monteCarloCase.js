import { readArray, readEtaGrid, readNumber, readPositiveNumber, readStrictObject, readVector, } from "../../config/readers.js";
import { readCaseModel, readCaseName } from "../caseModel.js";
import { readTestFunction } from "./quadraticCase.js";
const MC_CASE_KEYS = [
    "name",
    "landscape",
    "noise",
    "x0",
    "T",
    "testFunctions",
    "etas",
    "particles",
    "substeps",
];
export function readMonteCarloCases(raw, path) {
    return readArray(raw, path, (c, p) => readMonteCarloCase(c, p), { minLength: 1 });
}
function readMonteCarloCase(raw, path) {
    const c = readStrictObject(raw, path, MC_CASE_KEYS);
    const p = (k) => `${path}.${k}`;
    const name = readCaseName(c, p, "Monte-Carlo case");
    const { landscapeSpec, landscape, noiseSpec } = readCaseModel(c, p);
    const d = landscape.dim;
    const x0 = readVector(c.x0, p("x0"), d);
    const T = readPositiveNumber(c.T, p("T"));
    const tests = readArray(c.testFunctions, p("testFunctions"), (v, q) => readTestFunction(v, q, d), {
        minLength: 1,
    });
    const etas = readEtaGrid(c.etas, p("etas"));
    const particles = readNumber(c.particles, p("particles"), { integer: true, min: 100 });
    const substeps = c.substeps === undefined ? undefined : readNumber(c.substeps, p("substeps"), { integer: true, min: 1 });
    return {
        key: path,
        name,
        landscape: landscapeSpec,
        noise: noiseSpec,
        x0,
        T,
        tests,
        etas,
        particles,
        ...(substeps ? { substeps } : {}),
    };
}
//# sourceMappingURL=monteCarloCase.js.map