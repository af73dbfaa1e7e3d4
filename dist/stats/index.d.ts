/** Public API of stats/: how every claim's assertions are estimated and decided (DESIGN.md §6). */
export * from "./alphaBudget.ts";
export * from "./censoredExponential.ts";
export * from "./decision.ts";
export * from "./dispersion.ts";
export * from "./estimators.ts";
export * from "./exponentialDistance.ts";
export * from "./meanExitTime.ts";
export * from "./quantiles.ts";
export * from "./ratio.ts";
export * from "./regression.ts";
export * from "./specialFunctions.ts";
export * from "./tests.ts";
export * from "./trend.ts";
export type * from "./types.ts";
//# sourceMappingURL=index.d.ts.map