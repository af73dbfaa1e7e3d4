/** Public API of experiments/: the pieces a claim record is made of (experiment.ts says what one is). */

export { meanAgreementExperiment } from "./exit/agreement.ts";
export { arrheniusExperiment } from "./exit/arrhenius.ts";
export { caseExitRuns, type ExitModel, exitProblem } from "./exit/exitModel.ts";
export { DEFAULT_BLOCK_SIZE, type ExitRunSpec, type ExitSample, exitRuns } from "./exit/exitRuns.ts";
export { kiferExperiment } from "./exit/kifer.ts";
export {
  absoluteBand,
  type Band,
  type Estimate,
  type Experiment,
  experiment,
  type PlotPart,
  type Presentation,
  relativeBand,
  type Simulation,
  type Undecided,
} from "./experiment.ts";
export { explainOrder, orderBand, orderEstimate, orderPanel } from "./order.ts";
export { samplerRuns } from "./samplerRuns.ts";
export { sgdScheduleRuns } from "./sgdRuns.ts";
export { type TrendPoint, trendExperiment } from "./trend.ts";
export { coupledRuns, coupledWeakErrors, fitCoupledErrors } from "./weak/coupledWeakErrors.ts";
