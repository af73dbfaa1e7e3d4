import type { CriticalPoint } from "./landscape.ts";
/** Declared critical points `[{label, x, kind}]` of a landscape of dimension `dim`. */
export declare function readCriticalPoints(v: unknown, field: string, dim: number): CriticalPoint[];
//# sourceMappingURL=criticalPointsJson.d.ts.map