/** Public API of stats/: how every claim's assertions are estimated and decided (DESIGN.md §6). */
export * from "./alphaBudget.js";
export * from "./censoredExponential.js";
export * from "./decision.js";
export * from "./dispersion.js";
export * from "./estimators.js";
export * from "./exponentialDistance.js";
export * from "./meanExitTime.js";
export * from "./quantiles.js";
export * from "./ratio.js";
export * from "./regression.js";
export * from "./specialFunctions.js";
export * from "./tests.js";
export * from "./trend.js";
//# sourceMappingURL=index.js.map