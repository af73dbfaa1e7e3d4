/**
 * Exact (deterministic) exit-time references for claims M1–M5, S2 and B2–B4: the SDE's mean first-passage time
 * by quadrature, SGD's mean exit iteration count by a discretised Markov chain, the Eyring–Kramers asymptotics
 * and quasi-potentials.
 */
export {
  type CensoredLaw,
  type DiscreteExitChainInput,
  type DiscreteExitChainLevel,
  type DiscreteExitChainResult,
  discreteExitChain,
} from "./discreteExitChain.ts";
export {
  type ExitLaw,
  type ExitProblem,
  type ExitProcess,
  type ExitReference,
  exactExitReference,
  exactExitReferenceOrNull,
  NoExactReference,
} from "./exitReference.ts";
export {
  type EscapeTarget,
  type EyringKramersInput,
  eyringKramersLogTime,
  eyringKramersTime,
  type KramersInput,
  kramersLogTime,
  kramersTime,
} from "./eyringKramers.ts";
export {
  type MeanFirstPassageInput,
  type MeanFirstPassageResult,
  meanFirstPassageTime,
} from "./mfpt.ts";
export {
  lyapunovSolve,
  type QuasiPotential1dInput,
  type QuasiPotentialResult,
  quadraticQuasiPotential,
  quasiPotential1d,
} from "./quasiPotential.ts";
