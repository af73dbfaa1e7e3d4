/** Identity, typed: a claim file exports `defineClaim({...})` so its config type flows into `experiments`. */
export function defineClaim(definition) {
    return definition;
}
//# sourceMappingURL=claim.js.map