/**
 * Gradient flow X' = −f'(X) from x0, at the SGD times t_k = kη. The flow is deterministic, so E φ(X_t) = φ(X_t)
 * needs one trajectory, not a grid: classical RK4 with substeps h ≤ hMax/max(1, |f''(X)|) per SGD interval,
 * whose global error (~(h|f''|)⁴) is far below the O(η) weak error it is compared with.
 */
import type { Landscape1d } from "./setting1d.ts";
/** Default bound on h·max(1, |f''|) for the RK4 substeps. */
export declare const DEFAULT_FLOW_STEP = 0.001;
/** X_{kη}, k = 0..steps. */
export declare function gradientFlowPath(landscape: Landscape1d, x0: number, eta: number, steps: number, flowStep?: number): Float64Array;
//# sourceMappingURL=gradientFlow.d.ts.map