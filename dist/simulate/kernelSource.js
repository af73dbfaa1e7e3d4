import { checkFragment } from "../codegen/fragment.js";
const NO_NOISE = { locals: "", draw: "", terms: [], bindings: {}, declares: [] };
/** Slot of coordinate i of particle p in the structure-of-arrays state. */
export const slot = (i) => (i === 0 ? "p" : `${i} * stride + p`);
export function stepSource(landscape, noise) {
    const d = landscape.dim;
    const { grad, gradLocals, gradLoad, gradBindings } = gradientSource(landscape);
    if (noise && noise.dim !== d)
        throw new Error(`noise dimension ${noise.dim} does not match landscape dimension ${d}`);
    const fragment = noise ? noise.kernelFragment() : NO_NOISE;
    if (noise)
        checkFragment(fragment, d, `noise "${noise.kind}"`);
    const load = Array.from({ length: d }, (_, i) => `const x${i} = x[${slot(i)}];`).join("\n          ");
    const update = Array.from({ length: d }, (_, i) => `const y${i} = x${i} - eta * ((${grad[i]})${noise ? ` + ${fragment.terms[i]}` : ""});`).join("\n          ");
    return {
        locals: `${gradLocals}${fragment.locals}`,
        step: `${load}\n          ${gradLoad}${fragment.draw}\n          ${update}`,
        store: Array.from({ length: d }, (_, i) => `x[${slot(i)}] = y${i};`).join(" "),
        bindings: { ...gradBindings, ...fragment.bindings },
    };
}
/**
 * The gradient as source: the landscape's own expressions when it has them (every built-in one), else a call to
 * its `gradient` through scratch buffers allocated once per kernel (user landscapes without gradientSource).
 */
function gradientSource(landscape) {
    const d = landscape.dim;
    if (landscape.gradientSource) {
        if (landscape.gradientSource.length !== d)
            throw new Error(`landscape ${landscape.name}: gradientSource has ${landscape.gradientSource.length} entries`);
        return { grad: landscape.gradientSource, gradLocals: "", gradLoad: "", gradBindings: {} };
    }
    const gx = new Float64Array(d);
    const gg = new Float64Array(d);
    return {
        grad: Array.from({ length: d }, (_, i) => `gOut[${i}]`),
        gradLocals: "",
        gradLoad: `${Array.from({ length: d }, (_, i) => `gIn[${i}] = x${i};`).join(" ")} gradAt(gIn, gOut);\n          `,
        gradBindings: {
            gradAt: (x, out) => landscape.gradient(x, out),
            gIn: gx,
            gOut: gg,
        },
    };
}
//# sourceMappingURL=kernelSource.js.map