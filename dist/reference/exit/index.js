/**
 * Exact (deterministic) exit-time references for claims M1–M5, S2 and B2–B4: the SDE's mean first-passage time
 * by quadrature, SGD's mean exit iteration count by a discretised Markov chain, the Eyring–Kramers asymptotics
 * and quasi-potentials.
 */
export { discreteExitChain, } from "./discreteExitChain.js";
export { exactExitReference, exactExitReferenceOrNull, NoExactReference, } from "./exitReference.js";
export { eyringKramersLogTime, eyringKramersTime, kramersLogTime, kramersTime, } from "./eyringKramers.js";
export { meanFirstPassageTime, } from "./mfpt.js";
export { lyapunovSolve, quadraticQuasiPotential, quasiPotential1d, } from "./quasiPotential.js";
//# sourceMappingURL=index.js.map