/** Throws a one-line error naming the field when φ does not fit dimension `dim`. */
export function assertTestFunction(phi, dim) {
    const index = (name, i) => {
        if (!Number.isInteger(i) || i < 0 || i >= dim)
            throw new Error(`phi.${name} must be an integer coordinate in [0, ${dim - 1}] (got ${i})`);
    };
    switch (phi.kind) {
        case "coordinate":
        case "square":
        case "fourth":
            index("i", phi.i);
            return;
        case "product":
            index("i", phi.i);
            index("j", phi.j);
            return;
        case "cos":
            if (phi.omega.length !== dim || !phi.omega.every(Number.isFinite))
                throw new Error(`phi.omega must be ${dim} finite numbers (got ${JSON.stringify(phi.omega)})`);
            return;
        default:
            throw new Error(`phi.kind ${JSON.stringify(phi.kind)} is not a known test function`);
    }
}
/** φ(x), for Monte Carlo estimates of E φ(x_k). */
export function evaluateTestFunction(phi, x) {
    switch (phi.kind) {
        case "coordinate":
            return x[phi.i];
        case "square":
            return x[phi.i] ** 2;
        case "product":
            return x[phi.i] * x[phi.j];
        case "cos": {
            let s = 0;
            for (let l = 0; l < phi.omega.length; l++)
                s += phi.omega[l] * x[l];
            return Math.cos(s);
        }
        case "fourth":
            return x[phi.i] ** 4;
    }
}
/** Short name for reports: "x_0", "x_1²", "x_0·x_2", "cos(ωᵀx), ω = [1,2]", "x_0⁴". */
export function testFunctionLabel(phi) {
    switch (phi.kind) {
        case "coordinate":
            return `x_${phi.i}`;
        case "square":
            return `x_${phi.i}²`;
        case "product":
            return `x_${phi.i}·x_${phi.j}`;
        case "cos":
            return `cos(ωᵀx), ω = [${phi.omega.join(", ")}]`;
        case "fourth":
            return `x_${phi.i}⁴`;
    }
}
export function testFunctionProjection(phi, dim) {
    const unit = (i) => Array.from({ length: dim }, (_, l) => (l === i ? 1 : 0));
    switch (phi.kind) {
        case "coordinate":
        case "square":
        case "fourth":
            return { directions: [unit(phi.i)], reduced: { kind: phi.kind, i: 0 } };
        case "product":
            return phi.i === phi.j
                ? { directions: [unit(phi.i)], reduced: { kind: "square", i: 0 } }
                : { directions: [unit(phi.i), unit(phi.j)], reduced: { kind: "product", i: 0, j: 1 } };
        case "cos":
            return { directions: [phi.omega.slice()], reduced: { kind: "cos", omega: [1] } };
    }
}
//# sourceMappingURL=testFunction.js.map