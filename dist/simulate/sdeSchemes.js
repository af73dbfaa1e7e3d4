export const SDE_MODELS = {
    sme1: { title: "SME-1 (first-order SDE)", weakOrderVsSgd: 1 },
    sme2: { title: "SME-2 (second-order SDE)", weakOrderVsSgd: 2 },
    gf: { title: "gradient flow (control)", weakOrderVsSgd: 1 },
};
/**
 * Integrators for the models on fine substeps h = η/m, declared with their weak order in h (diffrax's idea:
 * a scheme declares its order as data and a spec checks the declaration against exact OU moments).
 * Stochastic Heun is weak order 2 for *additive* noise (its expansion matches the simplified order-2 Taylor
 * scheme); with state-dependent noise it would converge to the Stratonovich solution, so Euler–Maruyama
 * (weak order 1, Itô) is used there.
 */
export const SDE_INTEGRATORS = {
    heun: { title: "stochastic Heun (additive noise)", weakOrder: 2 },
    eulerMaruyama: { title: "Euler–Maruyama", weakOrder: 1 },
};
//# sourceMappingURL=sdeSchemes.js.map