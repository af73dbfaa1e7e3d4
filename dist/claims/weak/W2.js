import { parseWeakOrderConfig, WEAK_ORDER_NOTES, weakOrderExperiments, } from "../../experiments/weak/weakOrder.js";
import { defineClaim } from "../claim.js";
/** SME-2 against SGD, with SME-1 and gradient flow as controls that stay order 1. */
const ORDER = { id: "W2", model: "sme2", predicted: 2, controls: ["sme1", "gf"] };
export const W2 = defineClaim({
    id: "W2",
    title: "SME-2 approximates SGD weakly to order 2 in η: the noise term matters",
    statement: "sup_{k ≤ T/η} |E φ(x_k) − E φ(X_{kη})| = O(η²) for the second-order SDE dX = −∇(f + (η/4)|∇f|²) dt + " +
        "√η σ dW: the slope of log|error| on log η is 2. SME-1 and gradient flow are both order 1 against SGD " +
        "(drawn as controls): only the modified drift with the noise term reaches order 2.",
    source: "Hu–Li–Li–Liu (arXiv 1705.07562) §2; second-order modified equation of Li–Tai–E (JMLR 2019). Exact " +
        "references: Gaussian moments on quadratics, grid master equation on nonlinear 1-D landscapes (THEORY.md §W), and on a 2-D nonconvex polynomial that " +
        "separates in a rotated frame (the 2-D expectations factorize over two 1-D grid solves).",
    family: "weak",
    parseConfig: parseWeakOrderConfig,
    // Per case and φ: the weak error at each η from exact references, order 2 ± 0.1; SME-1 and GF as controls.
    experiments: (config, ctx) => weakOrderExperiments(ORDER, config, ctx.stream),
    notes: WEAK_ORDER_NOTES(ORDER),
});
//# sourceMappingURL=W2.js.map