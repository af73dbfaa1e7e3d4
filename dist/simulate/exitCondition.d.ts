import type { ExitSet } from "../landscapes/exitSet.ts";
/** JS boolean expression over locals y0 … y{d-1} (the new state), for kernel code generation. */
export declare function exitConditionSource(set: ExitSet): string;
//# sourceMappingURL=exitCondition.d.ts.map