/**
 * Test functions φ for the 1-D grid references: the descriptors of reference/testFunction.ts at coordinate 0
 * (x, x², x⁴, cos(ωx) — JSON-able, named in reports), or any other smooth φ of polynomial growth given as a
 * function with a label. The grid represents E[φ(x_k) | x_0 = x] by polynomial interpolation, so φ must be smooth
 * (analytic near the interval) for the spectral accuracy to hold.
 */
import { assertTestFunction, evaluateTestFunction, testFunctionLabel, } from "../testFunction.js";
/** φ = x, x², x⁴ and cos(ωx) as 1-D descriptors. */
export const X = { kind: "coordinate", i: 0 };
export const X_SQUARED = { kind: "square", i: 0 };
export const X_FOURTH = { kind: "fourth", i: 0 };
export function cosine(omega) {
    return { kind: "cos", omega: [omega] };
}
export function assertGridTestFunction(phi) {
    if (phi === null || typeof phi !== "object")
        throw new Error("each test function must be an object");
    if (phi.kind === "custom") {
        if (typeof phi.value !== "function")
            throw new Error(`custom test function ${phi.label} needs value(x)`);
        return;
    }
    assertTestFunction(phi, 1);
}
export function evaluateGridTestFunction(phi, x) {
    return phi.kind === "custom" ? phi.value(x) : evaluateTestFunction(phi, [x]);
}
export function gridTestFunctionLabel(phi) {
    if (phi.kind === "custom")
        return phi.label;
    switch (phi.kind) {
        case "coordinate":
            return "x";
        case "square":
            return "x²";
        case "fourth":
            return "x⁴";
        case "cos":
            return `cos(${phi.omega[0]}x)`;
        default:
            return testFunctionLabel(phi);
    }
}
//# sourceMappingURL=gridTestFunction.js.map