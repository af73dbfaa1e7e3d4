/**
 * The continuous-time models SGD is compared with (THEORY.md "Setting and scaling"), with time t = kη:
 * - SME-1: dX = −∇f dt + √η σ dW
 * - SME-2: dX = −(∇f + (η/2)∇²f∇f) dt + √η σ dW  (Li–Tai–E's second-order modified equation)
 * - gradient flow (GF): dX = −∇f dt, the noiseless control.
 */
export type SdeModel = "sme1" | "sme2" | "gf";
export declare const SDE_MODELS: Record<SdeModel, {
    title: string;
    weakOrderVsSgd: number;
}>;
/**
 * Integrators for the models on fine substeps h = η/m, declared with their weak order in h (diffrax's idea:
 * a scheme declares its order as data and a spec checks the declaration against exact OU moments).
 * Stochastic Heun is weak order 2 for *additive* noise (its expansion matches the simplified order-2 Taylor
 * scheme); with state-dependent noise it would converge to the Stratonovich solution, so Euler–Maruyama
 * (weak order 1, Itô) is used there.
 */
export declare const SDE_INTEGRATORS: {
    readonly heun: {
        readonly title: "stochastic Heun (additive noise)";
        readonly weakOrder: 2;
    };
    readonly eulerMaruyama: {
        readonly title: "Euler–Maruyama";
        readonly weakOrder: 1;
    };
};
export type SdeIntegrator = keyof typeof SDE_INTEGRATORS;
//# sourceMappingURL=sdeSchemes.d.ts.map