/** Default bound on h·max(1, |f''|) for the RK4 substeps. */
export const DEFAULT_FLOW_STEP = 1e-3;
/** X_{kη}, k = 0..steps. */
export function gradientFlowPath(landscape, x0, eta, steps, flowStep = DEFAULT_FLOW_STEP) {
    const path = new Float64Array(steps + 1);
    path[0] = x0;
    const rhs = (x) => -landscape.gradient(x);
    let x = x0;
    for (let k = 0; k < steps; k++) {
        const stiffness = Math.max(1, Math.abs(landscape.curvature(x)));
        const substeps = Math.max(1, Math.ceil((eta * stiffness) / flowStep));
        const h = eta / substeps;
        for (let m = 0; m < substeps; m++) {
            const k1 = rhs(x);
            const k2 = rhs(x + 0.5 * h * k1);
            const k3 = rhs(x + 0.5 * h * k2);
            const k4 = rhs(x + h * k3);
            x += (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        if (!Number.isFinite(x))
            throw new Error(`gradient flow from x0 = ${x0} blows up before t = ${(k + 1) * eta}`);
        path[k + 1] = x;
    }
    return path;
}
//# sourceMappingURL=gradientFlow.js.map