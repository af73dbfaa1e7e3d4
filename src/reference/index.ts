/** Public API of reference/: the exact theory every claim is judged against (DESIGN.md §5). */
export * from "./exit/index.ts";
export * as grid from "./grid/index.ts";
export * from "./quadratic.ts";
export * from "./saddle.ts";
export { evaluateTestFunction, type TestFunction, testFunctionLabel } from "./testFunction.ts";
