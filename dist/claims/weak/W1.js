import { parseWeakOrderConfig, WEAK_ORDER_NOTES, weakOrderExperiments, } from "../../experiments/weak/weakOrder.js";
import { defineClaim } from "../claim.js";
/** SME-1 against SGD, with gradient flow as the control that is also order 1. */
const ORDER = { id: "W1", model: "sme1", predicted: 1, controls: ["gf"] };
export const W1 = defineClaim({
    id: "W1",
    title: "SME-1 approximates SGD weakly to order 1 in η",
    statement: "sup_{k ≤ T/η} |E φ(x_k) − E φ(X_{kη})| = O(η) for the first-order SDE dX = −∇f(X) dt + √η σ(X) dW " +
        "(σσᵀ = Σ) and smooth φ of polynomial growth: the slope of log|error| on log η is 1. Gradient flow is also " +
        "order 1 (shown as a control): W1 alone cannot tell the SDE from the ODE; W2 does.",
    source: "Hu–Li–Li–Liu (arXiv 1705.07562) §2, weak approximation via the master equation; order-1 modified equation of " +
        "Li–Tai–E (JMLR 2019). Exact Gaussian references on quadratics (THEORY.md §W).",
    family: "weak",
    parseConfig: parseWeakOrderConfig,
    // Per case and φ: the weak error at each η (exact references; coupled Monte Carlo in d-D), order 1 ± 0.1.
    experiments: (config, ctx) => weakOrderExperiments(ORDER, config, ctx.stream),
    notes: WEAK_ORDER_NOTES(ORDER),
});
//# sourceMappingURL=W1.js.map