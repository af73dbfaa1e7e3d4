/**
 * sgd-diffusion-claims: executable, calibrated checks of the diffusion approximation of SGD (Hu, Li, Li, Liu,
 * arXiv 1705.07562). The root entry has what you need to define and run a claim; the namespaces have the rest:
 * `landscapes`, `noise`, `simulate` (kernels), `reference` (exact theory), `stats`, `experiments`, `network` (the
 * MLP of B6–B8 on iris).
 */
export type { ClaimDefinition, PlanContext } from "./claims/claim.ts";
export { defineClaim } from "./claims/claim.ts";
export { claimById, REGISTRY } from "./claims/registry.ts";
export {
  type ClaimOutcome,
  combineVerdicts,
  exitCodeFor,
  planClaim,
  prepareClaims,
  type RunClaimOptions,
  type RunOptions,
  runClaim,
  runClaims,
} from "./claims/runner.ts";
export { FieldError } from "./config/fieldError.ts";
export { loadModules } from "./config/modules.ts";
export * as experiments from "./experiments/index.ts";
export * as landscapes from "./landscapes/index.ts";
export * as network from "./network/index.ts";
export * as noise from "./noise/index.ts";
export { WorkerPool } from "./parallel/pool.ts";
export * as reference from "./reference/index.ts";
export type { ClaimReport, RunSummary } from "./report/schema.ts";
export { writeClaimReport, writeRunIndex } from "./report/writer.ts";
export * as simulate from "./simulate/index.ts";
export * as stats from "./stats/index.ts";
