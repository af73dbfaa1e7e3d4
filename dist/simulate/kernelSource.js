import { checkFragment } from "../codegen/fragment.js";
const NO_NOISE = { locals: "", draw: "", terms: [], bindings: {}, declares: [] };
/** Slot of coordinate i of particle p in the structure-of-arrays state. */
export const slot = (i) => (i === 0 ? "p" : `${i} * stride + p`);
export function stepSource(landscape, noise) {
    const d = landscape.dim;
    const grad = landscape.gradientSource;
    if (grad.length !== d)
        throw new Error(`landscape ${landscape.name}: gradientSource has ${grad.length} entries`);
    if (noise && noise.dim !== d)
        throw new Error(`noise dimension ${noise.dim} does not match landscape dimension ${d}`);
    const fragment = noise ? noise.kernelFragment() : NO_NOISE;
    if (noise)
        checkFragment(fragment, d, `noise "${noise.kind}"`);
    const load = Array.from({ length: d }, (_, i) => `const x${i} = x[${slot(i)}];`).join("\n          ");
    const update = Array.from({ length: d }, (_, i) => `const y${i} = x${i} - eta * ((${grad[i]})${noise ? ` + ${fragment.terms[i]}` : ""});`).join("\n          ");
    return {
        locals: fragment.locals,
        step: `${load}\n          ${fragment.draw}\n          ${update}`,
        store: Array.from({ length: d }, (_, i) => `x[${slot(i)}] = y${i};`).join(" "),
        bindings: fragment.bindings,
    };
}
//# sourceMappingURL=kernelSource.js.map