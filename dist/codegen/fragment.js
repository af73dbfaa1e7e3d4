/** Names that belong to the kernel body and its random-number helpers; a fragment must not declare them. */
export const KERNEL_RESERVED_NAMES = [
    "x",
    "stride",
    "from",
    "to",
    "steps",
    "horizon",
    "eta",
    "rng",
    "exitIteration",
    "order",
    "active",
    "k",
    "p",
    "a",
    "st",
    "s0",
    "s1",
    "s2",
    "s3",
    "r5",
    "u",
    "t",
    "li",
    "hz",
    "K",
    "W",
    "slow",
    "gradAt",
    "gIn",
    "gOut",
];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/**
 * Refuses a fragment whose names collide with the kernel's (a collision would silently share a variable) or
 * whose bindings are not all declared; x{i} and y{i} are the kernel's state names in every dimension.
 */
export function checkFragment(fragment, dim, owner) {
    if (fragment.terms.length !== dim)
        throw new Error(`${owner}: kernel fragment has ${fragment.terms.length} noise terms for dimension ${dim}`);
    for (const name of fragment.declares) {
        if (!IDENTIFIER.test(name))
            throw new Error(`${owner}: "${name}" is not an identifier`);
        if (KERNEL_RESERVED_NAMES.includes(name) || /^[xy]\d+$/.test(name))
            throw new Error(`${owner}: kernel fragment declares "${name}", a name of the kernel itself`);
    }
    for (const name of Object.keys(fragment.bindings))
        if (!fragment.declares.includes(name))
            throw new Error(`${owner}: kernel fragment binds "${name}" without declaring it`);
}
//# sourceMappingURL=fragment.js.map