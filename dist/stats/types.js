/** The decision contract (DESIGN.md §6): every claim reduces to assertions decided by interval vs band. */
export {};
//# sourceMappingURL=types.js.map