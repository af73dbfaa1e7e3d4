import type { ClaimDefinition } from "./claim.ts";
/** Every claim the suite knows, in report order. IDs are stable (THEORY.md). */
export declare const REGISTRY: readonly ClaimDefinition<never>[];
export declare function claimById(id: string): ClaimDefinition<unknown>;
//# sourceMappingURL=registry.d.ts.map