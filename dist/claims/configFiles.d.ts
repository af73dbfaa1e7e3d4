import type { Budget } from "../report/schema.ts";
export declare function budgetConfig(id: string, budget: Budget): unknown;
/**
 * A user's `--config FILE`: a JSON object of overrides applied to every selected claim, or
 * `{ "claims": { "W1": {...}, ... } }` to target claims separately.
 */
export declare function readUserConfig(path: string): unknown;
export declare function userOverrideFor(user: unknown, id: string): unknown;
export declare function mergedConfig(id: string, budget: Budget, user: unknown): unknown;
//# sourceMappingURL=configFiles.d.ts.map